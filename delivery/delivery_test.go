package delivery_test

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/delivery"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// network is 4 Delivery validators in this process watching a devnet's
// BTTC, their signer keys being the devnet's validator keys (the root
// contracts' list).
type network struct {
	t testing.TB
	d *devnet.Devnet
	// stopMining stops BTTC's (and the root chain's) block production.
	stopMining func()
	homes      []string
	nodes      []*delivery.Node
	client     *delivery.Client
	bttc       *evm.Client
}

func newNetwork(t testing.TB) *network { return startNetwork(t, 50*time.Millisecond) }

// startNetwork starts the devnet (blocks every mineEvery) and the 4
// nodes; everything stops at the test's cleanup.
func startNetwork(t testing.TB, mineEvery time.Duration) *network {
	ctx := context.Background()
	d, err := devnet.New(ctx, devnet.Config{Roots: devnet.DefaultRoots()[:1]})
	require.NoError(t, err)
	t.Cleanup(d.Close)
	var once sync.Once
	stop := d.Mine(mineEvery)
	stopMining := func() { once.Do(stop) }
	t.Cleanup(stopMining)
	clients, err := d.Connect(ctx, evm.Options{}, nil)
	require.NoError(t, err)
	t.Cleanup(clients.Close)
	homes, err := delivery.Testnet(t.TempDir(), delivery.TestnetOptions{Validators: 4, Fast: true, SignerKeys: d.Validators,
		Genesis: delivery.Genesis{BorChainID: devnet.BTTCChainID, Epoch: 1, First: 0, Interval: d.CheckpointInterval}})
	require.NoError(t, err)
	n := &network{t: t, d: d, stopMining: stopMining, homes: homes, nodes: make([]*delivery.Node, 4), bttc: clients["bttc"]}
	for i := range homes {
		n.start(i, delivery.Honest)
	}
	t.Cleanup(func() {
		for i := range n.nodes {
			n.stop(i)
		}
	})
	n.client, err = delivery.NewClient(n.nodes[0].RPC)
	require.NoError(t, err)
	return n
}

func (n *network) start(i int, f delivery.Fault) {
	o := delivery.NodeOptions{BTTC: n.bttc, Fault: f}
	if os.Getenv("DELIVERY_LOG") != "" {
		o.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil)).With("node", i)
		o.CometLog = cmtlog.NewFilter(cmtlog.NewTMLogger(cmtlog.NewSyncWriter(os.Stderr)), cmtlog.AllowInfo()).With("node", i)
	}
	node, err := delivery.StartNode(n.homes[i], o)
	require.NoError(n.t, err)
	n.nodes[i] = node
}

func (n *network) stop(i int) {
	if n.nodes[i] != nil {
		require.NoError(n.t, n.nodes[i].Stop())
		n.nodes[i] = nil
	}
}

// readyAtLeast waits until the network has k ready checkpoints, asking
// node i.
func (n *network) readyAtLeast(i, k int, within time.Duration) []delivery.Ready {
	c, err := delivery.NewClient(n.nodes[i].RPC)
	require.NoError(n.t, err)
	var ready []delivery.Ready
	require.Eventually(n.t, func() bool {
		ready, err = c.Ready(context.Background())
		return err == nil && len(ready) >= k
	}, within, 50*time.Millisecond, "%d ready checkpoints", k)
	return ready
}

func (n *network) height(i int) int64 { return n.nodes[i].Height() }

// signers recovers each ready checkpoint's signers.
func signers(t *testing.T, r delivery.Ready) []common.Address {
	sigs, err := r.Sigs()
	require.NoError(t, err)
	var out []common.Address
	for _, s := range sigs {
		b := s
		if b[64] >= 27 {
			b[64] -= 27
		}
		pub, err := crypto.SigToPub(crypto.Keccak256([]byte{0x01}, r.SignBytes), b[:])
		require.NoError(t, err)
		out = append(out, crypto.PubkeyToAddress(*pub))
	}
	return out
}

