package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Options configure the demo.
type Options struct {
	// DataDir holds the relayer's store (required).
	DataDir string
	// StepTimeout bounds each wait for the chains (default 45 s).
	StepTimeout time.Duration
}

// Summary is what the demo measured, read from the chains and the store.
type Summary struct {
	Steps []StepResult
	// RPCCalls and RoundTrips are the relayer's JSON-RPC calls and HTTP
	// requests per chain.
	RPCCalls, RoundTrips map[string]int64
	// Checkpoints accepted per root chain; GasByRoute the relayer's gas.
	Checkpoints map[string]int
	GasByRoute  map[string]uint64
	Total       time.Duration
}

// StepResult is one narrated step.
type StepResult struct {
	Name, Result string
	Took         time.Duration
}

// counter counts the JSON-RPC calls and HTTP round trips of one chain's
// connection.
type counter struct {
	calls, trips atomic.Int64
	next         http.RoundTripper
}

func (c *counter) RoundTrip(r *http.Request) (*http.Response, error) {
	c.trips.Add(1)
	if r.Body != nil {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		var batch []json.RawMessage
		if len(body) > 0 && body[0] == '[' && json.Unmarshal(body, &batch) == nil {
			c.calls.Add(int64(len(batch)))
		} else {
			c.calls.Add(1)
		}
	}
	return c.next.RoundTrip(r)
}

// narrator prints timed lines.
type narrator struct {
	out   io.Writer
	start time.Time
	mu    sync.Mutex
}

func (n *narrator) say(format string, args ...any) {
	n.mu.Lock()
	defer n.mu.Unlock()
	fmt.Fprintf(n.out, "[%5.1fs] %s\n", time.Since(n.start).Seconds(), fmt.Sprintf(format, args...))
}

func (n *narrator) detail(format string, args ...any) {
	n.mu.Lock()
	defer n.mu.Unlock()
	fmt.Fprintf(n.out, "         %s\n", fmt.Sprintf(format, args...))
}

// waitFor polls cond until it holds or the step times out.
func waitFor(ctx context.Context, timeout time.Duration, what string, cond func() (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	var last error
	for {
		ok, err := cond()
		if err == nil && ok {
			return nil
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("%s: not within %s (last error: %w)", what, timeout, last)
			}
			return fmt.Errorf("%s: not within %s", what, timeout)
		case <-t.C:
		}
	}
}

