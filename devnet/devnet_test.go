package devnet_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDevnetRoutes: on the default devnet (Ethereum with the token bridge,
// BNB Chain with checkpoints and packets), one engine delivers a deposit,
// an exit and a packet to each root; a served devnet's manifest attaches
// from another client and reads the same contracts.
func TestDevnetRoutes(t *testing.T) {
	ctx := context.Background()
	d, err := devnet.New(ctx, devnet.Config{Offline: 1})
	require.NoError(t, err)
	defer d.Close()
	stop := d.Mine(20 * time.Millisecond)
	defer stop()
	clients, err := d.Connect(ctx, evm.Options{}, nil)
	require.NoError(t, err)
	defer clients.Close()
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	routes := d.Routes(clients, d.RelayerKey(0), nil)
	var names []string
	for _, r := range routes {
		names = append(names, r.Name)
	}
	require.Equal(t, []string{"checkpoint-ethereum", "exit-ethereum", "packet-ethereum", "deposit-ethereum",
		"checkpoint-bsc", "packet-bsc"}, names)
	eng, err := relay.New(store, relay.Options{PollInterval: 50 * time.Millisecond, AwaitInterval: 100 * time.Millisecond,
		ConfirmPoll: 50 * time.Millisecond}, routes...)
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()
	defer func() { cancel(); require.NoError(t, <-done) }()

	_, err = d.Deposit(ctx, "ethereum", 500)
	require.NoError(t, err)
	_, err = d.Burn(ctx, "ethereum", 70)
	require.NoError(t, err)
	_, err = d.SendPacket(ctx, "bsc", 5)
	require.NoError(t, err)
	_, err = d.SendPacket(ctx, "ethereum", 6)
	require.NoError(t, err)
	_, err = d.Burn(ctx, "bsc", 1)
	require.ErrorIs(t, err, devnet.ErrNoTokens)

	if !assert.Eventually(t, func() bool {
		got, err := d.Released(ctx, "ethereum")
		return err == nil && got.Cmp(big.NewInt(70)) == 0
	}, 60*time.Second, 50*time.Millisecond, "exit released") {
		tasks, _ := eng.List(ctx, relay.Filter{Limit: 100})
		for _, task := range tasks {
			t.Logf("%s %s attempts %d: %s", task.ID, task.State, task.Attempts, task.LastError)
		}
		t.FailNow()
	}
	require.Eventually(t, func() bool {
		got, err := d.Minted(ctx, "ethereum")
		return err == nil && got.Cmp(big.NewInt(500)) == 0
	}, 60*time.Second, 50*time.Millisecond, "deposit minted")
	for _, root := range []string{"bsc", "ethereum"} {
		require.Eventually(t, func() bool {
			n, err := d.PacketsReceived(ctx, root)
			return err == nil && n == 1
		}, 60*time.Second, 50*time.Millisecond, "packet to "+root)
	}

	require.NoError(t, d.Serve("127.0.0.1", nil))
	m := d.Manifest()
	path := filepath.Join(t.TempDir(), "devnet.json")
	require.NoError(t, m.WriteFile(path))
	read, err := devnet.ReadManifest(path)
	require.NoError(t, err)
	require.Equal(t, m, read)
	require.Len(t, read.Chains, 3)
	require.Equal(t, d.Root("ethereum").CheckpointManager, read.Chains["ethereum"].Contracts["CheckpointManager"])
	a, err := devnet.Attach(ctx, read)
	require.NoError(t, err)
	defer a.Close()
	got, err := a.Released(ctx, "ethereum")
	require.NoError(t, err)
	require.EqualValues(t, 70, got.Int64())
}

// TestManyValidators: a devnet of 40 validators deploys: its
// CheckpointManager's constructor stores the set, and the fixed 3M gas of
// a deployment covered 39 (now the gas is estimated).
func TestManyValidators(t *testing.T) {
	d, err := devnet.New(context.Background(), devnet.Config{Validators: 40, Offline: 13})
	require.NoError(t, err)
	defer d.Close()
	require.Len(t, d.Validators, 40)
}
