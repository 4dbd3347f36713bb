package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/url"
	"os"
	"strings"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// input is what an argument gave: "-" (stdin), a file's contents, or the
// argument itself when it names no file (inline data).
type input struct {
	data   []byte
	arg    string
	inline bool
}

// readInput reads "-" (stdin), a file, or the argument itself when no
// file has that name. A file that exists but cannot be read is an error.
func readInput(cmd *cobra.Command, arg string) (input, error) {
	switch {
	case arg == "-":
		b, err := io.ReadAll(cmd.InOrStdin())
		return input{data: b, arg: arg}, err
	case arg == "":
		return input{}, usagef("no input")
	}
	if _, err := os.Stat(arg); err != nil {
		// No such file (or no possible one: a long hex string is too
		// long a name): the argument is the data.
		return input{data: []byte(arg), arg: arg, inline: true}, nil
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		return input{}, fmt.Errorf("reading %s: %w", arg, err)
	}
	return input{data: b, arg: arg}, nil
}

// bad is the error for input that is not what (a description) because of
// err: an argument read inline most likely meant a file that does not
// exist, and is named as such.
func (in input) bad(what string, err error) error {
	if in.inline {
		return usagef("no such file: %s (nor is the argument itself %s: %v)", in.arg, what, err)
	}
	return usagef("%s is not %s: %v", in.source(), what, err)
}

// source names where the input came from.
func (in input) source() string {
	switch {
	case in.arg == "-":
		return "stdin"
	case in.inline:
		return "the argument"
	}
	return in.arg
}

// readHex reads hex input (0x optional, whitespace ignored).
func readHex(cmd *cobra.Command, arg, what string) ([]byte, error) {
	in, err := readInput(cmd, arg)
	if err != nil {
		return nil, err
	}
	s := strings.Join(strings.Fields(string(in.data)), "")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	b, err := hexutil.Decode("0x" + s)
	if err != nil {
		return nil, in.bad(what+" in hex", err)
	}
	return b, nil
}

// readValidators reads "addr[ power]" lines (or a comma-separated list);
// the power defaults to 1 (BTTC counts one vote per validator).
func readValidators(cmd *cobra.Command, arg string) (*sigagg.ValidatorSet, error) {
	in, err := readInput(cmd, arg)
	if err != nil {
		return nil, err
	}
	var vals []sigagg.Validator
	sc := bufio.NewScanner(strings.NewReader(strings.ReplaceAll(string(in.data), ",", "\n")))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if !common.IsHexAddress(f[0]) {
			return nil, in.bad("a validator list", fmt.Errorf("%q is not an address", f[0]))
		}
		power := big.NewInt(1)
		if len(f) > 1 {
			if _, ok := power.SetString(f[1], 10); !ok {
				return nil, usagef("validator %s: power %q is not a number", f[0], f[1])
			}
		}
		vals = append(vals, sigagg.Validator{Address: common.HexToAddress(f[0]), Power: power})
	}
	set, err := sigagg.NewValidatorSet(vals)
	if err != nil {
		return nil, in.bad("a validator list", err)
	}
	return set, nil
}

func parseLayout(s string) (bttc.Layout, error) {
	switch s {
	case "bttc":
		return bttc.BTTC, nil
	case "upstream":
		return bttc.Upstream, nil
	}
	return 0, usagef("--layout %q: bttc or upstream", s)
}

func parsePolicy(s string) (sigagg.Policy, error) {
	switch s {
	case "count":
		return sigagg.CountQuorum, nil
	case "power":
		return sigagg.PowerQuorum, nil
	}
	return 0, usagef("--quorum %q: count (BTTC) or power", s)
}

// requireFlags names every required flag that was not given.
func requireFlags(cmd *cobra.Command, names ...string) error {
	var missing []string
	for _, n := range names {
		if f := cmd.Flags().Lookup(n); f == nil || f.Value.String() == "" {
			missing = append(missing, "--"+n)
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return usagef("%s is required", missing[0])
	}
	return usagef("%s are required", strings.Join(missing, ", "))
}

// checkRPCURL refuses a node URL that is not one: "notaurl" would
// otherwise be dialed as an IPC socket path.
func checkRPCURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return usagef("%q is not a node URL (http://host:port, https, ws or wss)", raw)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
		return nil
	}
	return usagef("%q is not a node URL: scheme %q (http, https, ws or wss)", raw, u.Scheme)
}

// progress is a bar on a terminal, nothing otherwise.
func (a *app) progress(n int, what string) *progressbar.ProgressBar {
	f, ok := a.errOut.(*os.File)
	if a.json || !ok || !term.IsTerminal(int(f.Fd())) {
		return progressbar.DefaultSilent(int64(n), what)
	}
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(a.errOut), progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
}

