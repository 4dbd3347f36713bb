// Package relaytest is a bridge for the relay's tests: a devnet (package
// devnet) with one root chain, named "root", carrying the token bridge,
// and the relay routes wired to it under their short names ("checkpoint",
// "exit", "packet", "deposit"). Users of the SDK can run their own relayer
// code against it too; for several root chains use devnet directly.
package relaytest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/relay"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain ids of the bridge.
const (
	BTTCChainID = devnet.BTTCChainID
	RootChainID = 7100
)

// rootName is the root chain's name in the devnet.
const rootName = "root"

// Config sizes the bridge.
type Config struct {
	// Validators is the number of validator keys (default 4); Offline of
	// them do not sign.
	Validators, Offline int
	// Confirmations is the finality depth of both chains (default 2).
	Confirmations uint64
	// CheckpointInterval is the blocks per checkpoint (default 8).
	CheckpointInterval uint64
	// Seed makes the keys deterministic.
	Seed uint64
	// TRON makes the root chain a TRON node (chains/tron/trontest): the
	// routes reach it through its gRPC API.
	TRON bool
}

func (c Config) devnet() devnet.Config {
	root := devnet.RootConfig{Name: rootName, ChainID: RootChainID, RootChainID: bttc.Ethereum, Tokens: true}
	if c.TRON {
		root.RootChainID, root.Kind = bttc.TRON, devnet.KindTRON
	}
	return devnet.Config{Roots: []devnet.RootConfig{root},
		Validators: c.Validators, Offline: c.Offline, Confirmations: c.Confirmations, CheckpointInterval: c.CheckpointInterval, Seed: c.Seed}
}

// Bridge is the running bridge.
type Bridge struct {
	Config
	// Net is the devnet underneath.
	Net *devnet.Devnet
	// BTTC and Root are the in-process chains (nil when attached).
	BTTC, Root *simulated.Chain
	// Relayer pays for the relayer's transactions (RelayerKey(0)).
	Relayer *ecdsa.PrivateKey
	// The root chain's contracts; ChildToken, PacketOutbox, ChildInbox
	// and DepositReceiver are on BTTC.
	ChildToken, CheckpointManager, ExitManager, RootToken common.Address
	PacketOutbox, PacketInbox, PacketRecorder             common.Address
	StateSender, ChildInbox, DepositReceiver              common.Address
}

func wrap(cfg Config, d *devnet.Devnet) *Bridge {
	r := d.Root(rootName)
	b := &Bridge{Config: cfg, Net: d, BTTC: d.BTTC.Sim, Root: r.Sim, Relayer: d.RelayerKey(0),
		ChildToken: r.ChildToken, CheckpointManager: r.CheckpointManager, ExitManager: r.ExitManager, RootToken: r.RootToken,
		PacketOutbox: d.PacketOutbox, PacketInbox: r.PacketInbox, PacketRecorder: r.PacketRecorder,
		StateSender: r.StateSender, ChildInbox: d.ChildInbox, DepositReceiver: r.DepositReceiver}
	b.Config.Validators, b.Config.Offline = d.Config.Validators, d.Offline
	b.Config.Confirmations, b.Config.CheckpointInterval = d.Confirmations, d.CheckpointInterval
	return b
}

// New starts the chains and deploys the contracts. Close stops them.
func New(ctx context.Context, cfg Config) (*Bridge, error) {
	d, err := devnet.New(ctx, cfg.devnet())
	if err != nil {
		return nil, err
	}
	return wrap(cfg, d), nil
}

// RelayerKey returns the i-th relayer key (0 is Relayer); keys 0 to 3 are
// funded on both chains.
func (b *Bridge) RelayerKey(i int) *ecdsa.PrivateKey { return b.Net.RelayerKey(i) }

// Close stops both chains.
func (b *Bridge) Close() { b.Net.Close() }

// Burn mints amount of the child token to the user on BTTC and burns it
// (a WithdrawTo event); it returns the burn transaction.
func (b *Bridge) Burn(ctx context.Context, amount int64) (*types.Transaction, error) {
	return b.Net.Burn(ctx, rootName, amount)
}

// SendPacket sends an FT-transfer Event Packet from BTTC's outbox to the
// root chain's recorder.
func (b *Bridge) SendPacket(ctx context.Context, amount int64) (*types.Transaction, error) {
	return b.Net.SendPacket(ctx, rootName, amount)
}

// Deposit deposits amount of the root token for the user on the root
// chain (a StateSynced event for the deposit receiver on BTTC).
func (b *Bridge) Deposit(ctx context.Context, amount int64) (*types.Transaction, error) {
	return b.Net.Deposit(ctx, rootName, amount)
}

// Minted returns the user's child token balance on BTTC.
func (b *Bridge) Minted(ctx context.Context) (*big.Int, error) { return b.Net.Minted(ctx, rootName) }

// PacketsReceived returns how many packets the root chain's recorder
// received.
func (b *Bridge) PacketsReceived(ctx context.Context) (int64, error) {
	return b.Net.PacketsReceived(ctx, rootName)
}

// Released returns the root token balance of the user: what exits paid.
func (b *Bridge) Released(ctx context.Context) (*big.Int, error) {
	return b.Net.Released(ctx, rootName)
}

// Mine seals a block on both chains every interval until the returned
// function is called.
func (b *Bridge) Mine(every time.Duration) (stop func()) { return b.Net.Mine(every) }

// Endpoints are the chains a relayer connects to.
type Endpoints struct {
	BTTC, Root *rpc.Client
}

