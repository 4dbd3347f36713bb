package pgstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/pgstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/bttc-relay/sdk/relay/storetest"
	"github.com/stretchr/testify/require"
)

// TestStore runs the store semantics on a real PostgreSQL server (a
// throwaway cluster started by .ci/run; skipped without one).
func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) relay.Store {
		s, err := pgstore.Open(context.Background(), relaytest.PostgresDB(t))
		require.NoError(t, err)
		return s
	})
}

func openTwo(t *testing.T) (*pgstore.Store, *pgstore.Store) {
	url := relaytest.PostgresDB(t)
	a, err := pgstore.Open(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(func() { a.Close() })
	b, err := pgstore.Open(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(func() { b.Close() })
	return a, b
}

// One owner holds a route's scan lease at a time; it renews its own,
// gives it up, and a lease that runs out goes to the next owner.
func TestScanLease(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	got, err := a.LeaseScan(ctx, "r", "a", time.Minute)
	require.NoError(t, err)
	require.True(t, got)
	got, err = b.LeaseScan(ctx, "r", "b", time.Minute)
	require.NoError(t, err)
	require.False(t, got, "a holds it")
	got, err = b.LeaseScan(ctx, "other", "b", time.Minute)
	require.NoError(t, err)
	require.True(t, got, "leases are per route")
	got, err = a.LeaseScan(ctx, "r", "a", 300*time.Millisecond)
	require.NoError(t, err)
	require.True(t, got, "the holder renews")
	time.Sleep(400 * time.Millisecond)
	got, err = b.LeaseScan(ctx, "r", "b", time.Minute)
	require.NoError(t, err)
	require.True(t, got, "a's lease ran out")
	_, err = b.LeaseScan(ctx, "r", "b", 0)
	require.NoError(t, err)
	got, err = a.LeaseScan(ctx, "r", "a", time.Minute)
	require.NoError(t, err)
	require.True(t, got, "b gave it up")
}

// New work stored by one process is announced to another.
func TestNotifications(t *testing.T) {
	a, b := openTwo(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	notes := b.Notifications(ctx)
	time.Sleep(200 * time.Millisecond) // LISTEN is running
	now := time.Now()
	task := &relay.Task{ID: "t1", Route: "r", State: relay.Final, Block: 1, Created: now, Updated: now, NextTry: now}
	deadline := time.After(10 * time.Second)
	for i := uint64(1); ; i++ {
		// Each pass stores a new task (a notification sent before LISTEN
		// ran is not delivered; the next one is).
		task.ID, task.Block = fmt.Sprintf("t%d", i), i
		n, err := a.Advance(ctx, "r", relay.Cursor{Number: i}, nil, []*relay.Task{task})
		require.NoError(t, err)
		require.Equal(t, 1, n)
		select {
		case route := <-notes:
			require.Equal(t, "r", route)
			cancel()
			for range notes {
			}
			return
		case <-time.After(500 * time.Millisecond):
		case <-deadline:
			t.Fatal("no notification")
		}
	}
}
