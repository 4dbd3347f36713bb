// Command bttc-delivery runs the Delivery Chain: BTTC's validator network
// on CometBFT (package delivery).
//
//	bttc-delivery testnet --validators 4 --out DIR [--interval 256] [--bor-chain-id 199]
//	bttc-delivery start --home DIR/node0 --bttc-rpc http://127.0.0.1:8545
//
// testnet writes the node homes (CometBFT configs on loopback ports, one
// genesis, each validator's signer key in an encrypted keystore with its
// passphrase in signer.pass — set BTTC_DELIVERY_PASSPHRASE and delete the
// file for anything but a testnet). start runs one node until
// interrupted; its RPC answers ABCI queries "/ready", "/ready/<start>"
// and "/status" (delivery.Client reads them for the relayer).
//
// Exit codes: 0 success, 1 failure, 2 usage error.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/delivery"
	"github.com/ethereum/go-ethereum/crypto"
)

type usageError struct{ error }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case err == nil:
	case errors.As(err, &usageError{}):
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

const usage = `usage:
  bttc-delivery testnet --validators N --out DIR [--interval BLOCKS] [--first BLOCK] [--bor-chain-id ID] [--epoch N] [--base-port P] [--lanes FILE]
  bttc-delivery start --home DIR --bttc-rpc URL [--chain NAME=URL ...] [--confirmations N]`

func run(ctx context.Context, args []string, out, errOut io.Writer) error {
	if len(args) == 0 {
		return usageError{errors.New(usage)}
	}
	switch args[0] {
	case "testnet":
		return testnet(args[1:], out)
	case "start":
		return start(ctx, args[1:], out, errOut)
	case "-h", "--help", "help":
		fmt.Fprintln(out, usage)
		return nil
	}
	return usageError{fmt.Errorf("unknown command %q\n%s", args[0], usage)}
}

// parseFlags parses a command's flags; --help (or -h) prints the command's
// usage and flags to out and reports help (the command then exits 0).
func parseFlags(fs *flag.FlagSet, args []string, out io.Writer) (help bool, err error) {
	err = fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(out, "usage of bttc-delivery %s:\n", fs.Name())
		fs.SetOutput(out)
		fs.PrintDefaults()
		return true, nil
	}
	if err != nil {
		return false, usageError{fmt.Errorf("%v\n%s", err, usage)}
	}
	return false, nil
}

func testnet(args []string, out io.Writer) error {
	fs := flag.NewFlagSet("testnet", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	n := fs.Int("validators", 4, "number of validators")
	dir := fs.String("out", "", "directory for the node homes")
	interval := fs.Uint64("interval", 256, "BTTC blocks per checkpoint")
	first := fs.Uint64("first", 0, "first checkpointed BTTC block")
	chainID := fs.Uint64("bor-chain-id", 199, "the BTTC chain id in checkpoints")
	epoch := fs.Uint64("epoch", 1, "the epoch in checkpoints")
	base := fs.Int("base-port", 26600, "node i uses ports base+2i (P2P) and base+2i+1 (RPC); 0 picks free ports")
	lanesFile := fs.String("lanes", "", "a JSON file of Event Packet lanes (delivery.Lane) the network signs batches of")
	if help, err := parseFlags(fs, args, out); help || err != nil {
		return err
	}
	if *dir == "" || *n < 1 {
		return usageError{fmt.Errorf("--out and --validators ≥ 1 are required\n%s", usage)}
	}
	var lanes []delivery.Lane
	if *lanesFile != "" {
		b, err := os.ReadFile(*lanesFile)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &lanes); err != nil {
			return usageError{fmt.Errorf("--lanes %s: %w", *lanesFile, err)}
		}
	}
	homes, err := delivery.Testnet(*dir, delivery.TestnetOptions{Validators: *n, BasePort: *base,
		Genesis: delivery.Genesis{BorChainID: *chainID, Epoch: *epoch, First: *first, Interval: *interval, Lanes: lanes}})
	if err != nil {
		return err
	}
	for i, h := range homes {
		signer, err := delivery.LoadSigner(h)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "node%d  %s  signer %s\n", i, h, crypto.PubkeyToAddress(signer.PublicKey))
	}
	fmt.Fprintln(out, "start each with: bttc-delivery start --home <home> --bttc-rpc <BTTC JSON-RPC URL>")
	return nil
}

func start(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("start", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	home := fs.String("home", "", "the node's home (from testnet)")
	rpcURL := fs.String("bttc-rpc", "", "a BTTC node's JSON-RPC URL: the validator's own view of BTTC")
	confirmations := fs.Uint64("confirmations", 64, "blocks until final on BTTC and the lanes' chains (BTTC's sprint is 64)")
	var sources chainFlags
	fs.Var(&sources, "chain", "NAME=URL of a packet lane's source chain (repeat)")
	if help, err := parseFlags(fs, args, out); help || err != nil {
		return err
	}
	if *home == "" || *rpcURL == "" {
		return usageError{fmt.Errorf("--home and --bttc-rpc are required\n%s", usage)}
	}
	preset := evm.BTTC()
	preset.Finality = chains.Finality{Confirmations: *confirmations}
	bttc, err := evm.DialAny(ctx, preset, *rpcURL, evm.Options{})
	if err != nil {
		return err
	}
	defer bttc.Close()
	views := map[string]chains.Reader{}
	for name, url := range sources {
		p := evm.Preset{Name: name, Finality: chains.Finality{Confirmations: *confirmations}}
		c, err := evm.DialAny(ctx, p, url, evm.Options{})
		if err != nil {
			return err
		}
		defer c.Close()
		views[name] = c
	}
	logger := slog.New(slog.NewTextHandler(errOut, nil))
	node, err := delivery.StartNode(*home, delivery.NodeOptions{BTTC: bttc, Chains: views, Logger: logger})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "delivery node running; RPC %s (ABCI queries /ready, /status)\n", node.RPC)
	<-ctx.Done()
	return node.Stop()
}

// chainFlags collect --chain NAME=URL.
type chainFlags map[string]string

func (c *chainFlags) String() string { return fmt.Sprint(map[string]string(*c)) }

func (c *chainFlags) Set(v string) error {
	name, url, ok := strings.Cut(v, "=")
	if !ok || name == "" || url == "" {
		return fmt.Errorf("want NAME=URL, got %q", v)
	}
	if *c == nil {
		*c = chainFlags{}
	}
	(*c)[name] = url
	return nil
}
