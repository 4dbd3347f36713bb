package boltstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/storetest"
	"github.com/stretchr/testify/require"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) relay.Store {
		s, err := boltstore.Open(t.TempDir())
		require.NoError(t, err)
		return s
	})
}

// Only one process opens the file, so leases found on open belong to a
// process that is gone (killed): they are freed at once.
func TestOpenFreesDeadLeases(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := boltstore.Open(dir)
	require.NoError(t, err)
	x := storetest.NewTask("r", 1, 0, relay.Final)
	_, err = s.Advance(ctx, "r", relay.Cursor{Number: 1}, nil, []*relay.Task{x})
	require.NoError(t, err)
	got, err := s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Final}, Owner: "dead", Limit: 1, Now: time.Now(), Lease: time.Hour})
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.NoError(t, s.Close()) // as if killed: the lease stays in the file

	s, err = boltstore.Open(dir)
	require.NoError(t, err)
	defer s.Close()
	got, err = s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Final}, Owner: "new", Limit: 1, Now: time.Now(), Lease: time.Hour})
	require.NoError(t, err)
	require.Len(t, got, 1)
}
