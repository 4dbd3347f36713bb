// Package devnet is a local BTTC-style bridge: a BTTC chain and root
// chains (go-ethereum nodes in process, served as JSON-RPC on loopback when
// asked), the SDK's contracts deployed on them, funded accounts, validator
// keys, and the relay routes wired to them. `bttcrelay devnet` runs one for
// DApp developers, `go run ./examples/relayer` narrates one, and tests
// (relay/relaytest) build on it.
//
// A devnet's keys are derived from its seed and written in the clear to its
// manifest's directory: they hold test funds on chains that exist only on
// this machine. Never use them anywhere else.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/bttc-relay/sdk/chains/tron/trontest"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// BTTCChainID is the devnet's BTTC chain id (BTTC mainnet's).
const BTTCChainID = 199

// RootConfig describes one root chain.
type RootConfig struct {
	// Name names the chain in the manifest and in route names
	// ("ethereum", "bsc").
	Name string `json:"name"`
	// ChainID is its EVM chain id; RootChainID the id BTTC payloads use
	// for it.
	ChainID     uint64           `json:"chainId"`
	RootChainID bttc.RootChainID `json:"rootChainId"`
	// Tokens deploys the token bridge for this root: ExitManager, a root
	// token (TestERC20) and StateSender on it, and on BTTC its own child
	// token and DepositReceiver (BTTC maps one child token per root chain,
	// so a burn exits on exactly one root).
	Tokens bool `json:"tokens"`
	// Kind is "tron" for a TRON root chain (a chains/tron/trontest node:
	// the relayer reaches it through its gRPC API with chains/tron), or
	// empty for an EVM chain.
	Kind string `json:"kind,omitempty"`
}

// KindTRON is RootConfig.Kind of a TRON root chain.
const KindTRON = "tron"

// TRONRoot is a TRON root chain with checkpoints and Event Packets (add
// Tokens for the token bridge, on at most one root).
func TRONRoot() RootConfig {
	return RootConfig{Name: "tron", ChainID: 728126428, RootChainID: bttc.TRON, Kind: KindTRON}
}

// DefaultRoots are the devnet's root chains: "Ethereum" with the token
// bridge, and "BNB Chain" with checkpoints and Event Packets.
func DefaultRoots() []RootConfig {
	return []RootConfig{
		{Name: "ethereum", ChainID: 7100, RootChainID: bttc.Ethereum, Tokens: true},
		{Name: "bsc", ChainID: 7300, RootChainID: bttc.BSC},
	}
}

// Config sizes the devnet; zero values take the defaults.
type Config struct {
	// Roots are the root chains (default DefaultRoots()).
	Roots []RootConfig `json:"roots"`
	// Validators is the number of validator keys (default 4); Offline of
	// them do not sign.
	Validators int `json:"validators"`
	Offline    int `json:"offline"`
	// Confirmations is the finality depth of every chain (default 2).
	Confirmations uint64 `json:"confirmations"`
	// CheckpointInterval is the BTTC blocks per checkpoint (default 8).
	CheckpointInterval uint64 `json:"checkpointInterval"`
	// Seed makes the keys deterministic.
	Seed uint64 `json:"seed"`
	// BlockTime is how often the chains are mined (`bttcrelay devnet
	// --block-time`; 0: mined by hand or by a test, taken as 50 ms). A
	// relayer takes it as the chains' block time: a head that stops for
	// ten of them is a stalled chain.
	BlockTime time.Duration `json:"blockTime,omitempty"`
}

func (c *Config) defaults() {
	if c.Roots == nil {
		c.Roots = DefaultRoots()
	}
	if c.Validators == 0 {
		c.Validators = 4
	}
	if c.Confirmations == 0 {
		c.Confirmations = 2
	}
	if c.CheckpointInterval == 0 {
		c.CheckpointInterval = 8
	}
}