func (a *app) checkpointCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "checkpoint", Short: "Compute and verify checkpoints"}
	cmd.AddCommand(a.checkpointRootCmd(), a.checkpointVerifyCmd())
	return cmd
}

func (a *app) checkpointRootCmd() *cobra.Command {
	var (
		rpcURL, headers     string
		start, end, chainID uint64
	)
	cmd := &cobra.Command{
		Use:   "root",
		Short: "The checkpoint root of a BTTC block range, from a node or a headers file",
		Long: `root computes the Merkle root a checkpoint commits to for blocks [start, end]: from a node
(--rpc, one header per block, a progress bar on a terminal), or from a JSON file of headers as
eth_getBlockByNumber returns them (--headers).`,
		Example: `  bttcrelay checkpoint root --rpc http://127.0.0.1:8545 --start 1 --end 1024
  bttcrelay checkpoint root --headers headers.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var hs []*types.Header
			switch {
			case headers != "" && rpcURL != "":
				return usagef("give --rpc or --headers, not both")
			case rpcURL != "" && (!cmd.Flags().Changed("start") || !cmd.Flags().Changed("end")):
				return usagef("--rpc needs --start and --end (the checkpoint's first and last block)")
			case headers == "" && rpcURL == "" && (cmd.Flags().Changed("start") || cmd.Flags().Changed("end")):
				return usagef("--start and --end go with --rpc")
			case headers != "":
				in, err := readInput(cmd, headers)
				if err != nil {
					return err
				}
				if err := json.Unmarshal(in.data, &hs); err != nil {
					return in.bad("a JSON array of headers (--headers)", err)
				}
			case rpcURL != "":
				if end < start {
					return usagef("--end %d is before --start %d", end, start)
				}
				if err := checkRPCURL(rpcURL); err != nil {
					return err
				}
				cl, err := rpc.DialContext(cmd.Context(), rpcURL)
				if err != nil {
					return err
				}
				defer cl.Close()
				var id hexutil.Big
				if err := cl.CallContext(cmd.Context(), &id, "eth_chainId"); err != nil {
					return fmt.Errorf("--rpc %s: reading the chain id: %w", rpcURL, err)
				}
				if id.ToInt().Uint64() != chainID || !id.ToInt().IsUint64() {
					return usagef("--rpc %s serves chain %s, not %d (BTTC mainnet is 199, Donau 1029; --chain-id to choose)", rpcURL, id.ToInt(), chainID)
				}
				bar := a.progress(int(end-start+1), "headers")
				for n := start; n <= end; n++ {
					var h *types.Header
					if err := cl.CallContext(cmd.Context(), &h, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
						return fmt.Errorf("block %d: %w", n, err)
					}
					if h == nil {
						return fmt.Errorf("block %d: not found", n)
					}
					hs = append(hs, h)
					_ = bar.Add(1)
				}
				_ = bar.Finish()
			default:
				return usagef("give --rpc with --start and --end, or --headers")
			}
			root, err := checkpoint.RootHash(hs)
			if err != nil {
				return err
			}
			first, last := uint64(0), uint64(0)
			if len(hs) > 0 {
				first, last = hs[0].Number.Uint64(), hs[len(hs)-1].Number.Uint64()
			}
			out := map[string]any{"start": first, "end": last, "headers": len(hs), "root": root}
			return a.print(out, func(w io.Writer) {
				fmt.Fprintf(w, "blocks %d–%d (%d headers): root %s\n", first, last, len(hs), root)
			})
		},
	}
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "a BTTC node's JSON-RPC URL (http, https, ws or wss)")
	cmd.Flags().Uint64Var(&chainID, "chain-id", 199, "the chain id --rpc must serve (BTTC mainnet 199, Donau 1029, a devnet's from its devnet.json)")
	cmd.Flags().Uint64Var(&start, "start", 0, "first block")
	cmd.Flags().Uint64Var(&end, "end", 0, "last block")
	cmd.Flags().StringVar(&headers, "headers", "", "a JSON file of headers (- for stdin)")
	return cmd
}

// verdict is what checkpoint verify prints.
type verdict struct {
	Valid      bool              `json:"valid"`
	Reason     string            `json:"reason,omitempty"`
	Kind       string            `json:"kind,omitempty"`
	Checkpoint *checkpoint.Data  `json:"checkpoint,omitempty"`
	Layout     string            `json:"layout,omitempty"`
	VoteHash   *common.Hash      `json:"voteHash,omitempty"`
	Signatures []signatureReport `json:"signatures,omitempty"`
	Contract   *contractReport   `json:"contract,omitempty"`
}

type signatureReport struct {
	Index     int             `json:"index"`
	Signer    *common.Address `json:"signer,omitempty"`
	Validator bool            `json:"validator"`
	Error     string          `json:"error,omitempty"`
}

type contractReport struct {
	Accepted bool   `json:"accepted"`
	Counted  string `json:"counted"`
	Needed   string `json:"needed"`
	Reason   string `json:"reason,omitempty"`
}

// errorKind names the typed kind of err ("" if none).
func errorKind(err error) string {
	var ce *checkpoint.Error
	var se *sigagg.Error
	var qe *sigagg.QuorumError
	var xe *exit.Error
	var pe *eventpacket.Error
	switch {
	case errors.As(err, &ce):
		return string(ce.Kind)
	case errors.As(err, &qe):
		return string(sigagg.ErrQuorum)
	case errors.As(err, &se):
		return string(se.Kind)
	case errors.As(err, &xe):
		return string(xe.Kind)
	case errors.As(err, &pe):
		return string(pe.Kind)
	}
	return ""
}

func (a *app) checkpointVerifyCmd() *cobra.Command {
	var (
		calldata, validators, layout, quorum string
		chainID                              uint64
	)
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Verify submitCheckpoint calldata: the decoded checkpoint, each signer, the contract's count, the verdict",
		Long: `verify reads the calldata of a submitCheckpoint transaction (hex, a file, or - for stdin) and a
validator list (one address per line with an optional power, or comma-separated), and prints the
decoded checkpoint, the signer of each signature, what the root contract's loop would count
(sigagg.SimulateOnChain), and the strict verdict (checkpoint.Verify) with its typed reason.
Exit code 0: valid; 3: invalid.`,
		Example: `  bttcrelay checkpoint verify --calldata tx.hex --validators validators.txt
  cat tx.hex | bttcrelay checkpoint verify --calldata - --validators 0xabc…,0xdef…,0x123… --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lay, err := parseLayout(layout)
			if err != nil {
				return err
			}
			pol, err := parsePolicy(quorum)
			if err != nil {
				return err
			}
			data, err := readHex(cmd, calldata, "--calldata")
			if err != nil {
				return err
			}
			set, err := readValidators(cmd, validators)
			if err != nil {
				return err
			}
			v := verdict{}
			// What the contract does with it (decoded as the contract
			// decodes, signers as ecrecover returns them).
			if signBytes, sigs, err := checkpoint.UnpackSubmitCheckpointAsContract(data); err == nil {
				if c, l, err := checkpoint.DecodeSignBytes(signBytes); err == nil {
					vh := c.VoteHash(l)
					v.Checkpoint, v.Layout, v.VoteHash = c, l.String(), &vh
					for i := range sigs {
						r := signatureReport{Index: i}
						if addr, err := recoverSigner(vh, sigs[i]); err == nil {
							r.Signer = &addr
							_, r.Validator = set.Index(addr)
						} else {
							r.Error = err.Error()
						}
						v.Signatures = append(v.Signatures, r)
					}
					res := sigagg.SimulateOnChain(vh, sigs, set, pol, sigagg.OnChainOptions{})
					v.Contract = &contractReport{Accepted: res.Accepted, Counted: res.Got.String(), Needed: res.Needed.String(), Reason: res.Reason()}
				}
			}
			_, verr := checkpoint.Verify(data, set, checkpoint.Expect{Layout: lay, ChainID: chainID, Quorum: pol})
			v.Valid = verr == nil
			if verr != nil {
				v.Reason, v.Kind = verr.Error(), errorKind(verr)
			}
			if err := a.print(v, func(w io.Writer) { printVerdict(w, &v) }); err != nil {
				return err
			}
			if verr != nil {
				return invalidError{verr}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&calldata, "calldata", "", "submitCheckpoint calldata: hex, a file, or - for stdin")
	cmd.Flags().StringVar(&validators, "validators", "", "validators: a file of lines \"address [power]\", or a comma-separated list")
	cmd.Flags().StringVar(&layout, "layout", "bttc", "byte layout: bttc or upstream")
	cmd.Flags().StringVar(&quorum, "quorum", "count", "quorum rule: count (BTTC) or power")
	cmd.Flags().Uint64Var(&chainID, "chain-id", 0, "expected BTTC chain id in the checkpoint (0: any)")
	return cmd
}

// recoverSigner is ecrecover with go-ethereum (V as 27/28 or 0/1).
func recoverSigner(digest common.Hash, sig sigagg.Signature) (common.Address, error) {
	b := sig
	if b[64] >= 27 {
		b[64] -= 27
	}
	pub, err := crypto.SigToPub(digest[:], b[:])
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

func printVerdict(w io.Writer, v *verdict) {
	if c := v.Checkpoint; c != nil {
		fmt.Fprintf(w, "checkpoint   blocks %d–%d, root %s, proposer %s, chain id %d (%s layout)\n", c.StartBlock, c.EndBlock,
			common.Hash(c.RootHash), c.Proposer, c.BorChainID, v.Layout)
		fmt.Fprintf(w, "vote hash    %s\n", v.VoteHash)
		for _, s := range v.Signatures {
			switch {
			case s.Signer == nil:
				fmt.Fprintf(w, "signature %d  unrecoverable: %s\n", s.Index, s.Error)
			case s.Validator:
				fmt.Fprintf(w, "signature %d  %s (validator)\n", s.Index, s.Signer)
			default:
				fmt.Fprintf(w, "signature %d  %s (NOT a validator)\n", s.Index, s.Signer)
			}
		}
	}
	if c := v.Contract; c != nil {
		fmt.Fprintf(w, "contract     accepted=%v, counted %s of %s needed", c.Accepted, c.Counted, c.Needed)
		if c.Reason != "" {
			fmt.Fprintf(w, " (%s)", c.Reason)
		}
		fmt.Fprintln(w)
	}
	if v.Valid {
		fmt.Fprintln(w, "verdict      VALID")
	} else {
		fmt.Fprintf(w, "verdict      INVALID: %s: %s\n", v.Kind, v.Reason)
	}
}

func (a *app) exitCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "exit", Short: "Build and verify exit proofs"}
	cmd.AddCommand(a.exitBuildCmd(), a.exitVerifyCmd())
	return cmd
}

