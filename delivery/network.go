package delivery

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bttc-relay/sdk/chains"
	cfg "github.com/cometbft/cometbft/config"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/viper"
)

// Files of a node home besides CometBFT's config/ and data/.
const (
	// SignerKeyFile is the validator's secp256k1 signer key, a go-ethereum
	// encrypted keystore; its passphrase comes from PassphraseEnv or
	// SignerPassFile.
	SignerKeyFile  = "signer.json"
	SignerPassFile = "signer.pass"
	PassphraseEnv  = "BTTC_DELIVERY_PASSPHRASE"
)

// TestnetOptions shape a testnet's homes.
type TestnetOptions struct {
	Validators int
	// Host and BasePort: node i listens for P2P on BasePort+2i and serves
	// RPC on BasePort+2i+1 (BasePort 0 picks free ports).
	Host     string
	BasePort int
	// Genesis is the application's genesis; its Validators are filled in.
	Genesis Genesis
	// Fast sets short consensus timeouts (tests, devnets).
	Fast bool
	// SignerKeys, if set, are the validators' signer keys (else new ones).
	SignerKeys []*ecdsa.PrivateKey
	// Passphrase encrypts the signer keystores (written to signer.pass
	// for a testnet; production validators set PassphraseEnv instead).
	Passphrase string
}

// Testnet writes n node homes under dir (dir/node0 …): CometBFT configs on
// loopback ports with every node a persistent peer of the others, one
// genesis (CometBFT validators with ed25519 consensus keys; the app state
// pairing them with secp256k1 signer keys), and each validator's signer
// key in an encrypted keystore. It returns the homes.
func Testnet(dir string, o TestnetOptions) ([]string, error) {
	if o.Validators < 1 {
		return nil, fmt.Errorf("delivery: %d validators", o.Validators)
	}
	if o.Host == "" {
		o.Host = "127.0.0.1"
	}
	if o.Passphrase == "" {
		o.Passphrase = "delivery-testnet"
	}
	ports := make([]int, 2*o.Validators)
	for i := range ports {
		if o.BasePort != 0 {
			ports[i] = o.BasePort + i
			continue
		}
		p, err := freePort(o.Host)
		if err != nil {
			return nil, err
		}
		ports[i] = p
	}
	var (
		homes   []string
		configs []*cfg.Config
		ids     []string
		gvals   []cmttypes.GenesisValidator
	)
	gen := o.Genesis
	gen.Validators = nil
	for i := 0; i < o.Validators; i++ {
		home := filepath.Join(dir, fmt.Sprintf("node%d", i))
		c := cfg.DefaultConfig()
		c.SetRoot(home)
		cfg.EnsureRoot(home)
		c.Moniker = fmt.Sprintf("node%d", i)
		c.P2P.ListenAddress = fmt.Sprintf("tcp://%s:%d", o.Host, ports[2*i])
		c.RPC.ListenAddress = fmt.Sprintf("tcp://%s:%d", o.Host, ports[2*i+1])
		c.P2P.AllowDuplicateIP = true
		c.P2P.AddrBookStrict = false
		c.P2P.PexReactor = false
		c.Instrumentation.Prometheus = false
		// Checkpoints are read through the application, not by transaction.
		c.TxIndex.Indexer = "null"
		if o.Fast {
			c.P2P.FlushThrottleTimeout = 10 * time.Millisecond
			c.Consensus.PeerGossipSleepDuration = 10 * time.Millisecond
			c.Consensus.PeerQueryMaj23SleepDuration = 100 * time.Millisecond
			c.Consensus.TimeoutPropose = 400 * time.Millisecond
			c.Consensus.TimeoutProposeDelta = 100 * time.Millisecond
			c.Consensus.TimeoutPrevote = 200 * time.Millisecond
			c.Consensus.TimeoutPrevoteDelta = 100 * time.Millisecond
			c.Consensus.TimeoutPrecommit = 200 * time.Millisecond
			c.Consensus.TimeoutPrecommitDelta = 100 * time.Millisecond
			c.Consensus.TimeoutCommit = 100 * time.Millisecond
		}
		pv := privval.LoadOrGenFilePV(c.PrivValidatorKeyFile(), c.PrivValidatorStateFile())
		nk, err := p2p.LoadOrGenNodeKey(c.NodeKeyFile())
		if err != nil {
			return nil, err
		}
		pub, err := pv.GetPubKey()
		if err != nil {
			return nil, err
		}
		var sk *ecdsa.PrivateKey
		if i < len(o.SignerKeys) {
			sk = o.SignerKeys[i]
		} else if sk, err = crypto.GenerateKey(); err != nil {
			return nil, err
		}
		if err := writeSigner(home, sk, o.Passphrase); err != nil {
			return nil, err
		}
		gvals = append(gvals, cmttypes.GenesisValidator{Address: pub.Address(), PubKey: pub, Power: 10, Name: c.Moniker})
		gen.Validators = append(gen.Validators, GenesisValidator{ConsensusAddress: pub.Address().Bytes(),
			Signer: crypto.PubkeyToAddress(sk.PublicKey), Power: 1})
		homes, configs, ids = append(homes, home), append(configs, c), append(ids, string(nk.ID()))
	}
	appState, err := json.Marshal(gen)
	if err != nil {
		return nil, err
	}
	params := cmttypes.DefaultConsensusParams()
	params.ABCI.VoteExtensionsEnableHeight = 1
	doc := &cmttypes.GenesisDoc{ChainID: "bttc-delivery-testnet", GenesisTime: time.Now().UTC(), ConsensusParams: params,
		Validators: gvals, AppState: appState}
	for i, c := range configs {
		var peers []string
		for j := range configs {
			if j != i {
				peers = append(peers, fmt.Sprintf("%s@%s:%d", ids[j], o.Host, ports[2*j]))
			}
		}
		c.P2P.PersistentPeers = strings.Join(peers, ",")
		if err := doc.SaveAs(c.GenesisFile()); err != nil {
			return nil, err
		}
		cfg.WriteConfigFile(filepath.Join(c.RootDir, "config", "config.toml"), c)
	}
	return homes, nil
}

