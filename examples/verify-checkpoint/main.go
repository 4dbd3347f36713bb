// Command verify-checkpoint is what a DApp does to trust a bridge
// without trusting its relayer: it takes a burn on BTTC, finds the
// checkpoint on the root chain that covers it, checks that checkpoint's
// submission off-chain (the signatures strictly against the validator
// set, the root against BTTC's own bor_getRootHash), then builds and
// checks the exit proof against the stored checkpoint.
//
// To run offline it first starts a devnet (in process) and a relayer that
// checkpoints BTTC; the DApp part (verifyCheckpoint, verifyExit) only
// reads the chains.
//
//	go run ./examples/verify-checkpoint
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := Run(ctx, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "verify-checkpoint FAILED:", err)
		os.Exit(1)
	}
}

// Run sets up the devnet, makes a burn, and verifies as a DApp.
func Run(ctx context.Context, out io.Writer) error {
	d, err := devnet.New(ctx, devnet.Config{Offline: 1})
	if err != nil {
		return err
	}
	defer d.Close()
	defer d.Mine(50 * time.Millisecond)()
	dir, err := os.MkdirTemp("", "verify-checkpoint-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	stopRelayer, err := startRelayer(ctx, d, dir)
	if err != nil {
		return err
	}
	defer stopRelayer()

	eth := d.Root("ethereum")
	burn, err := d.Burn(ctx, "ethereum", 77)
	if err != nil {
		return err
	}
	rec, err := d.BTTC.Client.TransactionReceipt(ctx, burn.Hash())
	if err != nil {
		return err
	}
	block := rec.BlockNumber.Uint64()
	fmt.Fprintf(out, "a user burned 77 tokens on BTTC in block %d (tx %s)\n\n", block, burn.Hash())

	// --- The DApp: only chain reads from here on. ---
	fmt.Fprintln(out, "DApp: is there a checkpoint on Ethereum covering the block, and is it sound?")
	clients, err := d.Connect(ctx, evm.Options{}, nil)
	if err != nil {
		return err
	}
	defer clients.Close()
	hb, err := waitCheckpoint(ctx, clients["ethereum"], eth.CheckpointManager, block)
	if err != nil {
		return err
	}
	if err := verifyCheckpoint(ctx, out, eth.Client, d.BTTC.Client, eth.CheckpointManager, hb, d.Set); err != nil {
		return err
	}
	fmt.Fprintln(out, "\nDApp: the exit proof for the burn, checked against the stored checkpoint")
	return verifyExit(ctx, out, clients["bttc"], burn.Hash(), eth.ChildToken, hb)
}

// startRelayer runs the devnet's checkpoint routes (what the DApp checks
// was submitted by someone else).
func startRelayer(ctx context.Context, d *devnet.Devnet, dir string) (func(), error) {
	clients, err := d.Connect(ctx, evm.Options{}, nil)
	if err != nil {
		return nil, err
	}
	store, err := boltstore.Open(dir)
	if err != nil {
		clients.Close()
		return nil, err
	}
	var rs []*relay.Route
	for _, r := range d.Routes(clients, d.RelayerKey(0), nil) {
		if strings.HasPrefix(r.Name, "checkpoint-") {
			rs = append(rs, r)
		}
	}
	eng, err := relay.New(store, relay.Options{PollInterval: 100 * time.Millisecond, AwaitInterval: 200 * time.Millisecond,
		ConfirmPoll: 100 * time.Millisecond}, rs...)
	if err != nil {
		store.Close()
		clients.Close()
		return nil, err
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()
	return func() { cancel(); <-done; store.Close(); clients.Close() }, nil
}

// waitCheckpoint finds (waiting for it) the stored checkpoint covering
// block: exit.Finder does the binary search over the root contract.
func waitCheckpoint(ctx context.Context, root *evm.Client, manager common.Address, block uint64) (checkpoint.HeaderBlock, error) {
	// The finder reads the root chain at its final head.
	finder := &exit.Finder{Root: exitrpc.NewRootChainContract(root, manager), Head: root}
	for {
		hb, err := finder.Find(ctx, block)
		if err == nil {
			return hb, nil
		}
		if !errors.Is(err, exit.ErrNotFound) {
			return hb, err
		}
		select {
		case <-ctx.Done():
			return hb, fmt.Errorf("no checkpoint covers block %d: %w", block, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// verifyCheckpoint checks the stored checkpoint hb: the submission's
// calldata strictly (signatures of the validator set, canonical encoding,
// BTTC layout and chain id), and its root against BTTC's bor_getRootHash.
func verifyCheckpoint(ctx context.Context, out io.Writer, root, child *ethclient.Client, manager common.Address,
	hb checkpoint.HeaderBlock, set *sigagg.ValidatorSet) error {
	f, err := contracts.NewCheckpointManagerFilterer(manager, root)
	if err != nil {
		return err
	}
	it, err := f.FilterNewHeaderBlock(&bind.FilterOpts{Context: ctx}, nil, []*big.Int{hb.ID}, nil)
	if err != nil {
		return err
	}
	defer it.Close()
	if !it.Next() {
		return fmt.Errorf("no NewHeaderBlock event for checkpoint %s", hb.ID)
	}
	tx, _, err := root.TransactionByHash(ctx, it.Event.Raw.TxHash)
	if err != nil {
		return err
	}
	v, err := checkpoint.Verify(tx.Data(), set, checkpoint.Expect{Layout: bttc.BTTC, ChainID: devnet.BTTCChainID, Quorum: sigagg.CountQuorum})
	if err != nil {
		return fmt.Errorf("checkpoint %s fails the strict check: %w", hb.ID, err)
	}
	if v.Data.RootHash != hb.Root || v.Data.StartBlock != hb.Start || v.Data.EndBlock != hb.End {
		return fmt.Errorf("the submitted data differs from what the contract stored")
	}
	fmt.Fprintf(out, "  checkpoint %s: blocks %d–%d, submitted in %s\n", hb.ID, hb.Start, hb.End, tx.Hash())
	fmt.Fprintf(out, "  signatures: %d validators of %d signed (strict: canonical, sorted, distinct, quorum met)\n", len(v.Signatures.Signers), set.Len())
	var rootHex string
	if err := child.Client().CallContext(ctx, &rootHex, "bor_getRootHash", hb.Start, hb.End); err != nil {
		return err
	}
	own := common.HexToHash(rootHex)
	if own != hb.Root {
		return fmt.Errorf("BTTC's root for %d–%d is %s, the checkpoint says %s", hb.Start, hb.End, own, hb.Root)
	}
	fmt.Fprintf(out, "  root %s = BTTC's bor_getRootHash(%d, %d)\n", own, hb.Start, hb.End)
	return nil
}

// verifyExit builds the burn's exit proof from BTTC and checks it against
// the stored checkpoint in strict mode.
func verifyExit(ctx context.Context, out io.Writer, child *evm.Client, burn common.Hash, childToken common.Address, hb checkpoint.HeaderBlock) error {
	p, err := (&exit.Builder{Chain: exitrpc.NewChildChainNode(child), Layout: bttc.BTTC}).Build(ctx, burn, childToken, hb)
	if err != nil {
		return err
	}
	w, err := exit.Verify(p, exit.Expect{HeaderBlock: hb, ChildToken: childToken, Layout: bttc.BTTC, ProofMode: mpt.StrictMode})
	if err != nil {
		return fmt.Errorf("the exit proof fails: %w", err)
	}
	enc, err := p.Encode()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "  exit proof: %d bytes; strict verification: %s withdraws %s of %s (exit hash %s)\n", len(enc), w.Withdrawer, w.Amount, w.ChildToken, w.ExitHash)
	// One byte of the block proof changed: the DApp must refuse it.
	bad := *p
	bad.BlockProof = append([]byte(nil), p.BlockProof...)
	bad.BlockProof[0] ^= 1
	_, err = exit.Verify(&bad, exit.Expect{HeaderBlock: hb, ChildToken: childToken, Layout: bttc.BTTC, ProofMode: mpt.StrictMode})
	if !errors.Is(err, exit.ErrBlockProof) {
		return fmt.Errorf("a corrupted block proof gave %v, want ErrBlockProof", err)
	}
	fmt.Fprintf(out, "  the same proof with one block-proof byte changed: rejected (%s)\n", exit.ErrBlockProof)
	return nil
}