// TestDeliveryNetwork: four validators agree on checkpoints of BTTC and
// sign them in their vote extensions; the relay engine takes them through
// delivery.Client and the root chain's CheckpointManager accepts them.
// With one validator down the network goes on; with two it halts, and it
// resumes when one returns. A validator signing a wrong root or garbage
// is rejected by the others' VerifyVoteExtension and its signature never
// reaches a ready checkpoint.
func TestDeliveryNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("a 4-node network")
	}
	ctx := context.Background()
	n := newNetwork(t)
	ready := n.readyAtLeast(0, 2, 60*time.Second)
	for _, r := range ready {
		require.GreaterOrEqual(t, len(signers(t, r)), 3, "more than 2/3 of 4")
		d, err := r.Data()
		require.NoError(t, err)
		h, err := n.d.BTTC.Client.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		require.LessOrEqual(t, d.EndBlock, h.Number.Uint64())
	}

	// The relay engine submits them to the root chain.
	clients, err := n.d.Connect(ctx, evm.Options{}, nil)
	require.NoError(t, err)
	defer clients.Close()
	var routes []*relay.Route
	for _, r := range n.d.Routes(clients, n.d.RelayerKey(0), &devnet.RouteSigners{Checkpoint: n.client, Packet: n.d.Signer()}) {
		if strings.HasPrefix(r.Name, "checkpoint-") {
			routes = append(routes, r)
		}
	}
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	eng, err := relay.New(store, relay.Options{PollInterval: 100 * time.Millisecond, AwaitInterval: 200 * time.Millisecond,
		ConfirmPoll: 100 * time.Millisecond}, routes...)
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()
	eth := n.d.Root("ethereum")
	cm, err := contracts.NewCheckpointManagerCaller(eth.CheckpointManager, eth.Client)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		cur, err := cm.CurrentHeaderBlock(&bind.CallOpts{Context: ctx})
		return err == nil && cur.Int64() >= 20000
	}, 60*time.Second, 100*time.Millisecond, "two checkpoints accepted by the CheckpointManager")
	cancel()
	require.NoError(t, <-done)

	// One validator down: 3 of 4 > 2/3, the network goes on.
	n.stop(3)
	before := len(n.readyAtLeast(0, 0, time.Second))
	n.readyAtLeast(0, before+2, 60*time.Second)

	// Two down: it halts ...
	n.stop(2)
	time.Sleep(time.Second)
	h := n.height(0)
	time.Sleep(3 * time.Second)
	require.LessOrEqual(t, n.height(0), h+1, "no progress with 2 of 4")
	// ... and resumes when one returns (it replays its blocks first).
	n.start(2, delivery.Honest)
	stalled := len(n.readyAtLeast(0, 0, time.Second))
	n.readyAtLeast(0, stalled+2, 90*time.Second)

	// A validator that signs a wrong root.
	n.start(3, delivery.SignWrongRoot)
	bad := crypto.PubkeyToAddress(n.d.Validators[3].PublicKey)
	from := len(n.readyAtLeast(0, 0, time.Second))
	ready = n.readyAtLeast(0, from+3, 90*time.Second)
	for _, r := range ready[from:] {
		require.NotContains(t, signers(t, r), bad, "a wrong-root signature in a ready checkpoint")
	}
	require.Eventually(t, func() bool { return n.nodes[0].App.RejectedExtensions() > 0 }, 30*time.Second, 50*time.Millisecond,
		"VerifyVoteExtension rejected the wrong root")

	// A validator that sends garbage for a signature.
	n.stop(3)
	rejected := n.nodes[0].App.RejectedExtensions()
	n.start(3, delivery.SignGarbage)
	from = len(n.readyAtLeast(0, 0, time.Second))
	ready = n.readyAtLeast(0, from+3, 90*time.Second)
	for _, r := range ready[from:] {
		require.NotContains(t, signers(t, r), bad, "garbage in a ready checkpoint")
	}
	require.Eventually(t, func() bool { return n.nodes[0].App.RejectedExtensions() > rejected }, 30*time.Second, 50*time.Millisecond,
		"VerifyVoteExtension rejected the garbage")
}
