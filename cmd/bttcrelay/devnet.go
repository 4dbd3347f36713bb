package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/delivery"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

func (a *app) devnetCmd() *cobra.Command {
	var (
		dir        string
		blockTime  time.Duration
		validators int
		offline    int
		seed       uint64
		host       string
		ready      string
		withNet    bool
		withTRON   bool
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local BTTC-style bridge: BTTC, Ethereum, BNB Chain and TRON with the contracts deployed",
		Long: `devnet starts a BTTC chain and three root chains ("ethereum" with the token bridge, "bsc" and
"tron" with checkpoints and Event Packets) in this process, serves them on loopback ports (BTTC
answers bor_getRootHash; TRON is a TRON node serving java-tron's gRPC Wallet and WalletSolidity
services on an EVM, and its EVM's JSON-RPC for setup), deploys the contracts, funds the test
accounts, runs the validators' signing service, and writes:

  DIR/devnet.json     chains (chain id, RPC URL, contracts by artifact name) and validators
  DIR/relayer.toml    a relayer configuration for "bttcrelay relay run --config"
  DIR/keys/           the relayer's encrypted keystore and its passphrase file

It runs until interrupted. Its keys are test keys derived from --seed: never use them elsewhere.`,
		Example: `  bttcrelay devnet --dir ./devnet
  bttcrelay devnet --dir ./devnet --block-time 500ms --validators 7 --offline 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return usagef("--dir is required")
			}
			if validators < 1 || offline < 0 || offline >= validators {
				return usagef("--validators %d with --offline %d: need at least one online validator", validators, offline)
			}
			if blockTime <= 0 {
				return usagef("--block-time %s: must be positive", blockTime)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			cfg := devnet.Config{Validators: validators, Offline: offline, Seed: seed, BlockTime: blockTime}
			if withTRON {
				cfg.Roots = append(devnet.DefaultRoots(), devnet.TRONRoot())
			}
			return a.runDevnet(ctx, dir, host, cfg, blockTime, ready, withNet)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "directory for devnet.json, relayer.toml and keys (created)")
	cmd.Flags().DurationVar(&blockTime, "block-time", time.Second, "block interval of every chain")
	cmd.Flags().IntVar(&validators, "validators", 4, "number of validators")
	cmd.Flags().IntVar(&offline, "offline", 0, "validators that do not sign")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed of the devnet's test keys")
	cmd.Flags().StringVar(&host, "host", "127.0.0.1", "address the chains and the signer listen on (TRON's gRPC API stays on loopback)")
	cmd.Flags().StringVar(&ready, "ready-file", "", "write this file once the devnet serves (for scripts)")
	cmd.Flags().BoolVar(&withNet, "delivery", false, "run the validators as a Delivery Chain network on CometBFT (one node per online validator): it signs the checkpoints and packet batches instead of the in-process signing service")
	cmd.Flags().BoolVar(&withTRON, "tron", true, "include the TRON root chain (--tron=false: Ethereum and BNB Chain only)")
	cmd.AddCommand(a.trafficCmd())
	return cmd
}

func (a *app) runDevnet(ctx context.Context, dir, host string, cfg devnet.Config, blockTime time.Duration, ready string, withNet bool) error {
	if err := os.MkdirAll(filepath.Join(dir, "keys"), 0o700); err != nil {
		return err
	}
	// One devnet per directory: a second one would overwrite the first's
	// manifest, relayer configuration and keys while it runs.
	unlock, err := lockDir(dir)
	if err != nil {
		return err
	}
	defer unlock()
	// A devnet's chains start empty, so does its relayer: the store of a
	// previous devnet in this directory holds blocks of chains that are
	// gone (the relayer would refuse them).
	stale := filepath.Join(dir, relayerDataDir)
	if _, err := os.Stat(stale); err == nil {
		if err := os.RemoveAll(stale); err != nil {
			return err
		}
		if !a.json {
			fmt.Fprintf(a.out, "removed %s: the relayer store of a previous devnet in %s\n", stale, dir)
		}
	}
	start := time.Now()
	d, err := devnet.New(ctx, cfg)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Serve(host, nil); err != nil {
		return err
	}
	// The validators' signing service.
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return err
	}
	signer := d.Signer()
	srv := &http.Server{Handler: routes.SignerHandler(signer, signer), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	m := d.Manifest()
	m.Signer = "http://" + ln.Addr().String()
	if withNet {
		rpcURL, stopNet, err := startDelivery(ctx, filepath.Join(dir, "delivery"), host, d)
		if err != nil {
			return err
		}
		defer stopNet()
		m.Delivery = rpcURL
	}
	manifestPath := filepath.Join(dir, "devnet.json")
	if err := m.WriteFile(manifestPath); err != nil {
		return err
	}
	if err := writeRelayerFiles(dir, d, blockTime); err != nil {
		return err
	}
	stopMining := d.Mine(blockTime)
	defer stopMining()
	if a.json {
		if err := writeJSON(a.out, m); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(a.out, "devnet up in %.1fs (%d validators, %d offline; blocks every %s)\n", time.Since(start).Seconds(),
			d.Config.Validators, d.Offline, blockTime)
		if online, needed := d.Config.Validators-d.Offline, quorum(d.Config.Validators); online < needed {
			fmt.Fprintf(a.out, "WARNING: %d online validators cannot reach a quorum (%d of %d needed): no checkpoint or packet batch will be signed, and the relayer will report its routes stalled\n",
				online, needed, d.Config.Validators)
		}
		for _, c := range d.Chains() {
			if c.GRPC != "" {
				fmt.Fprintf(a.out, "  %-9s chain id %-5d gRPC %s (its EVM's JSON-RPC: %s)\n", c.Name, c.ChainID, c.GRPC, c.URL)
				continue
			}
			fmt.Fprintf(a.out, "  %-9s chain id %-5d %s\n", c.Name, c.ChainID, c.URL)
		}
		fmt.Fprintf(a.out, "  signer    %s\n", m.Signer)
		if m.Delivery != "" {
			fmt.Fprintf(a.out, "  delivery  %s (%d validators on CometBFT sign the checkpoints)\n", m.Delivery, d.Config.Validators-d.Offline)
		}
		fmt.Fprintf(a.out, "wrote %s, %s and %s\n", manifestPath, filepath.Join(dir, "relayer.toml"), filepath.Join(dir, "keys"))
		fmt.Fprintf(a.out, "next: bttcrelay relay run --config %s\n", filepath.Join(dir, "relayer.toml"))
		fmt.Fprintln(a.out, "running until interrupted (Ctrl-C)")
	}
	if ready != "" {
		if err := os.WriteFile(ready, []byte(manifestPath+"\n"), 0o644); err != nil {
			return err
		}
	}
	<-ctx.Done()
	if !a.json {
		fmt.Fprintln(a.out, "devnet stopped")
	}
	return nil
}

// quorum is how many of n validators (one vote each) sign a checkpoint
// the root contracts accept: more than two thirds.
func quorum(n int) int { return int(sigagg.Threshold(big.NewInt(int64(n))).Int64()) }

// startDelivery runs a Delivery Chain node for each online validator of
// d, in this process, watching d's BTTC; it returns node 0's RPC URL.
func startDelivery(ctx context.Context, dir, host string, d *devnet.Devnet) (string, func(), error) {
	// The lanes the routes relay: BTTC's outbox to each root's inbox, and
	// the token root's deposits to BTTC's inbox (devnet.Routes batches
	// packets by 8 blocks).
	var lanes []delivery.Lane
	views := map[string]chains.Reader{}
	for _, r := range d.Roots {
		lanes = append(lanes, delivery.Lane{Source: "bttc", SourceChainID: devnet.BTTCChainID, Events: "outbox",
			Emitter: d.PacketOutbox, Domain: eventpacket.DefaultDomain(r.ChainID, r.PacketInbox), Range: 8})
		if r.HasTokens() {
			lanes = append(lanes, delivery.Lane{Source: r.Name, SourceChainID: r.ChainID, Events: "statesync",
				Emitter: r.StateSender, Domain: eventpacket.DefaultDomain(devnet.BTTCChainID, d.ChildInbox), Range: 8})
		}
	}
	homes, err := delivery.Testnet(dir, delivery.TestnetOptions{Validators: d.Config.Validators, Host: host, Fast: true,
		SignerKeys: d.Validators, Genesis: delivery.Genesis{BorChainID: devnet.BTTCChainID, Epoch: 1, First: 0,
			Interval: d.CheckpointInterval, Lanes: lanes}})
	if err != nil {
		return "", nil, err
	}
	clients, err := d.Connect(ctx, evm.Options{}, nil)
	if err != nil {
		return "", nil, err
	}
	for _, r := range d.Roots {
		views[r.Name] = clients[r.Name]
	}
	var nodes []*delivery.Node
	// The nodes are not stopped one by one at the end: CometBFT v0.38's
	// consensus reactor can read a stopped node's closed block store from
	// a peer goroutine (a panic); the devnet's process exits instead, and
	// its Delivery data is thrown away with it.
	stop := func() { clients.Close() }
	for i, h := range homes {
		if i < d.Offline {
			continue // the devnet's offline validators (the first ones) do not run
		}
		n, err := delivery.StartNode(h, delivery.NodeOptions{BTTC: clients["bttc"], Chains: views})
		if err != nil {
			stop()
			return "", nil, err
		}
		nodes = append(nodes, n)
	}
	return nodes[0].RPC, stop, nil
}

// relayerDataDir is the devnet relayer's store directory, in the devnet's.
const relayerDataDir = "relayer-data"

// writeRelayerFiles writes the relayer's keystore, its passphrase file
// and relayer.toml.
func writeRelayerFiles(dir string, d *devnet.Devnet, blockTime time.Duration) error {
	// The relayer looks as often as blocks come, within [100ms, 2s].
	poll := min(max(blockTime, 100*time.Millisecond), 2*time.Second).String()
	var p [16]byte
	if _, err := rand.Read(p[:]); err != nil {
		return err
	}
	pass := hex.EncodeToString(p[:])
	key := d.RelayerKey(0)
	ks, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "keys", "relayer.json"), ks, 0o600); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "keys", "relayer.pass"), []byte(pass+"\n"), 0o600); err != nil {
		return err
	}
	cfg := fmt.Sprintf(`# bttcrelay relay run --config %s
# Written by "bttcrelay devnet": the relayer of the devnet in this directory.
network = "devnet"
manifest = "devnet.json"

[store]
# The embedded store (one file, no server). For several relayers on one
# database set postgres = "postgres://..." (or BTTCRELAY_POSTGRES).
dir = "`+relayerDataDir+`"

[keys]
keystore = "keys/relayer.json"
# Or set BTTCRELAY_PASSPHRASE.
passphrase_file = "keys/relayer.pass"

[http]
# The operator page, /metrics and /healthz.
listen = "127.0.0.1:9464"

[engine]
poll_interval = "%s"
# How often a task waiting for a checkpoint (and a checkpoint waiting for
# the one before it) is looked at again, and a sent transaction's receipt.
await_interval = "%s"
confirm_poll = "%s"
# A route is stalled (the page, /healthz and "relay status" say why) when
# its source's head stops for head_stall_blocks block times, a task fails
# stall_attempts times in a row, or a task waits (for a checkpoint, for
# signatures) longer than await_stall_after with nothing delivered.
head_stall_blocks = 30
stall_attempts = 3
await_stall_after = "2m"
`, filepath.Join(dir, "relayer.toml"), poll, poll, poll)
	return os.WriteFile(filepath.Join(dir, "relayer.toml"), []byte(cfg), 0o644)
}

func (a *app) trafficCmd() *cobra.Command {
	var (
		manifest                      string
		deposits, withdrawals, packet int
		root                          string
	)
	cmd := &cobra.Command{
		Use:   "traffic",
		Short: "Send user transactions to a running devnet: deposits, withdrawals (burns) and Event Packets",
		Long: `traffic sends the devnet user's transactions and exits when all are mined: deposits on the root
chain with the token bridge, withdrawals (a mint and a burn of the child token on BTTC, which a
relayer exits), and Event Packets from BTTC to each root chain in turn. It prints every hash.`,
		Example: `  bttcrelay devnet traffic --manifest ./devnet/devnet.json --deposits 3 --withdrawals 3 --packets 3`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if manifest == "" {
				return usagef("--manifest is required")
			}
			if deposits < 0 || withdrawals < 0 || packet < 0 {
				return usagef("counts must not be negative")
			}
			return a.runTraffic(cmd.Context(), manifest, root, deposits, withdrawals, packet)
		},
	}
	cmd.Flags().StringVar(&manifest, "manifest", "", "the devnet's devnet.json")
	cmd.Flags().IntVar(&deposits, "deposits", 0, "deposits to make")
	cmd.Flags().IntVar(&withdrawals, "withdrawals", 0, "withdrawals (burns) to make")
	cmd.Flags().IntVar(&packet, "packets", 0, "Event Packets to send")
	cmd.Flags().StringVar(&root, "root", "", "root chain for deposits and withdrawals (default: the one with the token bridge)")
	return cmd
}

// trafficTx is one sent transaction.
type trafficTx struct {
	Kind   string `json:"kind"`
	Chain  string `json:"chain"`
	Amount int64  `json:"amount"`
	Hash   string `json:"hash"`
}

func (a *app) runTraffic(ctx context.Context, path, root string, deposits, withdrawals, packets int) error {
	m, err := devnet.ReadManifest(path)
	if err != nil {
		return err
	}
	d, err := devnet.Attach(ctx, m)
	if err != nil {
		return err
	}
	defer d.Close()
	if root == "" {
		for _, r := range d.Roots {
			if r.HasTokens() {
				root = r.Name
			}
		}
	}
	var sent []trafficTx
	if !a.json && deposits+withdrawals+packets > 0 {
		fmt.Fprintf(a.out, "%-15s %-9s %6s  %s\n", "kind", "chain", "amount", "transaction")
	}
	report := func(t trafficTx) {
		sent = append(sent, t)
		if !a.json {
			fmt.Fprintf(a.out, "%-15s %-9s %6d  %s\n", t.Kind, t.Chain, t.Amount, t.Hash)
		}
	}
	for i := 0; i < deposits; i++ {
		amount := int64(1000 + i)
		tx, err := d.Deposit(ctx, root, amount)
		if err != nil {
			return fmt.Errorf("deposit %d: %w", i+1, err)
		}
		report(trafficTx{"deposit", root, amount, tx.Hash().Hex()})
	}
	for i := 0; i < withdrawals; i++ {
		amount := int64(100 + i)
		tx, err := d.Burn(ctx, root, amount)
		if err != nil {
			return fmt.Errorf("withdrawal %d: %w", i+1, err)
		}
		report(trafficTx{"withdrawal", "bttc", amount, tx.Hash().Hex()})
	}
	for i := 0; i < packets; i++ {
		dest := d.Roots[i%len(d.Roots)].Name
		amount := int64(10 + i)
		tx, err := d.SendPacket(ctx, dest, amount)
		if err != nil {
			return fmt.Errorf("packet %d: %w", i+1, err)
		}
		report(trafficTx{"packet→" + dest, "bttc", amount, tx.Hash().Hex()})
	}
	return a.print(sent, func(w io.Writer) {
		fmt.Fprintf(w, "%d transactions mined\n", len(sent))
	})
}