func freePort(host string) (int, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func writeSigner(home string, key *ecdsa.PrivateKey, pass string) error {
	js, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(home, SignerKeyFile), js, 0o600); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(home, SignerPassFile), []byte(pass+"\n"), 0o600)
}

// LoadSigner decrypts a home's signer key with the passphrase from
// PassphraseEnv or, failing that, the home's signer.pass.
func LoadSigner(home string) (*ecdsa.PrivateKey, error) {
	js, err := os.ReadFile(filepath.Join(home, SignerKeyFile))
	if err != nil {
		return nil, err
	}
	pass := os.Getenv(PassphraseEnv)
	if pass == "" {
		b, err := os.ReadFile(filepath.Join(home, SignerPassFile))
		if err != nil {
			return nil, fmt.Errorf("delivery: no passphrase (%s or %s): %w", PassphraseEnv, SignerPassFile, err)
		}
		pass = strings.TrimSpace(string(b))
	}
	k, err := keystore.DecryptKey(js, pass)
	if err != nil {
		return nil, fmt.Errorf("delivery: decrypting the signer key: %w", err)
	}
	return k.PrivateKey, nil
}

// Node is a running Delivery node.
type Node struct {
	App  *App
	node *node.Node
	// RPC is the node's CometBFT RPC address ("http://127.0.0.1:port").
	RPC string

	stopWatch func()
}

// NodeOptions configure StartNode.
type NodeOptions struct {
	// BTTC is the node's view of BTTC; Chains its views of the packet
	// lanes' other source chains, by name.
	BTTC   chains.Reader
	Chains map[string]chains.Reader
	// Fault is for tests.
	Fault Fault
	// Logger receives the application's logs; CometBFT's own go to
	// CometLog (default: none).
	Logger   *slog.Logger
	CometLog cmtlog.Logger
	// HaltAfter: see Config.HaltAfter.
	HaltAfter time.Duration
}

// StartNode starts the node in home (written by Testnet). Stop it with
// Stop; a restarted node replays its blocks into a new App.
func StartNode(home string, o NodeOptions) (*Node, error) {
	c := cfg.DefaultConfig()
	c.SetRoot(home)
	if err := loadConfig(c); err != nil {
		return nil, err
	}
	signer, err := LoadSigner(home)
	if err != nil {
		return nil, err
	}
	app := NewApp(Config{BTTC: o.BTTC, Chains: o.Chains, Signer: signer, Fault: o.Fault, Logger: o.Logger, HaltAfter: o.HaltAfter})
	nk, err := p2p.LoadNodeKey(c.NodeKeyFile())
	if err != nil {
		return nil, err
	}
	logger := o.CometLog
	if logger == nil {
		logger = cmtlog.NewNopLogger()
	}
	n, err := node.NewNode(c, privval.LoadFilePV(c.PrivValidatorKeyFile(), c.PrivValidatorStateFile()), nk,
		proxy.NewLocalClientCreator(app), node.DefaultGenesisDocProviderFunc(c), cfg.DefaultDBProvider,
		node.DefaultMetricsProvider(c.Instrumentation), logger)
	if err != nil {
		return nil, err
	}
	if err := n.Start(); err != nil {
		return nil, err
	}
	rpc := strings.Replace(c.RPC.ListenAddress, "tcp://", "http://", 1)
	ctx, cancel := context.WithCancel(context.Background())
	go app.watchHalt(ctx)
	return &Node{App: app, node: n, RPC: rpc, stopWatch: cancel}, nil
}

// Stop stops the node and waits for it.
func (n *Node) Stop() error {
	n.stopWatch()
	if err := n.node.Stop(); err != nil {
		return err
	}
	n.node.Wait()
	return nil
}

// Height is the node's latest committed height.
func (n *Node) Height() int64 { return n.node.BlockStore().Height() }

// NodeRPC returns the RPC URL a home's node serves.
func NodeRPC(home string) (string, error) {
	c := cfg.DefaultConfig()
	c.SetRoot(home)
	if err := loadConfig(c); err != nil {
		return "", err
	}
	return strings.Replace(c.RPC.ListenAddress, "tcp://", "http://", 1), nil
}

// loadConfig reads home/config/config.toml into c.
func loadConfig(c *cfg.Config) error {
	path := filepath.Join(c.RootDir, "config", "config.toml")
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("delivery: %s: %w (run the testnet command first)", path, err)
	}
	return readTOMLConfig(path, c)
}

func readTOMLConfig(path string, c *cfg.Config) error {
	v := viper.New()
	v.SetConfigFile(path)
	if err := v.ReadInConfig(); err != nil {
		return fmt.Errorf("delivery: reading %s: %w", path, err)
	}
	root := c.RootDir
	if err := v.Unmarshal(c); err != nil {
		return fmt.Errorf("delivery: %s: %w", path, err)
	}
	c.SetRoot(root)
	return c.ValidateBasic()
}
