package devnet

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Preset is the chains/evm preset of a devnet chain.
func (d *Devnet) Preset(c *Chain) evm.Preset {
	bt := d.Config.BlockTime
	if bt <= 0 {
		bt = 50 * time.Millisecond
	}
	return evm.Preset{Name: c.Name, ChainID: c.ChainID, Finality: d.Finality(), BlockTime: bt}
}

// Clients are chains/evm clients of a devnet's chains, by chain name.
type Clients map[string]*evm.Client

// Close closes every client.
func (c Clients) Close() {
	for _, cl := range c {
		cl.Close()
	}
}

// Connect returns chains/evm clients of every chain: in process over the
// nodes' own JSON-RPC clients, attached over their URLs. rpcs, when not
// nil, replaces the transport of the chains it names (tests put fault
// injectors and counters there).
func (d *Devnet) Connect(ctx context.Context, opts evm.Options, rpcs map[string]*rpc.Client) (Clients, error) {
	out := Clients{}
	for _, c := range d.Chains() {
		var (
			cl  *evm.Client
			err error
		)
		switch {
		case rpcs[c.Name] != nil:
			cl, err = evm.New(ctx, d.Preset(c), []*rpc.Client{rpcs[c.Name]}, opts)
		case c.Sim != nil:
			cl, err = evm.New(ctx, d.Preset(c), []*rpc.Client{c.Sim.RPC()}, opts)
		default:
			cl, err = evm.Dial(ctx, d.Preset(c), []string{c.URL}, opts)
		}
		if err != nil {
			out.Close()
			return nil, errorf(ErrChain, err, "connecting to %s", c.Name)
		}
		out[c.Name] = cl
	}
	return out, nil
}

// Chains returns BTTC and the root chains.
func (d *Devnet) Chains() []*Chain {
	out := []*Chain{d.BTTC}
	for _, r := range d.Roots {
		out = append(out, &r.Chain)
	}
	return out
}

// Signer returns the in-process validator signer: every validator key
// but the offline ones.
func (d *Devnet) Signer() *routes.KeySigner {
	offline := map[common.Address]bool{}
	for _, k := range d.Validators[:d.Offline] {
		offline[crypto.PubkeyToAddress(k.PublicKey)] = true
	}
	return &routes.KeySigner{Keys: d.Validators, Set: d.Set, Policy: sigagg.CountQuorum, Offline: offline}
}

// RouteSigners are where a devnet relayer's routes get validator
// signatures (the in-process Signer, or a validator network).
type RouteSigners struct {
	Checkpoint routes.CheckpointSigner
	Packet     routes.PacketSigner
}

// Routes returns a relayer's routes over clients, paying with
// relayerKey: for each root chain "checkpoint-<root>" (BTTC ranges to its
// CheckpointManager) and "packet-<root>" (BTTC's outbox to its
// PacketInbox); for roots with the token bridge also "exit-<root>" (burns
// to its ExitManager) and "deposit-<root>" (its StateSender to BTTC's
// inbox and DepositReceiver). signers nil uses Signer().
func (d *Devnet) Routes(clients Clients, relayerKey *ecdsa.PrivateKey, signers *RouteSigners) []*relay.Route {
	if signers == nil {
		s := d.Signer()
		signers = &RouteSigners{Checkpoint: s, Packet: s}
	}
	bt := clients[d.BTTC.Name]
	// One wallet per chain: routes sending from the same key on the same
	// chain share its nonces.
	btWallet := relay.NewWallet(bt, relayerKey, big.NewInt(BTTCChainID))
	var out []*relay.Route
	for _, r := range d.Roots {
		rc := clients[r.Name]
		// What the routes read and send on the root chain: its EVM
		// client, or on TRON the chains/tron client and sender.
		var (
			caller chains.Caller     = rc
			head   chains.HeadReader = rc
			source relay.Source      = rc
			wallet relay.Sender      = relay.NewWallet(rc, relayerKey, new(big.Int).SetUint64(r.ChainID))
		)
		if r.TronClient != nil {
			caller, head, source, wallet = r.TronClient, r.TronClient, r.TronClient, tron.NewSender(r.TronClient, relayerKey)
		}
		rootContract := exitrpc.NewRootChainContract(caller, r.CheckpointManager)
		out = append(out, &relay.Route{
			Name:   "checkpoint-" + r.Name,
			Source: bt,
			Job: &routes.CheckpointJob{First: 0, Interval: d.CheckpointInterval, Chain: bt, Root: rootContract,
				Signer: signers.Checkpoint, Set: d.Set, Policy: sigagg.CountQuorum,
				Proposer:   crypto.PubkeyToAddress(d.Validators[len(d.Validators)-1].PublicKey),
				BorChainID: BTTCChainID, Epoch: 1, Layout: bttc.BTTC, Dest: r.Name},
			Dest:   &routes.CheckpointDest{Address: r.CheckpointManager, Root: rootContract},
			Wallet: wallet,
		})
		if r.HasTokens() {
			out = append(out, &relay.Route{
				Name:   "exit-" + r.Name,
				Source: bt,
				Job: &routes.ExitJob{ChildTokens: []common.Address{r.ChildToken},
					Finder:  &exit.Finder{Root: rootContract, Head: head},
					Builder: &exit.Builder{Chain: exitrpc.NewChildChainNode(bt), Layout: bttc.BTTC}},
				Dest:   &routes.ExitDest{ExitManager: r.ExitManager, Chain: caller},
				Wallet: wallet,
			})
		}
		out = append(out, &relay.Route{
			Name:   "packet-" + r.Name,
			Source: bt,
			Job: &routes.PacketJob{Events: routes.OutboxEvents{Outbox: d.PacketOutbox}, Source: bt, SourceChainID: BTTCChainID,
				Domain: eventpacket.DefaultDomain(r.ChainID, r.PacketInbox), Range: 8,
				Signer: signers.Packet, Set: d.Set, Policy: sigagg.CountQuorum},
			Dest:   &routes.PacketDest{Inbox: r.PacketInbox, Chain: caller},
			Wallet: wallet,
		})
		if r.HasTokens() {
			out = append(out, &relay.Route{
				Name:       "deposit-" + r.Name,
				Source:     source,
				SourceName: r.Name,
				Job: &routes.PacketJob{Events: routes.StateSyncEvents{StateSender: r.StateSender, ChainID: r.ChainID}, Source: source,
					SourceChainID: r.ChainID, Domain: eventpacket.DefaultDomain(BTTCChainID, d.ChildInbox), Range: 8,
					Signer: signers.Packet, Set: d.Set, Policy: sigagg.CountQuorum},
				Dest:   &routes.PacketDest{Inbox: d.ChildInbox, Chain: bt},
				Wallet: btWallet,
			})
		}
	}
	for _, r := range out {
		r.BlockTime = d.Config.BlockTime // 0 (mined by hand or by a test): unknown
		if r.SourceName == "" {
			r.SourceName = d.BTTC.Name
		}
	}
	return out
}
