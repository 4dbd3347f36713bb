// Package relaytest is a bridge for tests and examples: a simulated BTTC
// chain and a simulated root chain (both go-ethereum nodes in process),
// the SDK's contracts deployed on them, funded accounts, validator keys,
// and the relay routes wired to them. Users of the SDK can run their own
// relayer code against it too.
package relaytest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain ids of the bridge.
const (
	BTTCChainID = 199
	RootChainID = 7100
)

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
}

// Bridge is the running bridge.
type Bridge struct {
	Config
	BTTC, Root *simulated.Chain
	// Deployer deploys and owns the contracts; User deposits and burns;
	// Relayer pays for the relayer's transactions on the root chain.
	Deployer, User, Relayer *ecdsa.PrivateKey
	Validators              []*ecdsa.PrivateKey
	Set                     *sigagg.ValidatorSet

	ChildToken        common.Address
	CheckpointManager common.Address
	ExitManager       common.Address
	RootToken         common.Address
	// PacketOutbox is on BTTC; PacketInbox and PacketRecorder (the
	// receiver) on the root chain.
	PacketOutbox, PacketInbox, PacketRecorder common.Address
	// Deposits: StateSender on the root chain; ChildInbox (a PacketInbox)
	// and DepositReceiver (mints the child token) on BTTC.
	StateSender, ChildInbox, DepositReceiver common.Address

	token    *contracts.ChildTestToken
	erc20    *contracts.TestERC20
	outbox   *contracts.PacketOutbox
	recorder *contracts.PacketRecorder
	sender   *contracts.StateSender

	mu sync.Mutex // serialises sealing with Burn
}

func key(seed uint64, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256(big.NewInt(int64(seed)).Bytes(), []byte("relaytest"), big.NewInt(int64(i)).Bytes()))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability
	}
	return k
}