// Run runs the demo, narrating to out. It returns the summary, or the
// first step that failed.
func Run(ctx context.Context, out io.Writer, opts Options) (*Summary, error) {
	if opts.DataDir == "" {
		return nil, errors.New("no data directory")
	}
	if opts.StepTimeout == 0 {
		opts.StepTimeout = 45 * time.Second
	}
	n := &narrator{out: out, start: time.Now()}
	sum := &Summary{RPCCalls: map[string]int64{}, RoundTrips: map[string]int64{}, Checkpoints: map[string]int{},
		GasByRoute: map[string]uint64{}}
	step := func(name string, f func() (string, error)) error {
		t := time.Now()
		fmt.Fprintf(out, "\n%s\n", name)
		res, err := f()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sum.Steps = append(sum.Steps, StepResult{Name: name, Result: res, Took: time.Since(t)})
		return nil
	}

	fmt.Fprintln(out, "bttc-relay: an end-to-end relay on in-process chains (no node, no database, no network)")
	var d *devnet.Devnet
	if err := step("1. Chains, validators and contracts", func() (string, error) {
		var err error
		d, err = devnet.New(ctx, devnet.Config{Validators: 4, Offline: 1, Roots: append(devnet.DefaultRoots(), devnet.TRONRoot())})
		if err != nil {
			return "", err
		}
		for _, c := range d.Chains() {
			if c.Tron != nil {
				n.say("chain %-8s id %d: a TRON node in this process (gRPC on %s, contracts on go-ethereum's EVM)", c.Name, c.ChainID, c.GRPC)
				continue
			}
			n.say("chain %-8s id %d: a go-ethereum node in this process", c.Name, c.ChainID)
		}
		n.say("validators: 4 signer keys, one vote each; a checkpoint needs more than 2/3: 3 signatures")
		for i, v := range d.ValidatorAddresses() {
			state := "online"
			if crypto.PubkeyToAddress(d.Validators[0].PublicKey) == v {
				state = "offline (will not sign)"
			}
			n.detail("validator %d %s %s", i, v, state)
		}
		// Every contract of the manifest, so the count below is what was
		// narrated.
		n.say("contracts deployed")
		deployed := 0
		for _, c := range d.Chains() {
			names := slices.Sorted(maps.Keys(d.Manifest().Chains[c.Name].Contracts))
			var parts []string
			for _, name := range names {
				addr := d.Manifest().Chains[c.Name].Contracts[name]
				part := fmt.Sprintf("%s %s", name, addr)
				if c.Tron != nil {
					part += " (" + tron.FromEVM(addr).String() + ")"
				}
				parts = append(parts, part)
			}
			deployed += len(names)
			n.detail("%-9s %s", c.Name+":", strings.Join(parts, ", "))
		}
		return fmt.Sprintf("%d chains, 4 validators (1 offline), %d contracts", len(d.Chains()), deployed), nil
	}); err != nil {
		return nil, err
	}
	defer d.Close()
	stopMining := d.Mine(50 * time.Millisecond)
	defer stopMining()
	if err := d.Serve("127.0.0.1", nil); err != nil {
		return nil, err
	}

	// The relayer reaches the chains over loopback JSON-RPC through
	// counters.
	counters := map[string]*counter{}
	rpcs := map[string]*rpc.Client{}
	for _, c := range d.Chains() {
		ct := &counter{next: http.DefaultTransport}
		cl, err := rpc.DialOptions(ctx, c.URL, rpc.WithHTTPClient(&http.Client{Transport: ct}))
		if err != nil {
			return nil, err
		}
		defer cl.Close()
		counters[c.Name], rpcs[c.Name] = ct, cl
	}
	clients, err := d.Connect(ctx, evm.Options{}, rpcs)
	if err != nil {
		return nil, err
	}
	defer clients.Close()
	// The demo's chains are new at every run: a store a previous run left
	// in DataDir describes chains that are gone (the engine would refuse
	// it), so the relayer starts afresh, as a devnet's does.
	if _, err := os.Stat(filepath.Join(opts.DataDir, boltstore.FileName)); err == nil {
		if err := os.Remove(filepath.Join(opts.DataDir, boltstore.FileName)); err != nil {
			return nil, err
		}
		n.say("removed %s: the store of a previous run, whose chains are gone", filepath.Join(opts.DataDir, boltstore.FileName))
	}
	store, err := boltstore.Open(opts.DataDir)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	routes := d.Routes(clients, d.RelayerKey(0), nil)
	engineLog := slog.New(slog.DiscardHandler)
	if os.Getenv("RELAY_LOG") != "" {
		engineLog = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	eng, err := relay.New(store, relay.Options{PollInterval: 100 * time.Millisecond, AwaitInterval: 200 * time.Millisecond,
		ConfirmPoll: 100 * time.Millisecond, Logger: engineLog}, routes...)
	if err != nil {
		return nil, err
	}
	runCtx, stopEngine := context.WithCancel(ctx)
	engineDone := make(chan error, 1)
	go func() { engineDone <- eng.Run(runCtx) }()
	defer func() {
		stopEngine()
		<-engineDone
	}()
	n.say("relayer started: embedded store %s", filepath.Join(opts.DataDir, boltstore.FileName))
	for _, r := range routes {
		n.detail("route %s", r.Name)
	}
	eth := d.Root("ethereum")
	user := crypto.PubkeyToAddress(d.User.PublicKey)

	if err := step("2. Deposit on Ethereum → minted on BTTC", func() (string, error) {
		tx, err := d.Deposit(ctx, "ethereum", 1000)
		if err != nil {
			return "", err
		}
		n.say("user %s deposits 1000 TestERC20 on ethereum: tx %s", user, tx.Hash())
		n.detail("StateSender emits StateSynced; once final (%d confirmations) the validators sign a packet checkpoint", d.Confirmations)
		if err := waitFor(ctx, opts.StepTimeout, "the deposit minted on bttc", func() (bool, error) {
			got, err := d.Minted(ctx, "ethereum")
			return err == nil && got.Int64() == 1000, err
		}); err != nil {
			return "", err
		}
		n.say("minted on bttc: 1000 ChildTestToken to %s (DepositReceiver, via PacketInbox)", user)
		return "1000 deposited, 1000 minted", nil
	}); err != nil {
		return nil, err
	}

	var burn *types.Transaction
	var burnBlock uint64
	if err := step("3. Burn on BTTC → checkpoint → exit on Ethereum", func() (string, error) {
		var err error
		burn, err = d.Burn(ctx, "ethereum", 250)
		if err != nil {
			return "", err
		}
		rec, err := d.BTTC.Client.TransactionReceipt(ctx, burn.Hash())
		if err != nil {
			return "", err
		}
		burnBlock = rec.BlockNumber.Uint64()
		n.say("user burns 250 ChildTestToken on bttc: tx %s in block %d (WithdrawTo)", burn.Hash(), burnBlock)
		var ev *contracts.CheckpointManagerNewHeaderBlock
		if err := waitFor(ctx, opts.StepTimeout, "a checkpoint covering the burn", func() (bool, error) {
			ev, err = checkpointCovering(ctx, eth, burnBlock)
			return ev != nil, err
		}); err != nil {
			return "", err
		}
		if err := narrateCheckpoint(ctx, n, d, eth, ev); err != nil {
			return "", err
		}
		if err := waitFor(ctx, opts.StepTimeout, "the exit released", func() (bool, error) {
			got, err := d.Released(ctx, "ethereum")
			return err == nil && got.Int64() == 250, err
		}); err != nil {
			return "", err
		}
		task, err := confirmedTask(ctx, eng, "exit-ethereum")
		if err != nil {
			return "", err
		}
		if err := narrateExit(ctx, n, d, eth, burn, ev, task); err != nil {
			return "", err
		}
		return "250 burned, checkpoint " + ev.HeaderBlockId.String() + " accepted, 250 released", nil
	}); err != nil {
		return nil, err
	}

	if err := step("4. Event Packets: BTTC → BNB Chain and → TRON", func() (string, error) {
		for i, root := range []string{"bsc", "tron"} {
			tx, err := d.SendPacket(ctx, root, int64(42+i))
			if err != nil {
				return "", err
			}
			n.say("PacketOutbox.send on bttc: an FT-transfer packet for PacketRecorder on %s, tx %s", root, tx.Hash())
		}
		for _, root := range []string{"bsc", "tron"} {
			if err := waitFor(ctx, opts.StepTimeout, "the packet on "+root, func() (bool, error) {
				got, err := d.PacketsReceived(ctx, root)
				return err == nil && got == 1, err
			}); err != nil {
				return "", err
			}
			task, err := confirmedTask(ctx, eng, "packet-"+root)
			if err != nil {
				return "", err
			}
			if root == "tron" {
				n.say("delivered to PacketInbox on tron: a TriggerSmartContract transaction signed over sha256 of its raw data, sent through the node's gRPC API")
				n.detail("task %s: TRON transaction %x, energy %d", task.ID, task.SentTx[:], task.GasUsed)
				continue
			}
			n.say("delivered to PacketInbox on %s with its batch's EIP-712 checkpoint (3 of 4 signatures) and proof", root)
			n.detail("task %s: tx %s, gas %d", task.ID, task.SentTx, task.GasUsed)
		}
		return "2 packets sent, 1 received on bsc, 1 on tron", nil
	}); err != nil {
		return nil, err
	}

	if err := step("5. A replayed exit and a forged one", func() (string, error) {
		task, err := confirmedTask(ctx, eng, "exit-ethereum")
		if err != nil {
			return "", err
		}
		// The contract: the same payload again.
		calldata, err := exitCalldata(task.Payload)
		if err != nil {
			return "", err
		}
		reason, err := revertReason(ctx, eth, user, calldata)
		if err != nil {
			return "", err
		}
		n.say("ExitManager.exit(the same payload) from the user: reverts %q", reason)
		p, err := exit.Decode(task.Payload)
		if err != nil {
			return "", err
		}
		processed, err := processedExit(ctx, eth, p.ExitHash())
		if err != nil {
			return "", err
		}
		n.detail("ExitManager.processedExits(%s) = %v: the relayer's ExitDest reports it delivered and sends nothing", p.ExitHash(), processed)
		// Off-chain: the payload with one byte of its receipt changed.
		forged := *p
		forged.Receipt = append([]byte(nil), p.Receipt...)
		forged.Receipt[len(forged.Receipt)-1] ^= 1
		hb, err := headerBlock(ctx, eth, p.HeaderNumber)
		if err != nil {
			return "", err
		}
		_, verr := exit.Verify(&forged, exit.Expect{HeaderBlock: hb, ChildToken: eth.ChildToken, Layout: bttc.BTTC, ProofMode: mpt.StrictMode})
		var xe *exit.Error
		if !errors.As(verr, &xe) {
			return "", fmt.Errorf("a forged receipt passed exit.Verify: %v", verr)
		}
		n.say("a forged exit (one receipt byte changed): exit.Verify → %s", xe.Kind)
		n.detail("%v", verr)
		if reason == "" || !processed {
			return "", errors.New("the replay was not rejected")
		}
		return fmt.Sprintf("replay reverted (%q), forgery rejected (%s)", reason, xe.Kind), nil
	}); err != nil {
		return nil, err
	}

	// Summary, from the store and the chains.
	for _, r := range d.Roots {
		cs, err := countCheckpoints(ctx, r)
		if err != nil {
			return nil, err
		}
		sum.Checkpoints[r.Name] = cs
	}
	for _, r := range routes {
		tasks, err := eng.List(ctx, relay.Filter{Route: r.Name, States: []relay.State{relay.Confirmed}, Limit: 10000})
		if err != nil {
			return nil, err
		}
		for _, t := range tasks {
			sum.GasByRoute[r.Name] += t.GasUsed
		}
	}
	for name, c := range counters {
		sum.RPCCalls[name], sum.RoundTrips[name] = c.calls.Load(), c.trips.Load()
	}
	for _, r := range d.Roots {
		if r.Tron != nil {
			// The relayer reaches TRON over gRPC: one round trip a call.
			sum.RPCCalls[r.Name] = r.Tron.Calls()
			sum.RoundTrips[r.Name] = sum.RPCCalls[r.Name]
		}
	}
	sum.Total = time.Since(n.start)
	printSummary(out, sum, routes)
	return sum, nil
}

func countCheckpoints(ctx context.Context, r *devnet.Root) (int, error) {
	cm, err := contracts.NewCheckpointManagerFilterer(r.CheckpointManager, r.Client)
	if err != nil {
		return 0, err
	}
	it, err := cm.FilterNewHeaderBlock(&bind.FilterOpts{Context: ctx}, nil, nil, nil)
	if err != nil {
		return 0, err
	}
	defer it.Close()
	k := 0
	for it.Next() {
		k++
	}
	return k, it.Error()
}

// checkpointCovering finds the accepted checkpoint whose range holds block.
func checkpointCovering(ctx context.Context, r *devnet.Root, block uint64) (*contracts.CheckpointManagerNewHeaderBlock, error) {
	cm, err := contracts.NewCheckpointManagerFilterer(r.CheckpointManager, r.Client)
	if err != nil {
		return nil, err
	}
	it, err := cm.FilterNewHeaderBlock(&bind.FilterOpts{Context: ctx}, nil, nil, nil)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next() {
		e := it.Event
		if e.Start.Uint64() <= block && block <= e.End.Uint64() {
			return e, nil
		}
	}
	return nil, it.Error()
}

// narrateCheckpoint checks the submitted checkpoint the way a DApp would:
// its calldata from the root chain, the root recomputed from BTTC's
// headers, the signatures strictly and as the contract counts them.
func narrateCheckpoint(ctx context.Context, n *narrator, d *devnet.Devnet, r *devnet.Root, ev *contracts.CheckpointManagerNewHeaderBlock) error {
	tx, _, err := r.Client.TransactionByHash(ctx, ev.Raw.TxHash)
	if err != nil {
		return err
	}
	rec, err := r.Client.TransactionReceipt(ctx, ev.Raw.TxHash)
	if err != nil {
		return err
	}
	n.say("checkpoint %s on ethereum: bttc blocks %d–%d, tx %s, gas %d", ev.HeaderBlockId, ev.Start, ev.End, tx.Hash(), rec.GasUsed)
	v, err := checkpoint.Verify(tx.Data(), d.Set, checkpoint.Expect{Layout: bttc.BTTC, ChainID: devnet.BTTCChainID, Quorum: sigagg.CountQuorum})
	if err != nil {
		return fmt.Errorf("the submitted checkpoint fails the strict check: %w", err)
	}
	var headers []*types.Header
	for b := v.Data.StartBlock; b <= v.Data.EndBlock; b++ {
		h, err := d.BTTC.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return err
		}
		headers = append(headers, h)
	}
	root, err := checkpoint.RootHash(headers)
	if err != nil {
		return err
	}
	if root != v.Data.RootHash {
		return fmt.Errorf("checkpoint root %s, recomputed from bttc's headers %s", v.Data.RootHash, root)
	}
	n.detail("root %s = the Merkle root recomputed from bttc's %d headers", root, len(headers))
	_, sigs, err := checkpoint.UnpackSubmitCheckpoint(tx.Data())
	if err != nil {
		return err
	}
	sim := sigagg.SimulateOnChain(v.VoteHash, sigs, d.Set, sigagg.CountQuorum, sigagg.OnChainOptions{})
	n.detail("signatures: %d, from %d of 4 validators (the offline one missing); strict check (checkpoint.Verify): valid", len(sigs), len(v.Signatures.Signers))
	n.detail("sigagg.SimulateOnChain (the contract's loop): accepted=%v, %s counted of %s needed — checked by the relayer before paying gas", sim.Accepted, sim.Got, sim.Needed)
	return nil
}

