package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/bttc-relay/sdk/delivery"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/pgstore"
	"github.com/bttc-relay/sdk/relay/relayhttp"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
)

func (a *app) relayCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "relay",
		Short: "Run the relayer, and operate on its tasks",
	}
	cmd.AddCommand(a.relayRunCmd(), a.relayStatusCmd(), a.relayListCmd(), a.relayRetryCmd(), a.relaySkipCmd())
	return cmd
}

func (a *app) relayRunCmd() *cobra.Command {
	var (
		cfgPath, network string
		reset            bool
	)
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run the relay engine on the chains of a configuration",
		Long: `run starts the relay engine with the routes of its configuration (TOML; environment overrides:
BTTCRELAY_STORE_DIR, BTTCRELAY_POSTGRES, BTTCRELAY_PASSPHRASE, BTTCRELAY_HTTP_LISTEN,
BTTCRELAY_RPC_<CHAIN>). The relayer's key comes only from an encrypted keystore. It serves the
operator page at / on [http] listen, with /metrics and /healthz, and runs until interrupted.

--network bttc-mainnet|bttc-donau takes BTTC's published root contracts (cited in networks.go)
and runs the exit routes listed under [[exits]]; a devnet configuration (written by
"bttcrelay devnet") runs every route of the devnet.`,
		Example: `  bttcrelay relay run --config ./devnet/relayer.toml
  BTTCRELAY_PASSPHRASE=... bttcrelay relay run --config relayer.toml --network bttc-mainnet`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfgPath == "" {
				return usagef("--config is required")
			}
			c, err := loadConfig(cfgPath)
			if err != nil {
				return err
			}
			switch network {
			case "":
			case "devnet", "bttc-mainnet", "bttc-donau":
				if network == "devnet" && c.Manifest == "" {
					return usagef("--network devnet needs a configuration with manifest (written by bttcrelay devnet)")
				}
				c.Network = network
			default:
				return usagef("--network %q: unknown network (devnet, bttc-mainnet or bttc-donau)", network)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return a.runRelay(ctx, c, reset)
		},
	}
	cmd.Flags().StringVar(&cfgPath, "config", "", "relayer.toml")
	cmd.Flags().BoolVar(&reset, "reset-store", false, "start with an empty store, forgetting every task and cursor (for a store written for chains that are gone: a restarted devnet)")
	cmd.Flags().StringVar(&network, "network", "", "override the configuration's network: devnet, bttc-mainnet or bttc-donau")
	return cmd
}