// InProcess returns the chains' in-process JSON-RPC clients.
func (b *Bridge) InProcess() Endpoints { return Endpoints{BTTC: b.BTTC.RPC(), Root: b.Root.RPC()} }

// Connect returns chains/evm clients of the two chains over endpoints.
func (b *Bridge) Connect(ctx context.Context, ep Endpoints, opts evm.Options) (bttcClient, rootClient *evm.Client, err error) {
	cs, err := b.Net.Connect(ctx, opts, map[string]*rpc.Client{"bttc": ep.BTTC, rootName: ep.Root})
	if err != nil {
		return nil, nil, err
	}
	return cs["bttc"], cs[rootName], nil
}

// Routes returns the checkpoint, exit, packet and deposit routes of a
// relayer whose chain clients are bttcClient and rootClient, paying with
// relayerKey.
func (b *Bridge) Routes(bttcClient, rootClient *evm.Client, relayerKey *ecdsa.PrivateKey) []*relay.Route {
	rs := b.Net.Routes(devnet.Clients{"bttc": bttcClient, rootName: rootClient}, relayerKey, nil)
	for _, r := range rs {
		r.Name = strings.TrimSuffix(r.Name, "-"+rootName)
	}
	return rs
}

// Manifest is what another process needs to relay for a running bridge.
type Manifest struct {
	Config
	Devnet devnet.Manifest
}

// Manifest describes the bridge, served at the given URLs (they may be
// proxies in front of the chains).
func (b *Bridge) Manifest(bttcURL, rootURL string) Manifest {
	m := b.Net.Manifest()
	for name, url := range map[string]string{"bttc": bttcURL, rootName: rootURL} {
		c := m.Chains[name]
		c.RPC = url
		m.Chains[name] = c
	}
	return Manifest{Config: b.Config, Devnet: m}
}

// Attach returns the bridge a manifest describes, running elsewhere.
func Attach(m Manifest) (*Bridge, error) {
	d, err := devnet.Attach(context.Background(), m.Devnet)
	if err != nil {
		return nil, err
	}
	return wrap(m.Config, d), nil
}

// Dial connects chains/evm clients to a manifest's URLs.
func (m Manifest) Dial(ctx context.Context, opts evm.Options) (bttcClient, rootClient *evm.Client, err error) {
	d, err := devnet.Attach(ctx, m.Devnet)
	if err != nil {
		return nil, nil, err
	}
	defer d.Close()
	cs, err := d.Connect(ctx, opts, nil)
	if err != nil {
		return nil, nil, err
	}
	return cs["bttc"], cs[rootName], nil
}

// Outcome is what arrived on the chains, read from the chains alone.
type Outcome struct {
	// Exits counts Exited events; DistinctExits their distinct exit
	// hashes (a duplicate delivery would make them differ).
	Exits, DistinctExits int
	// Released is the root token the user received.
	Released *big.Int
	// Checkpoints counts NewHeaderBlock events.
	Checkpoints int
	// RelayerTxs counts the relayer accounts' transactions on the root
	// chain, RelayerReverted those that reverted (duplicate sends), and
	// TxsBy how many each of the four relayer keys sent.
	RelayerTxs, RelayerReverted int
	TxsBy                       [4]int
	// GasUsed is the relayer's total gas on the root chain.
	GasUsed uint64
}

// Audit reads the outcome from the root chain.
func (b *Bridge) Audit(ctx context.Context) (*Outcome, error) {
	root := b.Net.Root(rootName).Client
	o := &Outcome{}
	var err error
	if o.Released, err = b.Released(ctx); err != nil {
		return nil, err
	}
	em, err := contracts.NewExitManagerFilterer(b.ExitManager, root)
	if err != nil {
		return nil, err
	}
	it, err := em.FilterExited(&bind.FilterOpts{Context: ctx}, nil, nil, nil)
	if err != nil {
		return nil, err
	}
	seen := map[common.Hash]bool{}
	for it.Next() {
		o.Exits++
		seen[it.Event.ExitHash] = true
	}
	o.DistinctExits = len(seen)
	cm, err := contracts.NewCheckpointManagerFilterer(b.CheckpointManager, root)
	if err != nil {
		return nil, err
	}
	cit, err := cm.FilterNewHeaderBlock(&bind.FilterOpts{Context: ctx}, nil, nil, nil)
	if err != nil {
		return nil, err
	}
	for cit.Next() {
		o.Checkpoints++
	}
	head, err := root.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	relayers := map[common.Address]int{}
	for i := 0; i < 4; i++ {
		relayers[crypto.PubkeyToAddress(b.RelayerKey(i).PublicKey)] = i
	}
	signer := types.LatestSignerForChainID(big.NewInt(RootChainID))
	for n := uint64(1); n <= head; n++ {
		blk, err := root.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, err
		}
		var mine []common.Hash
		for _, tx := range blk.Transactions() {
			if from, err := types.Sender(signer, tx); err == nil {
				if i, ok := relayers[from]; ok {
					mine = append(mine, tx.Hash())
					o.TxsBy[i]++
				}
			}
		}
		if len(mine) == 0 {
			continue
		}
		receipts, err := root.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(blk.Hash(), true))
		if err != nil {
			return nil, err
		}
		for _, r := range receipts {
			for _, h := range mine {
				if r.TxHash == h {
					o.RelayerTxs++
					o.GasUsed += r.GasUsed
					if r.Status != types.ReceiptStatusSuccessful {
						o.RelayerReverted++
					}
				}
			}
		}
	}
	return o, nil
}