// rootFlags locate a root chain's checkpoint contract.
type rootFlags struct {
	rootRPC, rootChain string
}

func (f *rootFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.rootRPC, "root-rpc", "", "the root chain's JSON-RPC URL")
	cmd.Flags().StringVar(&f.rootChain, "root-chain", "", "the root chain's checkpoint contract (RootChainProxy, or the devnet's CheckpointManager)")
}

func (f *rootFlags) contract(ctx context.Context) (*exitrpc.RootChainContract, *evm.Client, error) {
	switch {
	case f.rootRPC == "" && f.rootChain == "":
		return nil, nil, usagef("--root-rpc and --root-chain are required")
	case f.rootRPC == "":
		return nil, nil, usagef("--root-rpc is required")
	case f.rootChain == "":
		return nil, nil, usagef("--root-chain is required")
	case !common.IsHexAddress(f.rootChain):
		return nil, nil, usagef("--root-chain %q is not an address (0x and 40 hex digits)", f.rootChain)
	}
	if err := checkRPCURL(f.rootRPC); err != nil {
		return nil, nil, usagef("--root-rpc: %v", err)
	}
	rc, err := evm.DialAny(ctx, evm.Preset{Name: "root"}, f.rootRPC, evm.Options{})
	if err != nil {
		return nil, nil, err
	}
	return exitrpc.NewRootChainContract(rc, common.HexToAddress(f.rootChain)), rc, nil
}