func confirmedTask(ctx context.Context, eng *relay.Engine, route string) (*relay.Task, error) {
	var task *relay.Task
	err := waitFor(ctx, 10*time.Second, "a confirmed task on "+route, func() (bool, error) {
		tasks, err := eng.List(ctx, relay.Filter{Route: route, States: []relay.State{relay.Confirmed}, Limit: 1})
		if err != nil || len(tasks) == 0 {
			return false, err
		}
		task = tasks[0]
		return true, nil
	})
	return task, err
}

// exitCalldata is ExitManager.exit(payload).
func exitCalldata(payload []byte) ([]byte, error) {
	parsed, err := contracts.ExitManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return parsed.Pack("exit", payload)
}

func headerBlock(ctx context.Context, r *devnet.Root, id *big.Int) (checkpoint.HeaderBlock, error) {
	hb, err := exitrpc.NewRootChainContract(r.Client, r.CheckpointManager).HeaderBlock(ctx, id, nil)
	if err != nil {
		return checkpoint.HeaderBlock{}, err
	}
	return *hb, nil
}

// narrateExit rebuilds the exit proof as a DApp would, counting round
// trips, and compares it with what the relayer submitted.
func narrateExit(ctx context.Context, n *narrator, d *devnet.Devnet, r *devnet.Root, burn *types.Transaction,
	ev *contracts.CheckpointManagerNewHeaderBlock, task *relay.Task) error {
	ct := &counter{next: http.DefaultTransport}
	cl, err := rpc.DialOptions(ctx, d.BTTC.URL, rpc.WithHTTPClient(&http.Client{Transport: ct}))
	if err != nil {
		return err
	}
	defer cl.Close()
	bc, err := evm.New(ctx, d.Preset(d.BTTC), []*rpc.Client{cl}, evm.Options{})
	if err != nil {
		return err
	}
	defer bc.Close()
	hb, err := headerBlock(ctx, r, ev.HeaderBlockId)
	if err != nil {
		return err
	}
	trips := ct.trips.Load()
	b := &exit.Builder{Chain: exitrpc.NewChildChainNode(bc), Layout: bttc.BTTC}
	p, err := b.Build(ctx, burn.Hash(), r.ChildToken, hb)
	if err != nil {
		return err
	}
	used := ct.trips.Load() - trips
	w, err := exit.Verify(p, exit.Expect{HeaderBlock: hb, ChildToken: r.ChildToken, Layout: bttc.BTTC, ProofMode: mpt.StrictMode})
	if err != nil {
		return err
	}
	enc, err := p.Encode()
	if err != nil {
		return err
	}
	same := bytes.Equal(enc, task.Payload)
	n.say("exit proof: %d bytes, built from bttc in %d round trips (exit.Builder), verified strictly (exit.Verify): %s withdraws %s",
		len(enc), used, w.Withdrawer, w.Amount)
	n.detail("identical to the payload the relayer submitted: %v", same)
	n.say("exit submitted by the relayer: tx %s, gas %d; released on ethereum: 250 TestERC20", task.SentTx, task.GasUsed)
	if !same {
		return errors.New("the relayer's exit payload differs from the one rebuilt here")
	}
	if used > 3 {
		return fmt.Errorf("the exit proof took %d round trips", used)
	}
	return nil
}