func (c *Config) validate() error {
	if c.Offline < 0 || c.Offline >= c.Validators {
		return errorf(ErrConfig, nil, "%d of %d validators offline", c.Offline, c.Validators)
	}
	names, tokens := map[string]bool{"bttc": true}, 0
	for _, r := range c.Roots {
		if r.Name == "" || names[r.Name] {
			return errorf(ErrConfig, nil, "root chain name %q is empty or used twice", r.Name)
		}
		names[r.Name] = true
		if r.Tokens {
			tokens++
		}
		if r.Kind != "" && r.Kind != KindTRON {
			return errorf(ErrConfig, nil, "root chain %s: kind %q is not %q or empty", r.Name, r.Kind, KindTRON)
		}
	}
	if tokens > 1 {
		// The manifest names BTTC's contracts by artifact: one child
		// token and one deposit receiver.
		return errorf(ErrConfig, nil, "%d root chains with the token bridge; a devnet has at most one", tokens)
	}
	return nil
}

// Chain is one chain of the devnet: in process (Sim set) or attached
// over JSON-RPC to a devnet another process runs.
type Chain struct {
	Name    string
	ChainID uint64
	// Sim is the in-process node (nil when attached).
	Sim *simulated.Chain
	// Client reads and sends: Sim's in-process client or an RPC client.
	Client *ethclient.Client
	// URL is where the chain is served (empty until Serve).
	URL string
	// A TRON root chain also has its node (in process), the node's gRPC
	// address and a chains/tron client of it; Sim is then the node's EVM.
	Tron       *trontest.Node
	GRPC       string
	TronClient *tron.Client
}

// Finality is the devnet's finality rule.
func (d *Devnet) Finality() chains.Finality { return chains.Finality{Confirmations: d.Confirmations} }

// Root is a root chain with its contracts.
type Root struct {
	Chain
	RootChainID bttc.RootChainID
	// On the root chain.
	CheckpointManager, PacketInbox, PacketRecorder common.Address
	// The token bridge (zero addresses when RootConfig.Tokens is false):
	// ExitManager, RootToken (a TestERC20) and StateSender on the root;
	// ChildToken and DepositReceiver on BTTC.
	ExitManager, RootToken, StateSender common.Address
	ChildToken, DepositReceiver         common.Address
}

// HasTokens reports whether the root has the token bridge.
func (r *Root) HasTokens() bool { return r.ExitManager != (common.Address{}) }

// Devnet is a running (or attached) devnet.
type Devnet struct {
	Config
	BTTC  *Chain
	Roots []*Root
	// PacketOutbox and ChildInbox (a PacketInbox taking packets from the
	// roots) are on BTTC.
	PacketOutbox, ChildInbox common.Address
	// Deployer deploys and owns the contracts; User deposits, burns and
	// sends packets.
	Deployer, User *ecdsa.PrivateKey
	Validators     []*ecdsa.PrivateKey
	Set            *sigagg.ValidatorSet

	mu      sync.Mutex // serialises sealing with user transactions
	closers []func()
}

// Key derives the i-th key of a devnet seed: 0 deployer, 1 user, 2.. the
// relayers (RelayerKey), 100.. the validators.
func Key(seed uint64, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256(big.NewInt(int64(seed)).Bytes(), []byte("relaytest"), big.NewInt(int64(i)).Bytes()))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

// RelayerKey returns the i-th relayer key; keys 0 to 3 are funded on
// every chain.
func (d *Devnet) RelayerKey(i int) *ecdsa.PrivateKey {
	if i == 0 {
		return Key(d.Seed, 2)
	}
	return Key(d.Seed, 200+i)
}