func (a *app) exitBuildCmd() *cobra.Command {
	var (
		bttcRPC, tx, childToken string
		root                    rootFlags
	)
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Build the exit proof of a burn on BTTC, against the checkpoint on the root chain that covers it",
		Long: `build finds the checkpoint on the root chain covering the burn's block (exit.Finder), builds the
payload for exit(bytes) from BTTC (exit.Builder: two round trips) and prints it with the
round trips it took.`,
		Example: `  bttcrelay exit build --bttc-rpc http://127.0.0.1:8545 --root-rpc http://127.0.0.1:8546 \
      --root-chain 0x… --child-token 0x… --tx 0x…`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if err := requireFlags(cmd, "bttc-rpc", "child-token", "tx"); err != nil {
				return err
			}
			if err := checkRPCURL(bttcRPC); err != nil {
				return usagef("--bttc-rpc: %v", err)
			}
			if !common.IsHexAddress(childToken) {
				return usagef("--child-token %q is not an address (0x and 40 hex digits)", childToken)
			}
			if b, err := hexutil.Decode(tx); err != nil || len(b) != 32 {
				return usagef("--tx %q is not a transaction hash (0x and 64 hex digits)", tx)
			}
			rootContract, rc, err := root.contract(ctx)
			if err != nil {
				return err
			}
			defer rc.Close()
			counter := &countingRPC{}
			bc, err := counter.dial(ctx, bttcRPC)
			if err != nil {
				return err
			}
			defer bc.Close()
			rec, err := bc.TransactionReceipt(ctx, common.HexToHash(tx))
			if err != nil {
				return fmt.Errorf("the burn's receipt: %w", err)
			}
			hb, err := (&exit.Finder{Root: rootContract, Head: rc}).Find(ctx, rec.BlockNumber.Uint64())
			if err != nil {
				return err
			}
			before := counter.trips()
			p, err := (&exit.Builder{Chain: exitrpc.NewChildChainNode(bc), Layout: bttc.BTTC}).Build(ctx, common.HexToHash(tx), common.HexToAddress(childToken), hb)
			if err != nil {
				return err
			}
			trips := counter.trips() - before
			enc, err := p.Encode()
			if err != nil {
				return err
			}
			out := map[string]any{"payload": hexutil.Bytes(enc), "headerBlock": hb.ID, "start": hb.Start, "end": hb.End,
				"block": p.BlockNumber, "roundTrips": trips}
			return a.print(out, func(w io.Writer) {
				fmt.Fprintf(w, "checkpoint %s (blocks %d–%d) covers block %d; proof built in %d round trips\n", hb.ID, hb.Start, hb.End, p.BlockNumber, trips)
				fmt.Fprintf(w, "%s\n", hexutil.Encode(enc))
			})
		},
	}
	cmd.Flags().StringVar(&bttcRPC, "bttc-rpc", "", "a BTTC node's JSON-RPC URL")
	cmd.Flags().StringVar(&tx, "tx", "", "the burn transaction hash")
	cmd.Flags().StringVar(&childToken, "child-token", "", "the burned child token")
	root.add(cmd)
	return cmd
}

