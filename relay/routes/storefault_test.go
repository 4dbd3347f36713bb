package routes_test

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/stretchr/testify/require"
)

// failingStore fails every write after the first n Saves, as a full disk
// would: the write does not happen.
type failingStore struct {
	relay.Store
	left atomic.Int64
}

var errDiskFull = errors.New("no space left on device")

func (s *failingStore) Save(ctx context.Context, owner string, tasks ...*relay.Task) error {
	if s.left.Add(-1) < 0 {
		return relay.Errorf(relay.ErrStore, errDiskFull, "boltstore: saving")
	}
	return s.Store.Save(ctx, owner, tasks...)
}

// TestStoreFaults: a store write that fails stops the engine with a clear
// error (not a log line and a silent continue); a read-only store stops it
// at once; after a restart on the healthy store every burn is exited
// exactly once.
func TestStoreFaults(t *testing.T) {
	ctx := context.Background()
	b, err := relaytest.New(ctx, relaytest.Config{Validators: 4, Seed: 41})
	require.NoError(t, err)
	defer b.Close()
	stop := b.Mine(20 * time.Millisecond)
	defer stop()
	bc, rc, err := b.Connect(ctx, b.InProcess(), evm.Options{})
	require.NoError(t, err)
	dir := t.TempDir()
	opts := relay.Options{PollInterval: 30 * time.Millisecond, AwaitInterval: 60 * time.Millisecond, ConfirmPoll: 30 * time.Millisecond, Logger: logger(t)}

	total := int64(0)
	for i := 0; i < 6; i++ {
		_, err := b.Burn(ctx, int64(70+i))
		require.NoError(t, err)
		total += int64(70 + i)
	}

	// A full disk after a few writes.
	real, err := boltstore.Open(dir)
	require.NoError(t, err)
	fs := &failingStore{Store: real}
	fs.left.Store(4)
	eng, err := relay.New(fs, opts, b.Routes(bc, rc, b.Relayer)...)
	require.NoError(t, err)
	errc := make(chan error, 1)
	go func() { errc <- eng.Run(ctx) }()
	select {
	case err = <-errc:
	case <-time.After(30 * time.Second):
		t.Fatal("the engine went on after a failed write")
	}
	require.ErrorIs(t, err, relay.ErrStore)
	require.ErrorIs(t, err, errDiskFull)
	require.ErrorIs(t, eng.Health(ctx), relay.ErrStore)
	require.NoError(t, real.Close())

	// A read-only store: the first write fails, the engine stops.
	ro, err := boltstore.OpenReadOnly(dir)
	require.NoError(t, err)
	eng, err = relay.New(ro, opts, b.Routes(bc, rc, b.Relayer)...)
	require.NoError(t, err)
	err = eng.Run(ctx)
	require.ErrorIs(t, err, relay.ErrStore)
	require.NoError(t, ro.Close())

	// Restart on the healthy store: the work goes on where it stopped.
	healthy, err := boltstore.Open(dir)
	require.NoError(t, err)
	defer healthy.Close()
	eng, err = relay.New(healthy, opts, b.Routes(bc, rc, b.Relayer)...)
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	go func() { errc <- eng.Run(runCtx) }()
	require.Eventually(t, func() bool {
		got, err := b.Released(ctx)
		return err == nil && got.Cmp(big.NewInt(total)) >= 0
	}, 60*time.Second, 50*time.Millisecond)
	time.Sleep(300 * time.Millisecond)
	cancel()
	require.NoError(t, <-errc)
	o, err := b.Audit(ctx)
	require.NoError(t, err)
	require.Equal(t, total, o.Released.Int64())
	require.Equal(t, 6, o.Exits)
	require.Equal(t, o.Exits, o.DistinctExits)
}
