package pgstore_test

import (
	"context"
	"testing"

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