func (a *app) exitVerifyCmd() *cobra.Command {
	var (
		payload, childToken, layout string
		contractMode                bool
		root                        rootFlags
	)
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Verify an exit payload against the checkpoint stored on the root chain",
		Long: `verify decodes an exit(bytes) payload, reads the stored checkpoint it names from the root chain,
and checks it strictly (exit.Verify; --contract-mode accepts what the BTTC contract accepts).
Exit code 0: valid; 3: invalid.`,
		Example: `  bttcrelay exit verify --payload exit.hex --root-rpc http://127.0.0.1:8546 --root-chain 0x… --child-token 0x…`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			lay, err := parseLayout(layout)
			if err != nil {
				return err
			}
			raw, err := readHex(cmd, payload, "--payload")
			if err != nil {
				return err
			}
			if !common.IsHexAddress(childToken) {
				return usagef("--child-token is required")
			}
			p, derr := exit.Decode(raw)
			if derr != nil {
				return a.exitVerdict(nil, derr)
			}
			rootContract, rc, err := root.contract(ctx)
			if err != nil {
				return err
			}
			defer rc.Close()
			hb, err := rootContract.HeaderBlock(ctx, p.HeaderNumber, nil)
			if err != nil {
				return err
			}
			mode := mpt.StrictMode
			if contractMode {
				mode = mpt.ContractMode
			}
			w, verr := exit.Verify(p, exit.Expect{HeaderBlock: *hb, ChildToken: common.HexToAddress(childToken), Layout: lay, ProofMode: mode})
			return a.exitVerdict(w, verr)
		},
	}
	cmd.Flags().StringVar(&payload, "payload", "", "the exit payload: hex, a file, or - for stdin")
	cmd.Flags().StringVar(&childToken, "child-token", "", "the child token the exit must burn")
	cmd.Flags().StringVar(&layout, "layout", "bttc", "receipt layout: bttc or upstream")
	cmd.Flags().BoolVar(&contractMode, "contract-mode", false, "accept what the BTTC contract accepts (not strict)")
	root.add(cmd)
	return cmd
}

func (a *app) exitVerdict(w *exit.Withdrawal, err error) error {
	out := map[string]any{"valid": err == nil}
	if err != nil {
		out["reason"], out["kind"] = err.Error(), errorKind(err)
	} else {
		out["withdrawer"], out["amount"], out["exitHash"] = w.Withdrawer, w.Amount.String(), w.ExitHash
	}
	if perr := a.print(out, func(wr io.Writer) {
		if err != nil {
			fmt.Fprintf(wr, "verdict  INVALID: %s: %v\n", errorKind(err), err)
			return
		}
		fmt.Fprintf(wr, "verdict  VALID: %s withdraws %s (exit hash %s)\n", w.Withdrawer, w.Amount, w.ExitHash)
	}); perr != nil {
		return perr
	}
	if err != nil {
		return invalidError{err}
	}
	return nil
}
