package routes_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/stretchr/testify/require"
)

// TestRPCCostPerExit counts the JSON-RPC calls the relayer makes per
// delivered exit (through counting proxies, no faults) and checks the
// proof is built in the builder's minimum: one receipt and one batch
// (header, block receipts, sub-range roots) per exit. The per-method
// figures go to BENCHMARKS.md.
func TestRPCCostPerExit(t *testing.T) {
	if testing.Short() {
		t.Skip("a measurement: not with -short")
	}
	if raceEnabled {
		t.Skip("a measurement: without -race")
	}
	ctx := context.Background()
	b, pb, pr := proxiedBridge(t, 61, 0)
	const exits = 16
	total := int64(0)
	for i := 0; i < exits; i++ {
		_, err := b.Burn(ctx, int64(40+i))
		require.NoError(t, err)
		total += int64(40 + i)
	}
	stop := b.Mine(25 * time.Millisecond)
	defer stop()
	bc, rc, err := b.Manifest(pb.URL, pr.URL).Dial(ctx, evm.Options{})
	require.NoError(t, err)
	o := relayExits(t, b, bc, rc, total, exits)

	report := func(name string, p *relaytest.FaultProxy) string {
		calls, _ := p.Calls()
		var keys []string
		for k := range calls {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s %.2f", k, float64(calls[k])/exits))
		}
		return fmt.Sprintf("%s: %.1f requests per exit (%s)", name, float64(p.Requests.Load())/exits, strings.Join(parts, ", "))
	}
	t.Logf("%d exits and %d checkpoints; per exit — %s; %s", o.Exits, o.Checkpoints, report("BTTC", pb), report("root", pr))
	_, batches := pb.Calls()
	// The builder: one batch with bor_getRootHash per exit (a retry would
	// add one); the minimum is one.
	require.LessOrEqual(t, batches["bor_getRootHash"], 2*exits, "proof batches per exit")
	require.GreaterOrEqual(t, batches["bor_getRootHash"], exits)
}

// TestGRPCCostPerExitOnTRON counts the gRPC calls the relayer makes to a
// TRON root chain per delivered exit (checkpoints included), by method,
// as the node served them. The figures go to BENCHMARKS.md.
func TestGRPCCostPerExitOnTRON(t *testing.T) {
	if testing.Short() {
		t.Skip("a measurement: not with -short")
	}
	if raceEnabled {
		t.Skip("a measurement: without -race")
	}
	ctx := context.Background()
	b, err := relaytest.New(ctx, relaytest.Config{Validators: 4, Offline: 1, TRON: true, Seed: 62})
	require.NoError(t, err)
	t.Cleanup(b.Close)
	const exits = 16
	total := int64(0)
	for i := 0; i < exits; i++ {
		_, err := b.Burn(ctx, int64(40+i))
		require.NoError(t, err)
		total += int64(40 + i)
	}
	node := b.Net.Root("root").Tron
	before := node.CallsByMethod()
	stop := b.Mine(25 * time.Millisecond)
	defer stop()
	bc, rc, err := b.Connect(ctx, b.InProcess(), evm.Options{})
	require.NoError(t, err)
	o := relayExits(t, b, bc, rc, total, exits)
	calls, sum := node.CallsByMethod(), int64(0)
	var keys []string
	for k := range calls {
		calls[k] -= before[k]
		sum += calls[k]
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %.2f", strings.TrimPrefix(k, "/protocol."), float64(calls[k])/exits))
	}
	t.Logf("%d exits and %d checkpoints on TRON; gRPC calls per exit: %.1f (%s)", o.Exits, o.Checkpoints,
		float64(sum)/exits, strings.Join(parts, ", "))
}

// relayExits runs one relayer with b's checkpoint and exit routes over
// bc and rc until total is released, and returns the audit of the root
// chain (its Exited events counted: one per burn).
func relayExits(t *testing.T, b *relaytest.Bridge, bc, rc *evm.Client, total int64, exits int) *relaytest.Outcome {
	ctx := context.Background()
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	eng, err := relay.New(store, relay.Options{PollInterval: 200 * time.Millisecond, AwaitInterval: 200 * time.Millisecond,
		ConfirmPoll: 100 * time.Millisecond, Logger: logger(t)}, b.Routes(bc, rc, b.Relayer)[:2]...) // checkpoints and exits
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()
	waitReleased(t, b, total, 60*time.Second)
	cancel()
	require.NoError(t, <-done)
	o, err := b.Audit(ctx)
	require.NoError(t, err)
	require.Equal(t, exits, o.Exits)
	return o
}
