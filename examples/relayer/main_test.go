package main

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestDemo runs the README's main command's logic within a bound and
// checks what it reports, read from the chains and the store.
func TestDemo(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out bytes.Buffer
	dir := t.TempDir()
	sum, err := Run(ctx, &out, Options{DataDir: dir})
	require.NoError(t, err, out.String())
	defer func() {
		// Run again on the same data directory: the store of the first
		// run (its chains are gone) is replaced, and the demo passes.
		var again bytes.Buffer
		_, err := Run(ctx, &again, Options{DataDir: dir})
		require.NoError(t, err, again.String())
		require.Contains(t, again.String(), "the store of a previous run")
	}()
	require.Len(t, sum.Steps, 5)
	require.GreaterOrEqual(t, sum.Checkpoints["ethereum"], 1)
	require.GreaterOrEqual(t, sum.Checkpoints["bsc"], 1)
	require.GreaterOrEqual(t, sum.Checkpoints["tron"], 1)
	require.NotZero(t, sum.GasByRoute["packet-tron"], "energy on TRON")
	require.NotZero(t, sum.RPCCalls["tron"])
	require.NotZero(t, sum.GasByRoute["exit-ethereum"])
	require.NotZero(t, sum.GasByRoute["packet-bsc"])
	require.NotZero(t, sum.GasByRoute["deposit-ethereum"])
	require.NotZero(t, sum.RPCCalls["bttc"])
	for _, want := range []string{"exit already processed", "ErrReceiptProof", "SimulateOnChain", "2 round trips", "Summary"} {
		require.Contains(t, out.String(), want)
	}
	require.Less(t, sum.Total, 60*time.Second)
}

// TestDemoFailsClearly: a step that cannot finish names itself.
func TestDemoFailsClearly(t *testing.T) {
	var out bytes.Buffer
	_, err := Run(context.Background(), &out, Options{DataDir: t.TempDir(), StepTimeout: time.Millisecond})
	require.ErrorContains(t, err, "2. Deposit on Ethereum → minted on BTTC: the deposit minted on bttc: not within 1ms")
}
