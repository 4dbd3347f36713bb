package delivery_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/delivery"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// The validators run as child processes (this test binary re-executed):
// a stopped validator is a killed process, as in production.
const (
	envHome  = "DELIVERY_CHILD_HOME"
	envBTTC  = "DELIVERY_CHILD_BTTC"
	envRoot  = "DELIVERY_CHILD_ROOT"
	envConf  = "DELIVERY_CHILD_CONFIRMATIONS"
	envFault = "DELIVERY_CHILD_FAULT"
)

// TestDeliveryNodeChild is one validator process of the network tests.
func TestDeliveryNodeChild(t *testing.T) {
	home := os.Getenv(envHome)
	if home == "" {
		t.Skip("a validator process of TestDeliveryNetwork")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	conf, _ := strconv.ParseUint(os.Getenv(envConf), 10, 64)
	fault, _ := strconv.Atoi(os.Getenv(envFault))
	dial := func(name string, id uint64, url string) *evm.Client {
		c, err := evm.Dial(ctx, evm.Preset{Name: name, ChainID: id, Finality: chains.Finality{Confirmations: conf},
			BlockTime: 50 * time.Millisecond}, []string{url}, evm.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	bttc := dial("bttc", devnet.BTTCChainID, os.Getenv(envBTTC))
	root := dial("ethereum", devnet.DefaultRoots()[0].ChainID, os.Getenv(envRoot))
	o := delivery.NodeOptions{BTTC: bttc, Chains: map[string]chains.Reader{"ethereum": root}, Fault: delivery.Fault(fault),
		HaltAfter: 2 * time.Second}
	if os.Getenv("DELIVERY_LOG") != "" {
		o.Logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	node, err := delivery.StartNode(home, o)
	if err != nil {
		t.Fatal(err)
	}
	<-ctx.Done()
	_ = node.Stop()
}

// network is 4 Delivery validators (child processes) watching a devnet's
// BTTC and Ethereum, their signer keys being the devnet's validator keys
// (the root contracts' list). Lane 0 carries BTTC's outbox packets to
// Ethereum's inbox, lane 1 Ethereum's deposits to BTTC's inbox.
type network struct {
	t          testing.TB
	d          *devnet.Devnet
	stopMining func()
	homes      []string
	procs      []*exec.Cmd
	rpcs       []string
	client     *delivery.Client
	logs       string
}

func newNetwork(t testing.TB) *network { return startNetwork(t, 50*time.Millisecond) }

// startNetwork starts the devnet (blocks every mineEvery), served on
// loopback, and the 4 validator processes; all stop at cleanup.
func startNetwork(t testing.TB, mineEvery time.Duration) *network {
	ctx := context.Background()
	d, err := devnet.New(ctx, devnet.Config{Roots: devnet.DefaultRoots()[:1]})
	require.NoError(t, err)
	t.Cleanup(d.Close)
	require.NoError(t, d.Serve("127.0.0.1", nil))
	var once sync.Once
	stop := d.Mine(mineEvery)
	stopMining := func() { once.Do(stop) }
	t.Cleanup(stopMining)
	eth := d.Root("ethereum")
	homes, err := delivery.Testnet(t.TempDir(), delivery.TestnetOptions{Validators: 4, Fast: true, SignerKeys: d.Validators,
		Genesis: delivery.Genesis{BorChainID: devnet.BTTCChainID, Epoch: 1, First: 0, Interval: d.CheckpointInterval,
			Lanes: []delivery.Lane{
				{Source: "bttc", SourceChainID: devnet.BTTCChainID, Events: "outbox", Emitter: d.PacketOutbox,
					Domain: eventpacket.DefaultDomain(eth.ChainID, eth.PacketInbox), Range: 8},
				{Source: "ethereum", SourceChainID: eth.ChainID, Events: "statesync", Emitter: eth.StateSender,
					Domain: eventpacket.DefaultDomain(devnet.BTTCChainID, d.ChildInbox), Range: 8},
			}}})
	require.NoError(t, err)
	n := &network{t: t, d: d, stopMining: stopMining, homes: homes, procs: make([]*exec.Cmd, 4), rpcs: make([]string, 4), logs: t.TempDir()}
	for i := range homes {
		n.rpcs[i], err = delivery.NodeRPC(homes[i])
		require.NoError(t, err)
		n.start(i, delivery.Honest)
	}
	t.Cleanup(func() {
		for i := range n.procs {
			n.kill(i)
		}
		if t.Failed() {
			t.Logf("validator logs in %s", n.logs)
		}
	})
	n.client, err = delivery.NewClient(n.rpcs[0])
	require.NoError(t, err)
	return n
}

func (n *network) start(i int, f delivery.Fault) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeliveryNodeChild$")
	cmd.Env = append(os.Environ(), envHome+"="+n.homes[i], envBTTC+"="+n.d.BTTC.URL, envRoot+"="+n.d.Root("ethereum").URL,
		envConf+"="+fmt.Sprint(n.d.Confirmations), envFault+"="+fmt.Sprint(int(f)))
	log, err := os.Create(filepath.Join(n.logs, fmt.Sprintf("node%d-%d.log", i, time.Now().UnixNano())))
	require.NoError(n.t, err)
	cmd.Stdout, cmd.Stderr = log, log
	require.NoError(n.t, cmd.Start())
	n.procs[i] = cmd
}

// kill stops validator i as a crash does.
func (n *network) kill(i int) {
	if n.procs[i] != nil {
		_ = n.procs[i].Process.Kill()
		_ = n.procs[i].Wait()
		n.procs[i] = nil
	}
}

func (n *network) status(i int) (delivery.Status, error) {
	c, err := delivery.NewClient(n.rpcs[i])
	if err != nil {
		return delivery.Status{}, err
	}
	return c.Status(context.Background())
}

// readyAtLeast waits until node i reports k ready checkpoints.
func (n *network) readyAtLeast(i, k int, within time.Duration) []delivery.Ready {
	c, err := delivery.NewClient(n.rpcs[i])
	require.NoError(n.t, err)
	var ready []delivery.Ready
	require.Eventually(n.t, func() bool {
		ready, err = c.Ready(context.Background())
		return err == nil && len(ready) >= k
	}, within, 50*time.Millisecond, "%d ready checkpoints", k)
	return ready
}

// recoverAll recovers each signature's signer.
func recoverAll(t *testing.T, digest []byte, sigs [][]byte) []common.Address {
	var out []common.Address
	for _, s := range sigs {
		b := append([]byte(nil), s...)
		if b[64] >= 27 {
			b[64] -= 27
		}
		pub, err := crypto.SigToPub(digest, b)
		require.NoError(t, err)
		out = append(out, crypto.PubkeyToAddress(*pub))
	}
	return out
}

func readySigners(t *testing.T, r delivery.Ready) []common.Address {
	var raw [][]byte
	for _, s := range r.Signatures {
		raw = append(raw, s)
	}
	return recoverAll(t, crypto.Keccak256([]byte{0x01}, r.SignBytes), raw)
}

// TestDeliveryNetwork: four validators agree on checkpoints of BTTC and
// on Event Packet batches (BTTC → Ethereum, and Ethereum deposits →
// BTTC), and sign them in their vote extensions; the relay engine takes
// them through delivery.Client: the root chain's CheckpointManager accepts
// the checkpoints, the packets and the deposit arrive. With one validator
// killed the network goes on; with two it halts, and it resumes when one
// returns. A validator signing a wrong root or garbage is refused by the
// others' VerifyVoteExtension and its signature never reaches a ready
// checkpoint.
func TestDeliveryNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("a 4-node network")
	}
	ctx := context.Background()
	n := newNetwork(t)
	ready := n.readyAtLeast(0, 2, 60*time.Second)
	for _, r := range ready {
		require.GreaterOrEqual(t, len(readySigners(t, r)), 3, "more than 2/3 of 4")
	}

	// The relay engine delivers with the network's signatures.
	clients, err := n.d.Connect(ctx, evm.Options{}, nil)
	require.NoError(t, err)
	defer clients.Close()
	routes := n.d.Routes(clients, n.d.RelayerKey(0), &devnet.RouteSigners{Checkpoint: n.client, Packet: n.client})
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	eng, err := relay.New(store, relay.Options{PollInterval: 100 * time.Millisecond, AwaitInterval: 200 * time.Millisecond,
		ConfirmPoll: 100 * time.Millisecond}, routes...)
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()
	_, err = n.d.SendPacket(ctx, "ethereum", 7)
	require.NoError(t, err)
	_, err = n.d.Deposit(ctx, "ethereum", 300)
	require.NoError(t, err)
	eth := n.d.Root("ethereum")
	cm, err := contracts.NewCheckpointManagerCaller(eth.CheckpointManager, eth.Client)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		cur, err := cm.CurrentHeaderBlock(&bind.CallOpts{Context: ctx})
		got, err2 := n.d.PacketsReceived(ctx, "ethereum")
		minted, err3 := n.d.Minted(ctx, "ethereum")
		return err == nil && err2 == nil && err3 == nil && cur.Int64() >= 20000 && got == 1 && minted.Int64() == 300
	}, 90*time.Second, 100*time.Millisecond, "checkpoints accepted, the packet and the deposit delivered with the network's signatures")
	cancel()
	require.NoError(t, <-done)
	packets, err := n.client.Packets(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(packets), 2, "a signed batch on each lane")

	// One validator down: 3 of 4 > 2/3, the network goes on.
	n.kill(3)
	before := len(n.readyAtLeast(0, 0, time.Second))
	n.readyAtLeast(0, before+2, 60*time.Second)

	// Two down: it halts ...
	n.kill(2)
	time.Sleep(time.Second)
	s, err := n.status(0)
	require.NoError(t, err)
	time.Sleep(3 * time.Second)
	s2, err := n.status(0)
	require.NoError(t, err)
	require.LessOrEqual(t, s2.Height, s.Height+1, "no progress with 2 of 4")
	// ... and its nodes say so ...
	require.Eventually(t, func() bool {
		s, err := n.status(0)
		return err == nil && s.Halted && s.LastBlockAgeMs > 2000
	}, 30*time.Second, 100*time.Millisecond, "a node's status says the network stopped")
	// ... and resumes when one returns (it replays its blocks first).
	n.start(2, delivery.Honest)
	n.readyAtLeast(0, s2.Ready+2, 90*time.Second)
	s3, err := n.status(0)
	require.NoError(t, err)
	require.False(t, s3.Halted, "the status says the network makes blocks again")

	// A validator that signs a wrong root, then one that sends garbage.
	bad := crypto.PubkeyToAddress(n.d.Validators[3].PublicKey)
	for _, f := range []delivery.Fault{delivery.SignWrongRoot, delivery.SignGarbage} {
		s, err := n.status(0)
		require.NoError(t, err)
		n.start(3, f)
		ready = n.readyAtLeast(0, s.Ready+3, 90*time.Second)
		for _, r := range ready[s.Ready:] {
			require.NotContains(t, readySigners(t, r), bad, "fault %d: its signature in a ready checkpoint", f)
		}
		require.Eventually(t, func() bool {
			s2, err := n.status(0)
			return err == nil && s2.RejectedExtensions > s.RejectedExtensions
		}, 30*time.Second, 50*time.Millisecond, "fault %d refused by VerifyVoteExtension", f)
		n.kill(3)
	}
}
