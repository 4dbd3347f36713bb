package devnet

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"strconv"

	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Manifest is devnet.json: what scripts, tests and relayers in other
// processes need to use a running devnet. The "chains" and "validators"
// fields are the documented schema:
//
//	{"chains": {"<name>": {"chainId": <number>, "rpc": "http://127.0.0.1:<port>",
//	  "contracts": {"<ArtifactName>": "0x…", …}}, …}, "validators": ["0x…", …]}
//
// with chain names "bttc" and the root chains' ("ethereum", "bsc") and
// contracts named as in contracts/artifacts. "devnet" holds what rebuilds
// the keys and routes (the seed: devnet keys are test keys).
type Manifest struct {
	Chains     map[string]ManifestChain `json:"chains"`
	Validators []common.Address         `json:"validators"`
	// Signer is the URL of the validators' signing service (set by
	// `bttcrelay devnet`; routes.HTTPSigner speaks to it).
	Signer string `json:"signer,omitempty"`
	// Delivery is the RPC URL of a Delivery Chain node when the devnet runs
	// the validator network (`bttcrelay devnet --delivery`): checkpoints
	// are then agreed and signed there (delivery.Client).
	Delivery string `json:"delivery,omitempty"`
	Devnet   Config `json:"devnet"`
}

// ManifestChain is one chain of a manifest.
type ManifestChain struct {
	ChainID   uint64                    `json:"chainId"`
	RPC       string                    `json:"rpc"`
	Contracts map[string]common.Address `json:"contracts"`
	// GRPC is a TRON root chain's gRPC address (host:port; Wallet and
	// WalletSolidity services). Its RPC is then the JSON-RPC of the EVM
	// the node runs on, for setup and user transactions.
	GRPC string `json:"grpc,omitempty"`
}

// Serve serves every chain's JSON-RPC over HTTP on host (e.g.
// "127.0.0.1"), each on a free port, or on ports[name] when given; Close
// stops the servers.
func (d *Devnet) Serve(host string, ports map[string]int) error {
	for _, c := range d.Chains() {
		if c.Sim == nil {
			return errorf(ErrConfig, nil, "chain %s is attached, not served here", c.Name)
		}
		url, stop, err := c.Sim.Serve(joinHostPort(host, ports[c.Name]))
		if err != nil {
			return errorf(ErrConfig, err, "serving %s", c.Name)
		}
		c.URL = url
		d.closers = append(d.closers, stop)
	}
	return nil
}

// Manifest describes the devnet (URLs are set once served).
func (d *Devnet) Manifest() Manifest {
	m := Manifest{Chains: map[string]ManifestChain{}, Validators: d.ValidatorAddresses(), Devnet: d.Config}
	bt := map[string]common.Address{"PacketOutbox": d.PacketOutbox, "PacketInbox": d.ChildInbox}
	for _, r := range d.Roots {
		cs := map[string]common.Address{"CheckpointManager": r.CheckpointManager, "PacketInbox": r.PacketInbox,
			"PacketRecorder": r.PacketRecorder}
		if r.HasTokens() {
			cs["ExitManager"], cs["TestERC20"], cs["StateSender"] = r.ExitManager, r.RootToken, r.StateSender
			bt["ChildTestToken"], bt["DepositReceiver"] = r.ChildToken, r.DepositReceiver
		}
		m.Chains[r.Name] = ManifestChain{ChainID: r.ChainID, RPC: r.URL, Contracts: cs, GRPC: r.GRPC}
	}
	m.Chains[d.BTTC.Name] = ManifestChain{ChainID: d.BTTC.ChainID, RPC: d.BTTC.URL, Contracts: bt}
	return m
}

// WriteFile writes the manifest as indented JSON.
func (m Manifest) WriteFile(path string) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// ReadManifest reads a devnet.json.
func ReadManifest(path string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(path)
	if err != nil {
		return m, errorf(ErrConfig, err, "reading the manifest")
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, errorf(ErrConfig, err, "%s is not a devnet manifest", path)
	}
	return m, nil
}

// Attach returns the devnet a manifest describes, running in another
// process: its chains are reached over their URLs (Close closes the
// connections). User transactions wait for that process's blocks.
func Attach(ctx context.Context, m Manifest) (*Devnet, error) {
	cfg := m.Devnet
	cfg.defaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	d := &Devnet{Config: cfg}
	if err := d.keys(); err != nil {
		return nil, err
	}
	dial := func(name string) (*Chain, map[string]common.Address, error) {
		mc, ok := m.Chains[name]
		if !ok {
			return nil, nil, errorf(ErrConfig, nil, "the manifest has no chain %q", name)
		}
		cl, err := ethclient.DialContext(ctx, mc.RPC)
		if err != nil {
			return nil, nil, errorf(ErrChain, err, "dialing %s at %s", name, mc.RPC)
		}
		d.closers = append(d.closers, cl.Close)
		return &Chain{Name: name, ChainID: mc.ChainID, Client: cl, URL: mc.RPC}, mc.Contracts, nil
	}
	bt, btc, err := dial("bttc")
	if err != nil {
		d.Close()
		return nil, err
	}
	d.BTTC, d.PacketOutbox, d.ChildInbox = bt, btc["PacketOutbox"], btc["PacketInbox"]
	for _, rc := range cfg.Roots {
		c, cs, err := dial(rc.Name)
		if err != nil {
			d.Close()
			return nil, err
		}
		if rc.Kind == KindTRON {
			mc := m.Chains[rc.Name]
			if mc.GRPC == "" {
				d.Close()
				return nil, errorf(ErrConfig, nil, "the manifest's TRON chain %s has no grpc address", rc.Name)
			}
			tc, err := tron.Dial(mc.GRPC, "")
			if err != nil {
				d.Close()
				return nil, errorf(ErrChain, err, "dialing %s at %s", rc.Name, mc.GRPC)
			}
			d.closers = append(d.closers, tc.Close)
			c.GRPC, c.TronClient = mc.GRPC, tc
		}
		r := &Root{Chain: *c, RootChainID: rc.RootChainID, CheckpointManager: cs["CheckpointManager"],
			PacketInbox: cs["PacketInbox"], PacketRecorder: cs["PacketRecorder"]}
		if rc.Tokens {
			r.ExitManager, r.RootToken, r.StateSender = cs["ExitManager"], cs["TestERC20"], cs["StateSender"]
			r.ChildToken, r.DepositReceiver = btc["ChildTestToken"], btc["DepositReceiver"]
		}
		d.Roots = append(d.Roots, r)
	}
	return d, nil
}

func joinHostPort(host string, port int) string {
	return net.JoinHostPort(host, strconv.Itoa(port))
}