// revertReason calls exit(bytes) with calldata as the user and returns
// the revert reason ("" if it would succeed).
func revertReason(ctx context.Context, r *devnet.Root, from common.Address, calldata []byte) (string, error) {
	_, err := r.Client.CallContract(ctx, ethereum.CallMsg{From: from, To: &r.ExitManager, Data: calldata, Gas: 3_000_000}, nil)
	if err == nil {
		return "", nil
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if hexData, ok := de.ErrorData().(string); ok {
			if reason, uerr := abi.UnpackRevert(common.FromHex(hexData)); uerr == nil {
				return reason, nil
			}
		}
	}
	return err.Error(), nil
}

func processedExit(ctx context.Context, r *devnet.Root, h common.Hash) (bool, error) {
	em, err := contracts.NewExitManagerCaller(r.ExitManager, r.Client)
	if err != nil {
		return false, err
	}
	return em.ProcessedExits(&bind.CallOpts{Context: ctx}, h)
}

func printSummary(out io.Writer, s *Summary, routes []*relay.Route) {
	fmt.Fprintln(out, "\nSummary")
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "step\tresult\ttime")
	for _, st := range s.Steps {
		fmt.Fprintf(w, "%s\t%s\t%.2fs\n", st.Name, st.Result, st.Took.Seconds())
	}
	w.Flush()
	fmt.Fprintln(out)
	w = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "chain\trelayer RPC calls\tround trips\tcheckpoints accepted")
	for _, name := range []string{"bttc", "ethereum", "bsc", "tron"} {
		cps := "—"
		if k, ok := s.Checkpoints[name]; ok {
			cps = fmt.Sprint(k)
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\n", name, s.RPCCalls[name], s.RoundTrips[name], cps)
	}
	w.Flush()
	fmt.Fprintln(out)
	w = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "route\tgas spent by the relayer (energy on TRON)")
	var total uint64
	for _, r := range routes {
		fmt.Fprintf(w, "%s\t%d\n", r.Name, s.GasByRoute[r.Name])
		total += s.GasByRoute[r.Name]
	}
	fmt.Fprintf(w, "all\t%d\n", total)
	w.Flush()
	fmt.Fprintf(out, "\nevents delivered: 1 deposit, 1 exit, 2 packets; total time %.1fs\n", s.Total.Seconds())
}
