package boltstore_test

import (
	"testing"

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
