package main

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/pelletier/go-toml/v2"
)

// config is relayer.toml. Unknown keys are errors (a typo never silently
// falls back to a default). Relative paths are relative to the file.
type config struct {
	// Network is "devnet" (chains, contracts and routes from Manifest),
	// "bttc-mainnet" or "bttc-donau" (presets; exits on the root chains
	// listed in Exits).
	Network  string `toml:"network"`
	Manifest string `toml:"manifest"`
	Store    struct {
		Dir      string `toml:"dir"`
		Postgres string `toml:"postgres"`
	} `toml:"store"`
	Keys struct {
		Keystore       string `toml:"keystore"`
		PassphraseFile string `toml:"passphrase_file"`
	} `toml:"keys"`
	HTTP struct {
		Listen string `toml:"listen"`
	} `toml:"http"`
	Engine struct {
		PollInterval  duration `toml:"poll_interval"`
		AwaitInterval duration `toml:"await_interval"`
		ConfirmPoll   duration `toml:"confirm_poll"`
		Owner         string   `toml:"owner"`
		// When a route is stalled (relay.Options; zero: the defaults).
		StallAfter      duration `toml:"stall_after"`
		HeadStallBlocks int      `toml:"head_stall_blocks"`
		StallAttempts   int      `toml:"stall_attempts"`
		AwaitStallAfter duration `toml:"await_stall_after"`
	} `toml:"engine"`
	// Chains gives the endpoints of a preset network's chains by name
	// ("bttc", "ethereum", "bsc": rpc; "tron": grpc and solidity).
	Chains map[string]chainConfig `toml:"chains"`
	// Exits are the exit routes of a preset network.
	Exits []exitConfig `toml:"exits"`

	dir string // the file's directory
}

type chainConfig struct {
	RPC []string `toml:"rpc"`
	// GRPC and Solidity are a TRON node's gRPC addresses (host:port): the
	// full node, and its solidity service when another port serves it.
	GRPC     string `toml:"grpc"`
	Solidity string `toml:"solidity"`
}

type exitConfig struct {
	Root        string           `toml:"root"`
	ChildTokens []common.Address `toml:"child_tokens"`
}

// duration reads "500ms" style strings.
type duration struct{ time.Duration }

func (d *duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

// Environment overrides, applied after the file.
const (
	envStoreDir   = "BTTCRELAY_STORE_DIR"
	envPostgres   = "BTTCRELAY_POSTGRES"
	envPassphrase = "BTTCRELAY_PASSPHRASE"
	envListen     = "BTTCRELAY_HTTP_LISTEN"
	envRPCPrefix  = "BTTCRELAY_RPC_" // + chain name in capitals: comma-separated URLs
)

func loadConfig(path string) (*config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c config
	dec := toml.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		var sm *toml.StrictMissingError
		if errors.As(err, &sm) {
			return nil, usagef("%s: %s", path, strings.TrimSpace(sm.String()))
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return nil, usagef("%s:%d:%d: %v", path, row, col, de)
		}
		return nil, usagef("%s: %v", path, err)
	}
	c.dir = filepath.Dir(path)
	if v := os.Getenv(envStoreDir); v != "" {
		c.Store.Dir = v
	}
	if v := os.Getenv(envPostgres); v != "" {
		c.Store.Postgres = v
	}
	if v := os.Getenv(envListen); v != "" {
		c.HTTP.Listen = v
	}
	for name := range c.Chains {
		if v := os.Getenv(envRPCPrefix + strings.ToUpper(name)); v != "" {
			c.Chains[name] = chainConfig{RPC: strings.Split(v, ",")}
		}
	}
	switch c.Network {
	case "devnet":
		if c.Manifest == "" {
			return nil, usagef("%s: network \"devnet\" needs manifest", path)
		}
	case "bttc-mainnet", "bttc-donau":
	case "":
		return nil, usagef("%s: set network (devnet, bttc-mainnet or bttc-donau)", path)
	default:
		return nil, usagef("%s: unknown network %q (devnet, bttc-mainnet or bttc-donau)", path, c.Network)
	}
	if c.Store.Dir == "" && c.Store.Postgres == "" {
		c.Store.Dir = "relayer-data"
	}
	return &c, nil
}

// path resolves p relative to the configuration file.
func (c *config) path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.dir, p)
}

// relayerKey decrypts the keystore with the passphrase from the
// environment or the passphrase file. Keys never come from the
// configuration in clear.
func (c *config) relayerKey() (*ecdsa.PrivateKey, error) {
	if c.Keys.Keystore == "" {
		return nil, usagef("[keys] keystore is not set")
	}
	js, err := os.ReadFile(c.path(c.Keys.Keystore))
	if err != nil {
		return nil, err
	}
	pass, err := passphrase(os.Getenv(envPassphrase), c.path(c.Keys.PassphraseFile))
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(js, pass)
	if err != nil {
		return nil, fmt.Errorf("decrypting %s: %w", c.Keys.Keystore, err)
	}
	return k.PrivateKey, nil
}

// passphrase returns env if set, else the first line of file.
func passphrase(env, file string) (string, error) {
	if env != "" {
		return env, nil
	}
	if file == "" {
		return "", usagef("no passphrase: set %s or a passphrase file", envPassphrase)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	return strings.TrimRight(strings.SplitN(string(b), "\n", 2)[0], "\r"), nil
}