// New starts the chains and deploys the contracts. Close stops them.
func New(ctx context.Context, cfg Config) (*Bridge, error) {
	if cfg.Validators == 0 {
		cfg.Validators = 4
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 2
	}
	if cfg.CheckpointInterval == 0 {
		cfg.CheckpointInterval = 8
	}
	b := &Bridge{Config: cfg, Deployer: key(cfg.Seed, 0), User: key(cfg.Seed, 1), Relayer: key(cfg.Seed, 2)}
	vals := make([]sigagg.Validator, cfg.Validators)
	addrs := make([]common.Address, cfg.Validators)
	for i := range vals {
		k := key(cfg.Seed, 100+i)
		b.Validators = append(b.Validators, k)
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
		vals[i] = sigagg.Validator{Address: addrs[i], Power: big.NewInt(1)}
	}
	set, err := sigagg.NewValidatorSet(vals)
	if err != nil {
		return nil, err
	}
	b.Set = set
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{b.Deployer, b.User, b.RelayerKey(0), b.RelayerKey(1), b.RelayerKey(2), b.RelayerKey(3)} {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: funds}
	}
	fin := chains.Finality{Confirmations: cfg.Confirmations}
	b.BTTC = simulated.New(BTTCChainID, alloc, fin)
	b.Root = simulated.New(RootChainID, alloc, fin)

	deploy := func(c *simulated.Chain, f func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) (common.Address, error) {
		opts := b.opts(c, b.Deployer)
		addr, tx, err := f(opts)
		if err != nil {
			return common.Address{}, err
		}
		rec, err := c.Mine(ctx, tx.Hash())
		if err != nil {
			return common.Address{}, err
		}
		if rec.Status != types.ReceiptStatusSuccessful {
			return common.Address{}, fmt.Errorf("relaytest: deployment reverted")
		}
		return addr, nil
	}
	if b.ChildToken, err = deploy(b.BTTC, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, t, err := contracts.DeployChildTestToken(o, b.BTTC)
		b.token = t
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	if b.CheckpointManager, err = deploy(b.Root, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := contracts.DeployCheckpointManager(o, b.Root, big.NewInt(BTTCChainID), addrs)
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	var em *contracts.ExitManager
	if b.ExitManager, err = deploy(b.Root, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, m, err := contracts.DeployExitManager(o, b.Root, b.CheckpointManager)
		em = m
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	if b.RootToken, err = deploy(b.Root, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, t, err := contracts.DeployTestERC20(o, b.Root, b.ExitManager, new(big.Int).Lsh(big.NewInt(1), 200))
		b.erc20 = t
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	if b.PacketOutbox, err = deploy(b.BTTC, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, ob, err := contracts.DeployPacketOutbox(o, b.BTTC)
		b.outbox = ob
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	sorted := b.Set.Validators()
	vAddrs, vPowers := make([]common.Address, len(sorted)), make([]*big.Int, len(sorted))
	for i, v := range sorted {
		vAddrs[i], vPowers[i] = v.Address, v.Power
	}
	if b.PacketInbox, err = deploy(b.Root, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := contracts.DeployPacketInbox(o, b.Root, vAddrs, vPowers)
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	if b.PacketRecorder, err = deploy(b.Root, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, r, err := contracts.DeployPacketRecorder(o, b.Root)
		b.recorder = r
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	if b.StateSender, err = deploy(b.Root, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, ss, err := contracts.DeployStateSender(o, b.Root)
		b.sender = ss
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	if b.ChildInbox, err = deploy(b.BTTC, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := contracts.DeployPacketInbox(o, b.BTTC, vAddrs, vPowers)
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	if b.DepositReceiver, err = deploy(b.BTTC, func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		a, tx, _, err := contracts.DeployDepositReceiver(o, b.BTTC, b.ChildInbox, big.NewInt(RootChainID), b.StateSender, b.RootToken, b.ChildToken)
		return a, tx, err
	}); err != nil {
		b.Close()
		return nil, err
	}
	tx, err := em.MapToken(b.opts(b.Root, b.Deployer), b.RootToken, b.ChildToken)
	if err == nil {
		_, err = b.Root.Mine(ctx, tx.Hash())
	}
	if err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

// RelayerKey returns the i-th relayer key (0 is Relayer); keys 0 to 3 are
// funded on both chains.
func (b *Bridge) RelayerKey(i int) *ecdsa.PrivateKey {
	if i == 0 {
		return key(b.Seed, 2)
	}
	return key(b.Seed, 200+i)
}

// opts returns transaction options for k on c with a tracked nonce and a
// legacy gas price (BTTC's contracts read legacy receipts only).
func (b *Bridge) opts(c *simulated.Chain, k *ecdsa.PrivateKey) *bind.TransactOpts {
	o, _ := bind.NewKeyedTransactorWithChainID(k, c.ID())
	o.GasPrice = big.NewInt(5_000_000_000)
	o.GasLimit = 3_000_000
	return o
}

// Close stops both chains.
func (b *Bridge) Close() {
	if b.BTTC != nil {
		b.BTTC.Close()
	}
	if b.Root != nil {
		b.Root.Close()
	}
}

// Burn deposits amount of the child token to the user on BTTC and burns it
// (a WithdrawTo event), in blocks it seals. It returns the burn
// transaction.
func (b *Bridge) Burn(ctx context.Context, amount int64) (*types.Transaction, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	user := crypto.PubkeyToAddress(b.User.PublicKey)
	// Explicit nonces: the pool may not count the deposit yet when the
	// burn asks for a pending nonce.
	nonce, err := b.BTTC.NonceAt(ctx, user, nil)
	if err != nil {
		return nil, err
	}
	o := b.opts(b.BTTC, b.User)
	o.Nonce = new(big.Int).SetUint64(nonce)
	dep, err := b.token.Deposit(o, user, big.NewInt(amount))
	if err != nil {
		return nil, fmt.Errorf("relaytest: sending the deposit (nonce %d): %w", nonce, err)
	}
	o = b.opts(b.BTTC, b.User)
	o.Nonce = new(big.Int).SetUint64(nonce + 1)
	burn, err := b.token.Withdraw(o, big.NewInt(amount))
	if err != nil {
		return nil, fmt.Errorf("relaytest: sending the burn (nonce %d): %w", nonce+1, err)
	}
	rec, err := b.BTTC.Mine(ctx, burn.Hash())
	if err != nil {
		return nil, fmt.Errorf("relaytest: mining the burn: %w", err)
	}
	receipts, err := b.BTTC.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(rec.BlockHash, true))
	if err != nil {
		return nil, fmt.Errorf("relaytest: receipts of the burn's block: %w", err)
	}
	for _, r := range receipts {
		if r.TxHash == dep.Hash() && r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("relaytest: the deposit reverted")
		}
	}
	if rec.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("relaytest: the burn reverted")
	}
	return burn, nil
}

// SendPacket sends an FT-transfer Event Packet from BTTC's outbox to the
// root chain's recorder, in a block it seals.
func (b *Bridge) SendPacket(ctx context.Context, amount int64) (*types.Transaction, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	payload, err := eventpacket.EncodePayload(&eventpacket.FTTransfer{Token: b.ChildToken,
		From: crypto.PubkeyToAddress(b.User.PublicKey), To: crypto.PubkeyToAddress(b.User.PublicKey), Amount: big.NewInt(amount)})
	if err != nil {
		return nil, err
	}
	tx, err := b.outbox.Send(b.opts(b.BTTC, b.User), uint8(eventpacket.KindFTTransfer), big.NewInt(RootChainID), b.PacketRecorder, payload)
	if err != nil {
		return nil, fmt.Errorf("relaytest: sending a packet: %w", err)
	}
	rec, err := b.BTTC.Mine(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("relaytest: mining the packet: %w", err)
	}
	if rec.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("relaytest: the packet's transaction reverted")
	}
	return tx, nil
}

// Deposit deposits amount of the root token for the user on the root
// chain (StateSender.depositFor, a StateSynced event to the deposit
// receiver on BTTC), in a block it seals.
func (b *Bridge) Deposit(ctx context.Context, amount int64) (*types.Transaction, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	user := crypto.PubkeyToAddress(b.User.PublicKey)
	tx, err := b.sender.DepositFor(b.opts(b.Root, b.User), b.DepositReceiver, user, b.RootToken, uint64(bttc.Ethereum), big.NewInt(amount))
	if err != nil {
		return nil, fmt.Errorf("relaytest: sending the deposit: %w", err)
	}
	rec, err := b.Root.Mine(ctx, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("relaytest: mining the deposit: %w", err)
	}
	if rec.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("relaytest: the deposit reverted")
	}
	return tx, nil
}

// Minted returns the user's child token balance on BTTC (what deposits
// minted; burns take their own deposits back out).
func (b *Bridge) Minted(ctx context.Context) (*big.Int, error) {
	return b.token.BalanceOf(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(b.User.PublicKey))
}

// PacketsReceived returns how many packets the recorder on the root chain
// received.
func (b *Bridge) PacketsReceived(ctx context.Context) (int64, error) {
	n, err := b.recorder.ReceivedCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, err
	}
	return n.Int64(), nil
}

// Released returns the root token balance of the user: what exits paid.
func (b *Bridge) Released(ctx context.Context) (*big.Int, error) {
	return b.erc20.BalanceOf(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(b.User.PublicKey))
}

// Mine seals a block on both chains every interval until the returned
// function is called.
func (b *Bridge) Mine(every time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				b.mu.Lock()
				b.BTTC.Commit()
				b.Root.Commit()
				b.mu.Unlock()
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// Endpoints are the chains a relayer connects to.
type Endpoints struct {
	BTTC, Root *rpc.Client
}

// InProcess returns the chains' in-process JSON-RPC clients.
func (b *Bridge) InProcess() Endpoints { return Endpoints{BTTC: b.BTTC.RPC(), Root: b.Root.RPC()} }

// Presets are the chains/evm presets of the bridge's chains.
func (b *Bridge) Presets() (bttcPreset, rootPreset evm.Preset) {
	fin := chains.Finality{Confirmations: b.Confirmations}
	return evm.Preset{Name: "bttc", ChainID: BTTCChainID, Finality: fin, BlockTime: 50 * time.Millisecond},
		evm.Preset{Name: "root", ChainID: RootChainID, Finality: fin, BlockTime: 50 * time.Millisecond}
}

// Routes returns the checkpoint and exit routes of a relayer whose chain
// clients are bttcClient and rootClient, paying with relayerKey.
func (b *Bridge) Routes(bttcClient, rootClient *evm.Client, relayerKey *ecdsa.PrivateKey) []*relay.Route {
	rootContract := exitrpc.NewRootChainContract(rootClient, b.CheckpointManager)
	wallet := relay.NewWallet(rootClient, relayerKey, big.NewInt(RootChainID))
	offline := map[common.Address]bool{}
	for _, k := range b.Validators[:b.Offline] {
		offline[crypto.PubkeyToAddress(k.PublicKey)] = true
	}
	cp := &relay.Route{
		Name:   "checkpoint",
		Source: bttcClient,
		Job: &routes.CheckpointJob{First: 0, Interval: b.CheckpointInterval, Chain: bttcClient, Root: rootContract,
			Signer: &routes.KeySigner{Keys: b.Validators, Set: b.Set, Policy: sigagg.CountQuorum, Offline: offline},
			Set:    b.Set, Policy: sigagg.CountQuorum, Proposer: crypto.PubkeyToAddress(b.Validators[len(b.Validators)-1].PublicKey),
			BorChainID: BTTCChainID, Epoch: 1, Layout: bttc.BTTC},
		Dest:   &routes.CheckpointDest{Address: b.CheckpointManager, Root: rootContract},
		Wallet: wallet,
	}
	ex := &relay.Route{
		Name:   "exit",
		Source: bttcClient,
		Job: &routes.ExitJob{ChildTokens: []common.Address{b.ChildToken},
			Finder:  &exit.Finder{Root: rootContract, Head: rootClient},
			Builder: &exit.Builder{Chain: exitrpc.NewChildChainNode(bttcClient), Layout: bttc.BTTC}},
		Dest:   &routes.ExitDest{ExitManager: b.ExitManager, Chain: rootClient},
		Wallet: wallet,
	}
	pk := &relay.Route{
		Name:   "packet",
		Source: bttcClient,
		Job: &routes.PacketJob{Events: routes.OutboxEvents{Outbox: b.PacketOutbox}, Source: bttcClient, SourceChainID: BTTCChainID,
			Domain: eventpacket.DefaultDomain(RootChainID, b.PacketInbox), Range: 8,
			Signer: &routes.KeySigner{Keys: b.Validators, Set: b.Set, Policy: sigagg.CountQuorum, Offline: offline},
			Set:    b.Set, Policy: sigagg.CountQuorum},
		Dest:   &routes.PacketDest{Inbox: b.PacketInbox, Chain: rootClient},
		Wallet: wallet,
	}
	dep := &relay.Route{
		Name:   "deposit",
		Source: rootClient,
		Job: &routes.PacketJob{Events: routes.StateSyncEvents{StateSender: b.StateSender, ChainID: RootChainID}, Source: rootClient,
			SourceChainID: RootChainID, Domain: eventpacket.DefaultDomain(BTTCChainID, b.ChildInbox), Range: 8,
			Signer: &routes.KeySigner{Keys: b.Validators, Set: b.Set, Policy: sigagg.CountQuorum, Offline: offline},
			Set:    b.Set, Policy: sigagg.CountQuorum},
		Dest:   &routes.PacketDest{Inbox: b.ChildInbox, Chain: bttcClient},
		Wallet: relay.NewWallet(bttcClient, relayerKey, big.NewInt(BTTCChainID)),
	}
	return []*relay.Route{cp, ex, pk, dep}
}

// Connect returns chains/evm clients of the two chains over endpoints.
func (b *Bridge) Connect(ctx context.Context, ep Endpoints, opts evm.Options) (bttcClient, rootClient *evm.Client, err error) {
	bp, rp := b.Presets()
	if bttcClient, err = evm.New(ctx, bp, []*rpc.Client{ep.BTTC}, opts); err != nil {
		return nil, nil, err
	}
	if rootClient, err = evm.New(ctx, rp, []*rpc.Client{ep.Root}, opts); err != nil {
		bttcClient.Close()
		return nil, nil, err
	}
	return bttcClient, rootClient, nil
}

// Manifest is what another process needs to relay for a running bridge:
// the chains' URLs, the contracts and the key seed.
type Manifest struct {
	Config
	BTTCURL, RootURL  string
	ChildToken        common.Address
	CheckpointManager common.Address
	ExitManager       common.Address
	RootToken         common.Address
	PacketOutbox      common.Address
	PacketInbox       common.Address
	PacketRecorder    common.Address
	StateSender       common.Address
	ChildInbox        common.Address
	DepositReceiver   common.Address
}

// Manifest describes the bridge, served at the given URLs.
func (b *Bridge) Manifest(bttcURL, rootURL string) Manifest {
	return Manifest{Config: b.Config, BTTCURL: bttcURL, RootURL: rootURL, ChildToken: b.ChildToken,
		CheckpointManager: b.CheckpointManager, ExitManager: b.ExitManager, RootToken: b.RootToken,
		PacketOutbox: b.PacketOutbox, PacketInbox: b.PacketInbox, PacketRecorder: b.PacketRecorder,
		StateSender: b.StateSender, ChildInbox: b.ChildInbox, DepositReceiver: b.DepositReceiver}
}

// Attach returns the bridge a manifest describes, without its chains (it
// runs elsewhere): keys, validator set and contract addresses, enough for
// Routes.
func Attach(m Manifest) (*Bridge, error) {
	b := &Bridge{Config: m.Config, Deployer: key(m.Seed, 0), User: key(m.Seed, 1), Relayer: key(m.Seed, 2),
		ChildToken: m.ChildToken, CheckpointManager: m.CheckpointManager, ExitManager: m.ExitManager, RootToken: m.RootToken,
		PacketOutbox: m.PacketOutbox, PacketInbox: m.PacketInbox, PacketRecorder: m.PacketRecorder,
		StateSender: m.StateSender, ChildInbox: m.ChildInbox, DepositReceiver: m.DepositReceiver}
	vals := make([]sigagg.Validator, m.Validators)
	for i := range vals {
		k := key(m.Seed, 100+i)
		b.Validators = append(b.Validators, k)
		vals[i] = sigagg.Validator{Address: crypto.PubkeyToAddress(k.PublicKey), Power: big.NewInt(1)}
	}
	set, err := sigagg.NewValidatorSet(vals)
	if err != nil {
		return nil, err
	}
	b.Set = set
	return b, nil
}

// Dial connects chains/evm clients to a manifest's URLs.
func (m Manifest) Dial(ctx context.Context, opts evm.Options) (bttcClient, rootClient *evm.Client, err error) {
	b := &Bridge{Config: m.Config}
	bp, rp := b.Presets()
	if bttcClient, err = evm.Dial(ctx, bp, []string{m.BTTCURL}, opts); err != nil {
		return nil, nil, err
	}
	if rootClient, err = evm.Dial(ctx, rp, []string{m.RootURL}, opts); err != nil {
		bttcClient.Close()
		return nil, nil, err
	}
	return bttcClient, rootClient, nil
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
	o := &Outcome{}
	var err error
	if o.Released, err = b.Released(ctx); err != nil {
		return nil, err
	}
	em, err := contracts.NewExitManagerFilterer(b.ExitManager, b.Root)
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
	cm, err := contracts.NewCheckpointManagerFilterer(b.CheckpointManager, b.Root)
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
	head, err := b.Root.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	relayers := map[common.Address]int{}
	for i := 0; i < 4; i++ {
		relayers[crypto.PubkeyToAddress(b.RelayerKey(i).PublicKey)] = i
	}
	signer := types.LatestSignerForChainID(big.NewInt(RootChainID))
	for n := uint64(1); n <= head; n++ {
		blk, err := b.Root.BlockByNumber(ctx, new(big.Int).SetUint64(n))
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
		receipts, err := b.Root.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(blk.Hash(), true))
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
