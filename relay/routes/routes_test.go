package routes_test

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/stretchr/testify/require"
)

func logger(t *testing.T) *slog.Logger {
	if os.Getenv("RELAY_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// TestCheckpointAndExitRoutes: burns on a simulated BTTC chain are
// checkpointed (3 of 4 validators online) and exited on a simulated root
// chain by one engine; the user is paid every burn exactly once. Event
// Packets sent from BTTC's outbox reach the root chain's receiver once
// each, and deposits made on the root chain are minted on BTTC once each.
// The root chain is an EVM chain, then a TRON node reached through its
// gRPC API (chains/tron): the same routes, by configuration.
func TestCheckpointAndExitRoutes(t *testing.T) {
	for _, root := range []string{"evm", "tron"} {
		t.Run(root, func(t *testing.T) { testRoutes(t, root == "tron") })
	}
}

// patient scales a wait for the race detector, which slows the chains
// and the relayer ten times over.
func patient(d time.Duration) time.Duration {
	if raceEnabled {
		return 4 * d
	}
	return d
}

// mineAndRelay mines b's chains every 20 ms and runs one engine with all
// its routes on an embedded store; finish stops the engine (it must end
// without error) and the mining.
func mineAndRelay(t *testing.T, b *relaytest.Bridge) (*relay.Engine, relay.Store, func()) {
	ctx := context.Background()
	stopMining := b.Mine(20 * time.Millisecond)
	t.Cleanup(stopMining)
	bc, rc, err := b.Connect(ctx, b.InProcess(), evm.Options{})
	require.NoError(t, err)
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { store.Close() })
	eng, err := relay.New(store, relay.Options{PollInterval: 50 * time.Millisecond, AwaitInterval: 100 * time.Millisecond,
		ConfirmPoll: 50 * time.Millisecond, Logger: logger(t)}, b.Routes(bc, rc, b.Relayer)...)
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()
	finished := false
	t.Cleanup(func() {
		if !finished {
			cancel()
			<-done
		}
	})
	return eng, store, func() {
		finished = true
		cancel()
		require.NoError(t, <-done)
	}
}

func testRoutes(t *testing.T, onTRON bool) {
	ctx := context.Background()
	b, err := relaytest.New(ctx, relaytest.Config{Validators: 4, Offline: 1, TRON: onTRON})
	require.NoError(t, err)
	t.Cleanup(b.Close) // after the engine and the mining stop
	eng, store, finish := mineAndRelay(t, b)

	want := int64(0)
	var ids []string
	for i := 0; i < 5; i++ {
		amount := int64(100 + i)
		tx, err := b.Burn(ctx, amount)
		require.NoError(t, err)
		want += amount
		rec, err := b.BTTC.TransactionReceipt(ctx, tx.Hash())
		require.NoError(t, err)
		for _, l := range rec.Logs {
			if l.Topics[0] == bttc.WithdrawToEventID {
				ids = append(ids, routes.ExitTaskID(tx.Hash(), l.Index))
			}
		}
	}
	for i := 0; i < 4; i++ {
		_, err := b.Deposit(ctx, int64(300+i))
		require.NoError(t, err)
	}
	var packetIDs []string
	for i := 0; i < 6; i++ {
		tx, err := b.SendPacket(ctx, int64(10+i))
		require.NoError(t, err)
		rec, err := b.BTTC.TransactionReceipt(ctx, tx.Hash())
		require.NoError(t, err)
		packetIDs = append(packetIDs, routes.PacketTaskID(rec.Logs[0].Topics[1]))
	}
	require.Eventually(t, func() bool {
		got, err := b.Released(ctx)
		return err == nil && got.Cmp(big.NewInt(want)) >= 0
	}, patient(60*time.Second), 50*time.Millisecond, "exits released")
	require.Eventually(t, func() bool {
		n, err := b.PacketsReceived(ctx)
		return err == nil && n >= 6
	}, patient(60*time.Second), 50*time.Millisecond, "packets delivered")
	for _, id := range packetIDs {
		require.Eventually(t, func() bool {
			task, err := eng.Status(ctx, id)
			return err == nil && task.State == relay.Confirmed
		}, 10*time.Second, 20*time.Millisecond, id)
	}
	got, err := b.Released(ctx)
	require.NoError(t, err)
	require.Equal(t, want, got.Int64(), "each burn paid once")
	for _, id := range ids {
		require.Eventually(t, func() bool {
			task, err := eng.Status(ctx, id)
			return err == nil && task.State == relay.Confirmed
		}, 10*time.Second, 20*time.Millisecond, id)
		task, err := eng.Status(ctx, id)
		require.NoError(t, err)
		require.NotZero(t, task.GasUsed)
	}
	require.Eventually(t, func() bool {
		got, err := b.Minted(ctx)
		return err == nil && got.Int64() >= 300+301+302+303
	}, patient(60*time.Second), 50*time.Millisecond, "deposits minted on BTTC")
	minted, err := b.Minted(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 300+301+302+303, minted.Int64(), "each deposit minted once")
	require.Len(t, ids, 5)
	n, err := b.PacketsReceived(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 6, n, "each packet delivered once")
	require.NoError(t, eng.Health(ctx))
	counts, err := store.Counts(ctx, "checkpoint")
	require.NoError(t, err)
	require.Positive(t, counts[relay.Confirmed])
	finish()
}

// servedBridge starts a bridge (4 validators, one offline) and serves both
// chains over HTTP on loopback, for relayers in other processes or behind
// proxies; the test stops it all.
func servedBridge(t *testing.T, seed uint64) (b *relaytest.Bridge, bttcURL, rootURL string) {
	b, err := relaytest.New(context.Background(), relaytest.Config{Validators: 4, Offline: 1, Seed: seed})
	require.NoError(t, err)
	t.Cleanup(b.Close)
	require.NoError(t, b.Net.Serve("127.0.0.1", nil))
	return b, b.Net.BTTC.URL, b.Net.Root("root").URL
}

// proxiedBridge is servedBridge behind a fault proxy per chain faulting
// that rate of the requests (0: counting only).
func proxiedBridge(t *testing.T, seed uint64, rate float64) (b *relaytest.Bridge, bttcProxy, rootProxy *relaytest.FaultProxy) {
	b, bttcURL, rootURL := servedBridge(t, seed)
	pb, err := relaytest.NewFaultProxy(bttcURL, rate, 1)
	require.NoError(t, err)
	t.Cleanup(pb.Close)
	pr, err := relaytest.NewFaultProxy(rootURL, rate, 2)
	require.NoError(t, err)
	t.Cleanup(pr.Close)
	return b, pb, pr
}

// waitReleased waits until the user holds total root tokens (or timeout),
// then a little longer for anything in flight to land.
func waitReleased(t *testing.T, b *relaytest.Bridge, total int64, timeout time.Duration) {
	ctx := context.Background()
	deadline := time.Now().Add(timeout)
	for {
		got, err := b.Released(ctx)
		require.NoError(t, err)
		if got.Cmp(big.NewInt(total)) >= 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
}

// TestTRONLostTransactions: on a TRON root chain, the relayer's first
// transactions are lost on their way to the witnesses (accepted by the
// node, never packed). Each expires; the engine sees it dropped, asks the
// destination, and sends once more: every burn is released once, every
// checkpoint stored once, and nothing the relayer sent reverted.
func TestTRONLostTransactions(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's slowdown makes expiries race the mining; this runs without it in the same CI")
	}
	ctx := context.Background()
	b, err := relaytest.New(ctx, relaytest.Config{Validators: 4, Offline: 1, TRON: true})
	require.NoError(t, err)
	t.Cleanup(b.Close) // after the engine and the mining stop
	node := b.Net.Root("root").Tron
	node.LoseBroadcasts(3)
	_, _, finish := mineAndRelay(t, b)
	want := int64(0)
	for i := 0; i < 3; i++ {
		_, err := b.Burn(ctx, int64(50+i))
		require.NoError(t, err)
		want += int64(50 + i)
	}
	require.Eventually(t, func() bool {
		got, err := b.Released(ctx)
		return err == nil && got.Int64() >= want
	}, 90*time.Second, 50*time.Millisecond, "exits released on TRON")
	time.Sleep(time.Second) // a duplicate, if any, lands
	o, err := b.Audit(ctx)
	require.NoError(t, err)
	require.Equal(t, want, o.Released.Int64(), "each burn released once")
	require.Equal(t, 3, o.Exits)
	require.Equal(t, 3, o.DistinctExits)
	require.Zero(t, o.RelayerReverted, "no duplicate send")
	require.Equal(t, 3, node.Lost(), "three sends were lost and sent again")
	finish()
}