// Root returns the root chain named name (nil if none).
func (d *Devnet) Root(name string) *Root {
	for _, r := range d.Roots {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// keys fills the keys and the validator set from the seed.
func (d *Devnet) keys() error {
	d.Deployer, d.User = Key(d.Seed, 0), Key(d.Seed, 1)
	vals := make([]sigagg.Validator, d.Config.Validators)
	d.Validators = nil
	for i := range vals {
		k := Key(d.Seed, 100+i)
		d.Validators = append(d.Validators, k)
		vals[i] = sigagg.Validator{Address: crypto.PubkeyToAddress(k.PublicKey), Power: big.NewInt(1)}
	}
	set, err := sigagg.NewValidatorSet(vals)
	if err != nil {
		return err
	}
	d.Set = set
	return nil
}

// ValidatorAddresses returns the validators' signer addresses in the
// root contracts' order.
func (d *Devnet) ValidatorAddresses() []common.Address {
	var out []common.Address
	for _, v := range d.Set.Validators() {
		out = append(out, v.Address)
	}
	return out
}

// New starts the chains in process and deploys the contracts. Close stops
// them.
func New(ctx context.Context, cfg Config) (*Devnet, error) {
	cfg.defaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	d := &Devnet{Config: cfg}
	if err := d.keys(); err != nil {
		return nil, err
	}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	alloc := types.GenesisAlloc{}
	for _, k := range d.funded() {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: funds}
	}
	start := func(name string, id uint64) *Chain {
		sim := simulated.New(id, alloc, d.Finality())
		d.closers = append(d.closers, func() { sim.Close() })
		return &Chain{Name: name, ChainID: id, Sim: sim, Client: sim.Client}
	}
	d.BTTC = start("bttc", BTTCChainID)
	for _, rc := range cfg.Roots {
		if rc.Kind == KindTRON {
			c, err := d.startTRON(rc)
			if err != nil {
				d.Close()
				return nil, err
			}
			d.Roots = append(d.Roots, &Root{Chain: *c, RootChainID: rc.RootChainID})
			continue
		}
		d.Roots = append(d.Roots, &Root{Chain: *start(rc.Name, rc.ChainID), RootChainID: rc.RootChainID})
	}
	if err := d.deploy(ctx); err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// funded are the accounts every chain funds: the deployer, the user and
// the first four relayer keys.
func (d *Devnet) funded() []*ecdsa.PrivateKey {
	return []*ecdsa.PrivateKey{d.Deployer, d.User, d.RelayerKey(0), d.RelayerKey(1), d.RelayerKey(2), d.RelayerKey(3)}
}

// startTRON starts a TRON node for a root chain, serving its gRPC API on
// loopback (whatever host Serve is given), and a chains/tron client of it.
func (d *Devnet) startTRON(rc RootConfig) (*Chain, error) {
	node := trontest.New(trontest.Config{Accounts: d.funded(), ChainID: rc.ChainID, SolidDepth: max(d.Confirmations, 1)})
	d.closers = append(d.closers, node.Close)
	addr, err := node.Listen("127.0.0.1:0")
	if err != nil {
		return nil, errorf(ErrChain, err, "serving %s's gRPC API", rc.Name)
	}
	cl, err := tron.Dial(addr, "")
	if err != nil {
		return nil, errorf(ErrChain, err, "dialing %s", rc.Name)
	}
	d.closers = append(d.closers, cl.Close)
	return &Chain{Name: rc.Name, ChainID: rc.ChainID, Sim: node.EVM(), Client: node.EVM().Client, Tron: node, GRPC: addr, TronClient: cl}, nil
}

// Close stops the chains and their servers.
func (d *Devnet) Close() {
	for i := len(d.closers) - 1; i >= 0; i-- {
		d.closers[i]()
	}
	d.closers = nil
}

// TransactOpts returns transaction options for k on c: legacy gas price
// (BTTC's contracts read legacy receipts only) and a fixed gas limit.
func TransactOpts(c *Chain, k *ecdsa.PrivateKey) *bind.TransactOpts {
	o, _ := bind.NewKeyedTransactorWithChainID(k, new(big.Int).SetUint64(c.ChainID))
	o.GasPrice = big.NewInt(5_000_000_000)
	o.GasLimit = 3_000_000
	return o
}

// mined waits for tx: in process it seals a block with it; attached it
// waits for the devnet's block production.
func (c *Chain) mined(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	if c.Tron != nil {
		return c.Tron.Include(ctx, tx)
	}
	if c.Sim != nil {
		return c.Sim.Mine(ctx, tx)
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	return bind.WaitMinedHash(ctx, c.Client, tx)
}

// minedOK is mined that also fails on a reverted transaction.
func (c *Chain) minedOK(ctx context.Context, tx *types.Transaction, what string) (*types.Receipt, error) {
	rec, err := c.mined(ctx, tx.Hash())
	if err != nil {
		return nil, errorf(ErrChain, err, "%s on %s", what, c.Name)
	}
	if rec.Status != types.ReceiptStatusSuccessful {
		return rec, errorf(ErrChain, nil, "%s on %s reverted (transaction %s)", what, c.Name, tx.Hash())
	}
	return rec, nil
}

// deploy deploys every contract, in a fixed order (so a seed gives the
// same addresses every time).
func (d *Devnet) deploy(ctx context.Context) error {
	type deployFn func(*bind.TransactOpts) (common.Address, *types.Transaction, error)
	var err error
	deploy := func(c *Chain, what string, f deployFn) common.Address {
		if err != nil {
			return common.Address{}
		}
		o := TransactOpts(c, d.Deployer)
		// A constructor's gas grows with what it stores (the validator
		// set: 3M covered 39 validators): estimated, not fixed.
		o.GasLimit = 0
		addr, tx, e := f(o)
		if e != nil {
			err = errorf(ErrChain, e, "deploying %s on %s", what, c.Name)
			return common.Address{}
		}
		_, err = c.minedOK(ctx, tx, "deploying "+what)
		return addr
	}
	vals := d.Set.Validators()
	vAddrs, vPowers := make([]common.Address, len(vals)), make([]*big.Int, len(vals))
	for i, v := range vals {
		vAddrs[i], vPowers[i] = v.Address, v.Power
	}
	bt := d.BTTC
	d.PacketOutbox = deploy(bt, "PacketOutbox", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, e := contracts.DeployPacketOutbox(o, bt.Client)
		return a, tx, e
	})
	d.ChildInbox = deploy(bt, "PacketInbox", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, e := contracts.DeployPacketInbox(o, bt.Client, vAddrs, vPowers)
		return a, tx, e
	})
	for i, r := range d.Roots {
		rc := d.Config.Roots[i]
		c := &r.Chain
		r.CheckpointManager = deploy(c, "CheckpointManager", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployCheckpointManager(o, c.Client, big.NewInt(BTTCChainID), vAddrs)
			return a, tx, e
		})
		r.PacketInbox = deploy(c, "PacketInbox", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployPacketInbox(o, c.Client, vAddrs, vPowers)
			return a, tx, e
		})
		r.PacketRecorder = deploy(c, "PacketRecorder", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployPacketRecorder(o, c.Client)
			return a, tx, e
		})
		if !rc.Tokens {
			continue
		}
		r.ChildToken = deploy(bt, "ChildTestToken", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployChildTestToken(o, bt.Client)
			return a, tx, e
		})
		r.ExitManager = deploy(c, "ExitManager", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployExitManager(o, c.Client, r.CheckpointManager)
			return a, tx, e
		})
		r.RootToken = deploy(c, "TestERC20", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployTestERC20(o, c.Client, r.ExitManager, new(big.Int).Lsh(big.NewInt(1), 200))
			return a, tx, e
		})
		r.StateSender = deploy(c, "StateSender", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployStateSender(o, c.Client)
			return a, tx, e
		})
		r.DepositReceiver = deploy(bt, "DepositReceiver", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a, tx, _, e := contracts.DeployDepositReceiver(o, bt.Client, d.ChildInbox, new(big.Int).SetUint64(r.ChainID),
				r.StateSender, r.RootToken, r.ChildToken)
			return a, tx, e
		})
		if err != nil {
			return err
		}
		em, e := contracts.NewExitManager(r.ExitManager, c.Client)
		if e != nil {
			return e
		}
		tx, e := em.MapToken(TransactOpts(c, d.Deployer), r.RootToken, r.ChildToken)
		if e != nil {
			return errorf(ErrChain, e, "mapping the token on %s", c.Name)
		}
		if _, e := c.minedOK(ctx, tx, "mapping the token"); e != nil {
			return e
		}
	}
	return err
}

// Mine seals a block on every chain each interval until the returned
// function is called (in process only).
func (d *Devnet) Mine(every time.Duration) (stop func()) {
	return simulated.Repeat(every, func() error {
		d.mu.Lock()
		defer d.mu.Unlock()
		d.BTTC.Sim.Commit()
		for _, r := range d.Roots {
			if r.Tron != nil {
				_, _ = r.Tron.Commit(context.Background()) // fails only once the node is closed
				continue
			}
			r.Sim.Commit()
		}
		return nil
	})
}
