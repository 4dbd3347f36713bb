package relay_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// downChain is a source whose node is down.
type downChain struct{ relaytest.MemChain }

var errDown = errors.New("connection refused")

func (downChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, errDown
}

func newTestEngine(t *testing.T, src relay.Source, job relay.Job, opts relay.Options) (*relay.Engine, relay.Store) {
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { store.Close() })
	key, _ := crypto.GenerateKey()
	eng, err := relay.New(store, opts, &relay.Route{Name: "r", Source: src, Job: job, Dest: relaytest.DoneDest{},
		Wallet: relay.NewWallet(relaytest.NewMemChain(1), key, big.NewInt(1))})
	require.NoError(t, err)
	return eng, store
}

// A route whose source is down turns the engine unhealthy, with the
// source's error as the reason.
func TestHealthReportsStalledRoute(t *testing.T) {
	eng, _ := newTestEngine(t, downChain{}, relaytest.MemJob{PerBlock: 1}, relay.Options{PollInterval: 10 * time.Millisecond, StallAfter: 50 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- eng.Run(ctx) }()
	require.Eventually(t, func() bool { return errors.Is(eng.Health(ctx), relay.ErrStalled) }, 5*time.Second, 10*time.Millisecond)
	require.ErrorContains(t, eng.Health(ctx), "connection refused")
	cancel()
	require.NoError(t, <-done)
	require.ErrorIs(t, eng.Health(context.Background()), relay.ErrConfig, "not running")
}

// A task that keeps failing backs off, fails after MaxAttempts with its
// reason, never blocks the others, and an operator can retry or skip it.
func TestFailingTaskAndOperatorCalls(t *testing.T) {
	eng, store := newTestEngine(t, relaytest.NewMemChain(3), relaytest.MemJob{PerBlock: 1, Fail: errors.New("node says no")}, relay.Options{PollInterval: 10 * time.Millisecond,
		BaseBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond, MaxAttempts: 3})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- eng.Run(ctx) }()
	require.Eventually(t, func() bool {
		counts, err := store.Counts(ctx, "r")
		return err == nil && counts[relay.Failed] == 4
	}, 10*time.Second, 10*time.Millisecond)
	task, err := eng.Status(ctx, "ev/2/0")
	require.NoError(t, err)
	require.Equal(t, relay.Failed, task.State)
	require.Equal(t, 3, task.Attempts)
	require.Contains(t, task.LastError, "node says no")
	cancel()
	require.NoError(t, <-done)

	back, err := eng.Retry(context.Background(), "ev/2/0")
	require.NoError(t, err)
	require.Equal(t, relay.Final, back.State)
	require.Zero(t, back.Attempts)
	skipped, err := eng.Skip(context.Background(), "ev/1/0", "the user asked for a refund instead")
	require.NoError(t, err)
	require.Equal(t, relay.Skipped, skipped.State)
	require.Contains(t, skipped.LastError, "refund")
	_, err = eng.Retry(context.Background(), "ev/2/0")
	require.ErrorIs(t, err, relay.ErrBadState, "a task being worked on is not retried")
	_, err = eng.Status(context.Background(), "nope")
	require.ErrorIs(t, err, relay.ErrNotFound)
	list, err := eng.List(context.Background(), relay.Filter{Route: "r", States: []relay.State{relay.Failed}})
	require.NoError(t, err)
	require.Len(t, list, 2)
}
