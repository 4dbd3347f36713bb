package routes_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/stretchr/testify/require"
)

// TestFaultyRPC: every RPC of the relayer goes through a proxy that faults
// 30 % of the requests (429s, 5xx, latency, connections dropped before or
// after the node handled them); every burn is still exited exactly once.
func TestFaultyRPC(t *testing.T) {
	if testing.Short() {
		t.Skip("fault-injection run: not with -short")
	}
	if raceEnabled {
		t.Skip("retry timing under faults: without -race (the engine's concurrency is raced by the in-process tests)")
	}
	ctx := context.Background()
	b, pb, pr := proxiedBridge(t, 31, 0.3)
	stop := b.Mine(25 * time.Millisecond)
	defer stop()

	m := b.Manifest(pb.URL, pr.URL)
	opts := evm.Options{RequestTimeout: time.Second, BaseBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond, MaxAttempts: 8}
	var (
		bc, rc *evm.Client
		err    error
	)
	require.Eventually(t, func() bool { // eth_chainId itself may be faulted
		bc, rc, err = m.Dial(ctx, opts)
		return err == nil
	}, 10*time.Second, 10*time.Millisecond)
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	eng, err := relay.New(store, relay.Options{PollInterval: 50 * time.Millisecond, AwaitInterval: 100 * time.Millisecond,
		ConfirmPoll: 50 * time.Millisecond, ResendAfter: time.Second, BaseBackoff: 50 * time.Millisecond, MaxBackoff: time.Second,
		MaxAttempts: 1000, Logger: logger(t)}, b.Routes(bc, rc, b.Relayer)...)
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()

	total := int64(0)
	const n = 12
	for i := 0; i < n; i++ {
		_, err := b.Burn(ctx, int64(500+i))
		require.NoError(t, err)
		total += int64(500 + i)
		time.Sleep(50 * time.Millisecond)
	}
	require.Eventually(t, func() bool {
		got, err := b.Released(ctx)
		return err == nil && got.Cmp(big.NewInt(total)) >= 0
	}, 120*time.Second, 100*time.Millisecond)
	time.Sleep(500 * time.Millisecond)
	cancel()
	require.NoError(t, <-done)
	o, err := b.Audit(ctx)
	require.NoError(t, err)
	t.Logf("faults injected: BTTC %d of %d requests, root %d of %d (429 %d, 5xx %d, slow %d, dropped before %d, after %d); %d exits, %d reverted sends",
		pb.Faults.Load(), pb.Requests.Load(), pr.Faults.Load(), pr.Requests.Load(),
		pb.TooMany.Load()+pr.TooMany.Load(), pb.ServerErrors.Load()+pr.ServerErrors.Load(), pb.Slow.Load()+pr.Slow.Load(),
		pb.DroppedBefore.Load()+pr.DroppedBefore.Load(), pb.DroppedAfter.Load()+pr.DroppedAfter.Load(), o.Exits, o.RelayerReverted)
	require.Equal(t, total, o.Released.Int64())
	require.Equal(t, n, o.Exits)
	require.Equal(t, o.Exits, o.DistinctExits)
	require.Positive(t, pr.DroppedAfter.Load())
}