// openStore opens the configured store; reset empties it first.
func openStore(ctx context.Context, c *config, reset bool) (relay.Store, error) {
	if c.Store.Postgres != "" {
		s, err := pgstore.Open(ctx, c.Store.Postgres)
		if err == nil && reset {
			if err = s.Reset(ctx); err != nil {
				s.Close()
			}
		}
		return s, err
	}
	dir := c.path(c.Store.Dir)
	if reset {
		if err := os.Remove(filepath.Join(dir, boltstore.FileName)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	return boltstore.Open(dir)
}

func (a *app) runRelay(ctx context.Context, c *config, reset bool) error {
	key, err := c.relayerKey()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(a.errOut, &slog.HandlerOptions{Level: slog.LevelInfo}))
	var (
		rs      []*relay.Route
		cleanup func()
	)
	switch c.Network {
	case "devnet":
		rs, cleanup, err = devnetRoutes(ctx, c, key)
	default:
		rs, cleanup, err = presetRoutes(ctx, c, key)
	}
	if err != nil {
		return err
	}
	defer cleanup()
	store, err := openStore(ctx, c, reset)
	if err != nil {
		return err
	}
	defer store.Close()
	if reset {
		log.Warn("store emptied (--reset-store): every task and cursor forgotten")
	}
	opts := relay.Options{PollInterval: c.Engine.PollInterval.Duration, AwaitInterval: c.Engine.AwaitInterval.Duration,
		ConfirmPoll: c.Engine.ConfirmPoll.Duration, Owner: c.Engine.Owner, Logger: log,
		StallAfter: c.Engine.StallAfter.Duration, HeadStallBlocks: c.Engine.HeadStallBlocks,
		StallAttempts: c.Engine.StallAttempts, AwaitStallAfter: c.Engine.AwaitStallAfter.Duration}
	eng, err := relay.New(store, opts, rs...)
	if err != nil {
		return err
	}
	listen := c.HTTP.Listen
	if listen == "" {
		listen = "127.0.0.1:9464"
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("operator page: %w", err)
	}
	srv := &http.Server{Handler: relayhttp.Handler(eng), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	var names []string
	for _, r := range rs {
		names = append(names, r.Name)
	}
	log.Info("relayer running", "network", c.Network, "routes", strings.Join(names, ","), "operator", "http://"+ln.Addr().String())
	err = eng.Run(ctx)
	if errors.Is(err, relay.ErrSourceChanged) {
		return fmt.Errorf("%w\nthe store (%s) was written for other chains: point the relayer at them, or start afresh with --reset-store", err, storeName(c))
	}
	if err == nil {
		log.Info("relayer stopped")
	}
	return err
}

// storeName names the configured store for messages (never a password).
func storeName(c *config) string {
	if c.Store.Postgres != "" {
		return "PostgreSQL"
	}
	return c.path(c.Store.Dir)
}

// devnetRoutes are a devnet's routes, signed by its signing service.
func devnetRoutes(ctx context.Context, c *config, key *ecdsa.PrivateKey) ([]*relay.Route, func(), error) {
	m, err := devnet.ReadManifest(c.path(c.Manifest))
	if err != nil {
		return nil, nil, err
	}
	d, err := devnet.Attach(ctx, m)
	if err != nil {
		return nil, nil, err
	}
	clients, err := d.Connect(ctx, evm.Options{}, nil)
	if err != nil {
		d.Close()
		return nil, nil, err
	}
	var signers *devnet.RouteSigners
	if m.Signer != "" {
		s := &routes.HTTPSigner{URL: m.Signer}
		signers = &devnet.RouteSigners{Checkpoint: s, Packet: s}
	}
	if m.Delivery != "" {
		if signers == nil {
			s := d.Signer()
			signers = &devnet.RouteSigners{Checkpoint: s, Packet: s}
		}
		// Checkpoints and packet batches from the Delivery Chain network.
		dc, err := delivery.NewClient(m.Delivery)
		if err != nil {
			d.Close()
			clients.Close()
			return nil, nil, err
		}
		signers.Checkpoint, signers.Packet = dc, dc
	}
	return d.Routes(clients, key, signers), func() { clients.Close(); d.Close() }, nil
}

// presetRoutes are the exit routes of a published network.
func presetRoutes(ctx context.Context, c *config, key *ecdsa.PrivateKey) ([]*relay.Route, func(), error) {
	n, err := networkByName(c.Network)
	if err != nil {
		return nil, nil, err
	}
	if len(c.Exits) == 0 {
		return nil, nil, usagef("network %s: list the exit routes under [[exits]] (root, child_tokens)", c.Network)
	}
	// The configuration first: nothing is dialled for a relayer that
	// cannot start.
	for _, e := range c.Exits {
		rp, ok := n.Roots[e.Root]
		switch {
		case !ok:
			return nil, nil, usagef("network %s has no root chain %q", c.Network, e.Root)
		case rp.RootChain == (common.Address{}):
			return nil, nil, fmt.Errorf("network %s: %s", c.Network, rp.Missing)
		case rp.TRON && c.Chains[e.Root].GRPC == "":
			return nil, nil, usagef("[chains.%s] grpc is not set (a TRON full node's gRPC address, host:port)", e.Root)
		}
	}
	var clients []*evm.Client
	var closers []func()
	cleanup := func() {
		for _, cl := range clients {
			cl.Close()
		}
		for _, c := range closers {
			c()
		}
	}
	dial := func(p evm.Preset) (*evm.Client, error) {
		ch, ok := c.Chains[p.Name]
		if !ok || len(ch.RPC) == 0 {
			return nil, usagef("[chains.%s] rpc is not set (or %s%s)", p.Name, envRPCPrefix, strings.ToUpper(p.Name))
		}
		cl, err := evm.Dial(ctx, p, ch.RPC, evm.Options{})
		if err == nil {
			clients = append(clients, cl)
		}
		return cl, err
	}
	bt, err := dial(n.BTTC)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	var rs []*relay.Route
	for _, e := range c.Exits {
		rp := n.Roots[e.Root] // checked above
		var (
			caller chains.Caller
			head   chains.HeadReader
			wallet relay.Sender
		)
		if rp.TRON {
			ch := c.Chains[e.Root]
			tc, err := tron.Dial(ch.GRPC, ch.Solidity)
			if err != nil {
				cleanup()
				return nil, nil, err
			}
			closers = append(closers, tc.Close)
			caller, head, wallet = tc, tc, tron.NewSender(tc, key)
		} else {
			rc, err := dial(rp.Preset)
			if err != nil {
				cleanup()
				return nil, nil, err
			}
			caller, head, wallet = rc, rc, relay.NewWallet(rc, key, new(big.Int).SetUint64(rp.Preset.ChainID))
		}
		rootContract := exitrpc.NewRootChainContract(caller, rp.RootChain)
		rs = append(rs, &relay.Route{
			Name:   "exit-" + e.Root,
			Source: bt,
			Job: &routes.ExitJob{ChildTokens: e.ChildTokens, Finder: &exit.Finder{Root: rootContract, Head: head},
				Builder: &exit.Builder{Chain: exitrpc.NewChildChainNode(bt), Layout: bttc.BTTC}},
			Dest:      &routes.ExitDest{ExitManager: rp.RootChainManager, Chain: caller},
			Wallet:    wallet,
			BlockTime: n.BTTC.BlockTime,
		})
	}
	return rs, cleanup, nil
}

// operatorClient reaches a running relayer's operator API.
type operatorClient struct{ base string }

func (o operatorClient) do(ctx context.Context, method, path string, form url.Values, out any) error {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(o.base, "/")+path, body)
	if err != nil {
		return usagef("--api %q: %v", o.base, err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		_ = json.NewDecoder(resp.Body).Decode(&e)
		return fmt.Errorf("%s %s: %s: %s", method, path, resp.Status, e.Error)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// operator is what the status commands act on: a running relayer's API,
// or the store of a stopped one.
type operator interface {
	Routes(ctx context.Context) ([]relay.RouteStatus, error)
	List(ctx context.Context, f relay.Filter) ([]*relay.Task, error)
	Status(ctx context.Context, id string) (*relay.Task, error)
	Retry(ctx context.Context, id string) (*relay.Task, error)
	Skip(ctx context.Context, id, reason string) (*relay.Task, error)
}

func (o operatorClient) Routes(ctx context.Context) ([]relay.RouteStatus, error) {
	var out []relay.RouteStatus
	return out, o.do(ctx, http.MethodGet, "/api/routes", nil, &out)
}

func (o operatorClient) List(ctx context.Context, f relay.Filter) ([]*relay.Task, error) {
	q := url.Values{}
	if f.Route != "" {
		q.Set("route", f.Route)
	}
	for _, s := range f.States {
		q.Add("state", string(s))
	}
	if f.Limit > 0 {
		q.Set("limit", fmt.Sprint(f.Limit))
	}
	var out []*relay.Task
	return out, o.do(ctx, http.MethodGet, "/api/tasks?"+q.Encode(), nil, &out)
}

func (o operatorClient) Status(ctx context.Context, id string) (*relay.Task, error) {
	var out relay.Task
	return &out, o.do(ctx, http.MethodGet, "/api/tasks/"+id, nil, &out)
}

func (o operatorClient) Retry(ctx context.Context, id string) (*relay.Task, error) {
	var out relay.Task
	return &out, o.do(ctx, http.MethodPost, "/api/tasks/"+id+"/retry", url.Values{}, &out)
}

func (o operatorClient) Skip(ctx context.Context, id, reason string) (*relay.Task, error) {
	var out relay.Task
	return &out, o.do(ctx, http.MethodPost, "/api/tasks/"+id+"/skip", url.Values{"reason": {reason}}, &out)
}

// storeOperator acts on a store directly (the relayer is stopped).
type storeOperator struct {
	*relay.Engine
	store relay.Store
}

func (s storeOperator) Routes(ctx context.Context) ([]relay.RouteStatus, error) {
	return nil, errors.New("route status needs the running relayer: use --api")
}

// operatorFlags are how the status commands find the relayer.
type operatorFlags struct{ api, config string }

func (f *operatorFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.api, "api", "", "a running relayer's operator address (http://127.0.0.1:9464)")
	cmd.Flags().StringVar(&f.config, "config", "", "relayer.toml: act on its store directly (the relayer must be stopped)")
}

func (f *operatorFlags) open(ctx context.Context) (operator, func(), error) {
	switch {
	case f.api != "":
		return operatorClient{base: f.api}, func() {}, nil
	case f.config != "":
		c, err := loadConfig(f.config)
		if err != nil {
			return nil, nil, err
		}
		store, err := openStoreNoWait(ctx, c)
		if err != nil {
			return nil, nil, err
		}
		eng, err := relay.New(store, relay.Options{})
		if err != nil {
			store.Close()
			return nil, nil, err
		}
		return storeOperator{Engine: eng, store: store}, func() { store.Close() }, nil
	}
	return nil, nil, usagef("give --api (a running relayer) or --config (its store, relayer stopped)")
}

// openStoreNoWait opens the embedded store without waiting for a running
// relayer's lock.
func openStoreNoWait(ctx context.Context, c *config) (relay.Store, error) {
	if c.Store.Postgres != "" {
		return pgstore.Open(ctx, c.Store.Postgres)
	}
	s, err := boltstore.OpenExisting(c.path(c.Store.Dir), time.Second)
	if err != nil {
		return nil, fmt.Errorf("%w (is the relayer running? use --api)", err)
	}
	return s, nil
}

func (a *app) relayStatusCmd() *cobra.Command {
	var f operatorFlags
	cmd := &cobra.Command{
		Use:   "status [TASK-ID]",
		Short: "Show the routes (lag, tasks by state, errors), or one task with why it waits",
		Example: `  bttcrelay relay status --api http://127.0.0.1:9464
  bttcrelay relay status --config relayer.toml exit/0x…/3`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			op, done, err := f.open(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			if len(args) == 1 {
				t, err := op.Status(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				return a.print(t, func(w io.Writer) { printTask(w, t) })
			}
			rs, err := op.Routes(cmd.Context())
			if err != nil {
				return err
			}
			err = a.print(rs, func(w io.Writer) {
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
				fmt.Fprint(tw, "route\tcursor\thead\tlag\tlast scan")
				for _, s := range relay.States {
					fmt.Fprintf(tw, "\t%s", s)
				}
				fmt.Fprintln(tw, "\thealth")
				for _, r := range rs {
					fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s", r.Name, r.Cursor.Number, r.Head, r.Lag, r.LastScan.Format(time.RFC3339))
					for _, s := range relay.States {
						fmt.Fprintf(tw, "\t%d", r.Counts[s])
					}
					health := "ok"
					if r.Stalled {
						health = "STALLED"
					}
					fmt.Fprintf(tw, "\t%s\n", health)
				}
				tw.Flush()
				for _, r := range rs {
					for _, why := range r.Reasons {
						fmt.Fprintf(w, "%s stalled: %s\n", r.Name, why)
					}
				}
			})
			if err != nil {
				return err
			}
			var stalled []string
			for _, r := range rs {
				if r.Stalled {
					stalled = append(stalled, r.Name)
				}
			}
			if len(stalled) > 0 {
				return fmt.Errorf("%d route(s) stalled: %s", len(stalled), strings.Join(stalled, ", "))
			}
			return nil
		},
	}
	f.add(cmd)
	return cmd
}

func printTask(w io.Writer, t *relay.Task) {
	fmt.Fprintf(w, "task      %s\nroute     %s\nstate     %s\nblock     %d\nattempts  %d\n", t.ID, t.Route, t.State, t.Block, t.Attempts)
	if t.LastError != "" {
		fmt.Fprintf(w, "why       %s\n", t.LastError)
	}
	if !t.NextTry.IsZero() && !t.State.Terminal() {
		fmt.Fprintf(w, "next try  %s\n", t.NextTry.Format(time.RFC3339))
	}
	if t.SentTx != (common.Hash{}) {
		fmt.Fprintf(w, "sent      %s (nonce %d)\n", t.SentTx, t.SentNonce)
	}
	if t.GasUsed > 0 {
		fmt.Fprintf(w, "gas used  %d\n", t.GasUsed)
	}
}

func (a *app) relayListCmd() *cobra.Command {
	var (
		f      operatorFlags
		route  string
		states []string
		limit  int
	)
	cmd := &cobra.Command{
		Use:     "list",
		Short:   "List tasks, oldest first",
		Example: `  bttcrelay relay list --api http://127.0.0.1:9464 --state failed --state awaiting`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			filter := relay.Filter{Route: route, Limit: limit}
			for _, s := range states {
				if !validState(relay.State(s)) {
					return usagef("unknown state %q", s)
				}
				filter.States = append(filter.States, relay.State(s))
			}
			op, done, err := f.open(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			tasks, err := op.List(cmd.Context(), filter)
			if err != nil {
				return err
			}
			return a.print(tasks, func(w io.Writer) {
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "task\troute\tstate\tattempts\twhy")
				for _, t := range tasks {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", t.ID, t.Route, t.State, t.Attempts, t.LastError)
				}
				tw.Flush()
			})
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&route, "route", "", "only this route")
	cmd.Flags().StringArrayVar(&states, "state", nil, "only these states (repeat)")
	cmd.Flags().IntVar(&limit, "limit", 100, "at most this many")
	return cmd
}

func validState(s relay.State) bool {
	for _, v := range relay.States {
		if v == s {
			return true
		}
	}
	return false
}

func (a *app) relayRetryCmd() *cobra.Command {
	var f operatorFlags
	cmd := &cobra.Command{
		Use:     "retry TASK-ID",
		Short:   "Start a failed, skipped or waiting task over",
		Example: `  bttcrelay relay retry --api http://127.0.0.1:9464 exit/0x…/3`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			op, done, err := f.open(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			t, err := op.Retry(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return a.print(t, func(w io.Writer) { printTask(w, t) })
		},
	}
	f.add(cmd)
	return cmd
}

func (a *app) relaySkipCmd() *cobra.Command {
	var (
		f      operatorFlags
		reason string
	)
	cmd := &cobra.Command{
		Use:     "skip TASK-ID --reason TEXT",
		Short:   "Give a task up, with the operator's reason",
		Example: `  bttcrelay relay skip --api http://127.0.0.1:9464 exit/0x…/3 --reason "paid out by hand"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if reason == "" {
				return usagef("--reason is required")
			}
			op, done, err := f.open(cmd.Context())
			if err != nil {
				return err
			}
			defer done()
			t, err := op.Skip(cmd.Context(), args[0], reason)
			if err != nil {
				return err
			}
			return a.print(t, func(w io.Writer) { printTask(w, t) })
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&reason, "reason", "", "why the task is given up")
	return cmd
}
