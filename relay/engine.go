package relay

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"sync"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
)

// Options tune the engine; zero values take the defaults.
type Options struct {
	// Owner names this process in task leases (default: host, pid and a
	// random suffix). Several processes on one store need distinct owners.
	Owner string
	// PollInterval is how often routes look at their source (default 1 s).
	PollInterval time.Duration
	// MaxScan bounds the blocks one scan covers (default 500).
	MaxScan uint64
	// BackfillDistance: a task from a block this far behind the latest
	// head goes to the backfill lane (default 128).
	BackfillDistance uint64
	// LiveWorkers and BackfillWorkers per route (defaults 4 and 2);
	// ClaimLimit is the tasks one worker claims at a time (default 16).
	LiveWorkers, BackfillWorkers, ClaimLimit int
	// Lease is how long a claimed task is held before another worker or
	// process may take it over (default 2 min).
	Lease time.Duration
	// BaseBackoff and MaxBackoff bound the exponential backoff of a
	// failing task (defaults 1 s and 5 min); each wait is drawn from
	// [d/2, d].
	BaseBackoff, MaxBackoff time.Duration
	// AwaitInterval is how often a task waiting for proof material is
	// looked at again (default 5 s); ConfirmPoll how often a sent
	// transaction's receipt is (default 1 s); ResendAfter how long an
	// unmined sent transaction waits before it is broadcast again
	// (default 30 s).
	AwaitInterval, ConfirmPoll, ResendAfter time.Duration
	// MaxAttempts fails a task after that many failed attempts (default
	// 12); an operator's Retry starts it over.
	MaxAttempts int
	// ReorgWindow is how many blocks below the final head keep their
	// recorded hashes (default 1024), so a reorg deeper than the finality
	// rule is still measured to its fork point.
	ReorgWindow uint64
	// StallAfter makes Health fail when a route has not scanned its
	// source for that long, or when its source's head has not moved for
	// that long and the route gives no BlockTime (default 2 min).
	StallAfter time.Duration
	// HeadStallBlocks: a route whose source's latest head has not moved
	// for this many block times (Route.BlockTime) is stalled (default 10).
	HeadStallBlocks int
	// StallAttempts: a task that failed this many attempts in a row
	// stalls its route until it succeeds (default 3).
	StallAttempts int
	// AwaitStallAfter: a task waiting for proof material (Awaiting) for
	// longer than this, on a route that delivered nothing for as long,
	// stalls its route (default 1 h: on BTTC an exit waits for the next
	// checkpoint, tens of minutes).
	AwaitStallAfter time.Duration
	// Logger receives the engine's logs (default: discard).
	Logger *slog.Logger
}

func (o *Options) defaults() {
	if o.Owner == "" {
		host, _ := os.Hostname()
		var b [4]byte
		_, _ = rand.Read(b[:])
		o.Owner = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b[:]))
	}
	set := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	set(&o.PollInterval, time.Second)
	set(&o.Lease, 2*time.Minute)
	set(&o.BaseBackoff, time.Second)
	set(&o.MaxBackoff, 5*time.Minute)
	set(&o.AwaitInterval, 5*time.Second)
	set(&o.ConfirmPoll, time.Second)
	set(&o.ResendAfter, 30*time.Second)
	set(&o.StallAfter, 2*time.Minute)
	set(&o.AwaitStallAfter, time.Hour)
	if o.HeadStallBlocks <= 0 {
		o.HeadStallBlocks = 10
	}
	if o.StallAttempts <= 0 {
		o.StallAttempts = 3
	}
	if o.MaxScan == 0 {
		o.MaxScan = 500
	}
	if o.ReorgWindow == 0 {
		o.ReorgWindow = 1024
	}
	if o.BackfillDistance == 0 {
		o.BackfillDistance = 128
	}
	if o.LiveWorkers <= 0 {
		o.LiveWorkers = 4
	}
	if o.BackfillWorkers <= 0 {
		o.BackfillWorkers = 2
	}
	if o.ClaimLimit <= 0 {
		o.ClaimLimit = 16
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 12
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
}

// Engine runs routes against a store.
type Engine struct {
	store  Store
	routes []*Route
	opts   Options
	log    *slog.Logger
	m      *metrics

	mu       sync.Mutex
	scanned  map[string]time.Time // last successful scan per route
	fatal    error
	running  bool
	lastErrs map[string]string     // last source error per route
	progress map[string]*progress  // by route
	heads    map[string]*chainHead // by source chain name

	wake map[string]chan struct{} // per route and lane: new work was stored here
}

// New returns an engine for routes on store.
func New(store Store, opts Options, routes ...*Route) (*Engine, error) {
	opts.defaults()
	if store == nil {
		return nil, Errorf(ErrConfig, nil, "no store")
	}
	seen := map[string]bool{}
	for _, r := range routes {
		switch {
		case r == nil || r.Name == "":
			return nil, Errorf(ErrConfig, nil, "a route without a name")
		case seen[r.Name]:
			return nil, Errorf(ErrConfig, nil, "two routes named %q", r.Name)
		case r.Source == nil || r.Job == nil || r.Dest == nil || r.Wallet == nil:
			return nil, Errorf(ErrConfig, nil, "route %q needs a source, a job, a destination and a wallet", r.Name)
		}
		seen[r.Name] = true
	}
	return &Engine{store: store, routes: routes, opts: opts, log: opts.Logger, m: newMetrics(),
		scanned: map[string]time.Time{}, lastErrs: map[string]string{}, progress: map[string]*progress{},
		heads: map[string]*chainHead{}, wake: wakeChans(routes, opts)}, nil
}

func wakeKey(route string, lane Lane) string { return fmt.Sprintf("%s/%d", route, lane) }

func wakeChans(routes []*Route, opts Options) map[string]chan struct{} {
	out := map[string]chan struct{}{}
	for _, r := range routes {
		out[wakeKey(r.Name, Live)] = make(chan struct{}, opts.LiveWorkers)
		out[wakeKey(r.Name, Backfill)] = make(chan struct{}, opts.BackfillWorkers)
	}
	return out
}

// notify wakes the idle workers of a route's lanes (new work was stored).
func (e *Engine) notify(route string) {
	for _, lane := range []Lane{Live, Backfill} {
		ch := e.wake[wakeKey(route, lane)]
		for i := 0; i < cap(ch); i++ {
			select {
			case ch <- struct{}{}:
			default:
			}
		}
	}
}

// Registry returns the engine's Prometheus registry (serve it with
// promhttp.HandlerFor).
func (e *Engine) Registry() *prometheus.Registry { return e.m.reg }

// Owner returns the lease owner name of this engine.
func (e *Engine) Owner() string { return e.opts.Owner }

// Run works until ctx ends (it then returns nil after in-flight steps
// finish) or the store fails (it returns that error: the engine never
// continues past a failed write). It refuses to start, with
// ErrSourceChanged, on a store that shares no block with a route's source
// (written for another chain).
func (e *Engine) Run(ctx context.Context) error {
	// A store written for other chains is refused before any work: its
	// confirmed tasks would hide the new chains' work forever.
	if err := e.checkStore(ctx); err != nil {
		return err
	}
	e.mu.Lock()
	if e.running {
		e.mu.Unlock()
		return Errorf(ErrConfig, nil, "the engine is already running")
	}
	e.running = true
	now := time.Now()
	for _, r := range e.routes {
		e.scanned[r.Name] = now
		e.progress[r.Name] = newProgress(now)
		e.heads[r.sourceName()] = &chainHead{headAt: now}
	}
	e.mu.Unlock()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stop := func(err error) {
		e.mu.Lock()
		if e.fatal == nil {
			e.fatal = err
		}
		e.mu.Unlock()
		e.log.Error("engine stopped: store failure", "err", err)
		cancel(err)
	}
	for _, r := range e.routes {
		if err := e.recover(ctx, r); err != nil && ctx.Err() == nil {
			if isStoreErr(err) {
				stop(err)
				break
			}
			e.log.Warn("recovering sent transactions", "route", r.Name, "err", err)
		}
	}
	var wg sync.WaitGroup
	if n, ok := e.store.(Notifier); ok {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for route := range n.Notifications(ctx) {
				if _, mine := e.wake[wakeKey(route, Live)]; mine {
					e.notify(route)
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		e.monitor(ctx, stop)
	}()
	for _, r := range e.routes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.watch(ctx, r, stop)
		}()
		for lane, n := range map[Lane]int{Live: e.opts.LiveWorkers, Backfill: e.opts.BackfillWorkers} {
			for i := 0; i < n; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					e.work(ctx, r, lane, stop)
				}()
			}
		}
	}
	wg.Wait()
	// Hand the leased work over at once (best effort: after a crash the
	// leases run out, or a single-process store frees them on open).
	relCtx, relCancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	if err := e.store.Release(relCtx, e.opts.Owner); err != nil {
		e.log.Warn("releasing leases", "err", err)
	}
	if l, ok := e.store.(ScanLeaser); ok {
		for _, r := range e.routes {
			if _, err := l.LeaseScan(relCtx, r.Name, e.opts.Owner, 0); err != nil {
				e.log.Warn("giving up the scan lease", "route", r.Name, "err", err)
			}
		}
	}
	relCancel()
	e.mu.Lock()
	defer e.mu.Unlock()
	e.running = false
	if e.fatal == nil {
		e.log.Info("engine stopped: leases handed over")
	}
	return e.fatal
}

func isStoreErr(err error) bool {
	return errors.Is(err, ErrStore)
}

// recover finds the route's recorded sends: nonces they used are not
// handed out again, and transactions the chain does not know are
// broadcast again before any new send.
func (e *Engine) recover(ctx context.Context, r *Route) error {
	tasks, err := e.store.List(ctx, Filter{Route: r.Name, States: []State{Submitted}, Limit: 1 << 20})
	if err != nil {
		return err
	}
	for _, t := range tasks {
		if len(t.SentRaw) == 0 {
			continue
		}
		sent := Sent{Tx: t.SentTx, Nonce: t.SentNonce, Raw: t.SentRaw}
		r.Wallet.Recorded(sent)
		if _, err := r.Wallet.TransactionReceipt(ctx, t.SentTx); err == nil {
			continue
		}
		if err := r.Wallet.Rebroadcast(ctx, sent); err != nil {
			e.log.Warn("broadcasting a recorded transaction again", "route", r.Name, "task", t.ID, "tx", t.SentTx, "err", err)
			continue
		}
		e.log.Info("recovered a recorded send: broadcast again", "route", r.Name, "task", t.ID, "tx", t.SentTx, "nonce", t.SentNonce)
	}
	return nil
}

// watch scans the route's source until ctx ends.
func (e *Engine) watch(ctx context.Context, r *Route, stop func(error)) {
	t := time.NewTicker(e.opts.PollInterval)
	defer t.Stop()
	for {
		more, err := e.scanLeased(ctx, r)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil && isStoreErr(err):
			stop(err)
			return
		case err != nil && ctx.Err() == nil:
			e.m.rpcErrors.WithLabelValues(r.Name, errKind(err)).Inc()
			e.mu.Lock()
			e.lastErrs[r.Name] = err.Error()
			e.mu.Unlock()
			level := slog.LevelWarn
			if errors.Is(err, ErrSourceChanged) {
				level = slog.LevelInfo // a reorg met mid-scan: the next poll rewinds
			}
			e.log.Log(ctx, level, "scanning the source", "route", r.Name, "err", err)
		case err == nil:
			e.scannedOK(r)
		}
		if more && err == nil {
			select {
			case <-ctx.Done():
				return
			default:
				continue // catching up: scan the next range at once
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// scanLeased scans the route when this process holds its scan lease (on
// a store several processes share) or always (on a store of its own).
// Another process scanning counts as a scan here: only the lag is read.
func (e *Engine) scanLeased(ctx context.Context, r *Route) (more bool, err error) {
	l, ok := e.store.(ScanLeaser)
	if !ok {
		return e.scan(ctx, r)
	}
	mine, err := l.LeaseScan(ctx, r.Name, e.opts.Owner, e.scanLease())
	if err != nil {
		return false, err
	}
	if !mine {
		return false, e.measureLag(ctx, r)
	}
	more, err = e.scan(ctx, r)
	if err != nil && !isStoreErr(err) {
		// A source failing here may work from another process.
		if _, lerr := l.LeaseScan(ctx, r.Name, e.opts.Owner, 0); lerr != nil {
			return false, lerr
		}
	}
	return more, err
}

// scanLease is how long a scan lease runs without renewal: a killed
// holder's routes are scanned by another process after at most that.
func (e *Engine) scanLease() time.Duration { return max(5*e.opts.PollInterval, 5*time.Second) }

// measureLag sets the lag gauge of a route another process scans.
func (e *Engine) measureLag(ctx context.Context, r *Route) error {
	latest, err := e.latest(ctx, r)
	if err != nil {
		return err
	}
	cur, ok, err := e.store.Cursor(ctx, r.Name)
	if err != nil || !ok {
		return err
	}
	if head := latest.Number.Uint64(); head > cur.Number {
		e.m.lag.WithLabelValues(r.Name).Set(float64(head - cur.Number))
	} else {
		e.m.lag.WithLabelValues(r.Name).Set(0)
	}
	return nil
}

// monitor refreshes every route's task and stalled gauges every
// countsEvery, or less often when counting is slow (a large table): at
// most 5 % of the time. It runs apart from the routes' scans, so a source
// that hangs does not freeze its route's gauges.
func (e *Engine) monitor(ctx context.Context, stop func(error)) {
	for {
		start := time.Now()
		for _, r := range e.routes {
			if err := e.refreshCounts(ctx, r); err != nil && isStoreErr(err) && ctx.Err() == nil {
				stop(err)
				return
			}
		}
		t := time.NewTimer(max(min(countsEvery, e.opts.PollInterval), 20*time.Since(start)))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// refreshCounts sets the route's task gauges and its stalled gauge.
func (e *Engine) refreshCounts(ctx context.Context, r *Route) error {
	counts, err := e.store.Counts(ctx, r.Name)
	if err != nil {
		return err
	}
	for _, st := range States {
		e.m.tasks.WithLabelValues(r.Name, string(st)).Set(float64(counts[st]))
	}
	reasons, err := e.stallReasons(ctx, r, counts, time.Now())
	if err != nil {
		return err
	}
	stalled := 0.0
	if len(reasons) > 0 {
		stalled = 1
	}
	e.m.stalled.WithLabelValues(r.Name).Set(stalled)
	return nil
}

// latest reads the source's latest head and records the route's progress.
func (e *Engine) latest(ctx context.Context, r *Route) (*types.Header, error) {
	h, err := r.Source.HeaderByNumber(ctx, nil)
	if err != nil {
		if ctx.Err() == nil {
			e.headFailed(r, err)
		}
		return nil, err
	}
	e.sawHead(r, h)
	e.m.head.WithLabelValues(r.Name).Set(float64(h.Number.Uint64()))
	return h, nil
}

// scan moves the route's cursor forward by at most MaxScan blocks: it
// checks the cursor's block is still on the chain (rewinding to the fork
// point if not), records the tasks of the new blocks, and finalizes the
// tasks whose blocks became final. more reports that the source has more
// blocks to scan.
func (e *Engine) scan(ctx context.Context, r *Route) (more bool, err error) {
	latest, err := e.latest(ctx, r)
	if err != nil {
		return false, err
	}
	final, err := r.Source.Head(ctx)
	if err != nil {
		return false, err
	}
	cur, ok, err := e.store.Cursor(ctx, r.Name)
	if err != nil {
		return false, err
	}
	from := r.StartBlock
	if ok {
		if cur, err = e.checkReorg(ctx, r, cur, final.Number.Uint64()); err != nil {
			return false, err
		}
		from = cur.Number + 1
	}
	head := latest.Number.Uint64()
	if head > cur.Number {
		e.m.lag.WithLabelValues(r.Name).Set(float64(head - cur.Number))
	} else {
		e.m.lag.WithLabelValues(r.Name).Set(0)
	}
	finalN := final.Number.Uint64()
	if from <= head {
		to := min(head, from+e.opts.MaxScan-1)
		// The block at the range's end, read before the events: if the
		// chain reorganizes while the range is read, it is not the block
		// read at that height afterwards.
		before := latest
		if to < head {
			if before, err = r.Source.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
				return false, err
			}
		}
		tasks, err := r.Job.Observe(ctx, r.Source, from, to)
		if err != nil {
			return false, err
		}
		// Hashes of the scanned blocks within the reorg window (so a reorg,
		// even one deeper than the finality rule, is measured to its fork
		// point), and always of the cursor's block.
		var blocks []Cursor
		low := from
		if finalN > e.opts.ReorgWindow {
			low = max(from, finalN-e.opts.ReorgWindow)
		}
		if low > to {
			low = to
		}
		for n := low; n <= to; n++ {
			h, err := r.Source.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return false, err
			}
			blocks = append(blocks, Cursor{Number: n, Hash: h.Hash()})
			if n == from && ok && h.ParentHash != cur.Hash {
				// Not a child of the cursor's block as read before: the
				// chain reorganized since, unless the source's headers
				// name their parents by another hash (a TRON block id).
				again, err := r.Source.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
				if err != nil {
					return false, err
				}
				if again.Hash() != cur.Hash {
					return false, Errorf(ErrSourceChanged, nil, "route %s: block %d changed while the range %d-%d was read", r.Name, cur.Number, from, to)
				}
			}
		}
		toHash := blocks[len(blocks)-1].Hash
		if toHash != before.Hash() {
			return false, Errorf(ErrSourceChanged, nil, "route %s: block %d changed while the range %d-%d was read", r.Name, to, from, to)
		}
		for _, t := range tasks {
			if t.BlockHash == (common.Hash{}) || t.Block < low || t.Block > to {
				continue
			}
			if got := blocks[t.Block-low].Hash; got != t.BlockHash {
				return false, Errorf(ErrSourceChanged, nil, "route %s: task %s is from block %d %s, the chain has %s there", r.Name, t.ID, t.Block, t.BlockHash, got)
			}
		}
		now := time.Now()
		for _, t := range tasks {
			t.Route = r.Name
			t.State = Observed
			if t.Block <= finalN {
				t.State = Final
			}
			t.Lane = Live
			if head-t.Block > e.opts.BackfillDistance {
				t.Lane = Backfill
			}
			t.Created, t.Updated, t.NextTry = now, now, now
		}
		n, err := e.store.Advance(ctx, r.Name, Cursor{Number: to, Hash: toHash}, blocks, tasks)
		if err != nil {
			return false, err
		}
		if n > 0 {
			e.notify(r.Name)
			e.m.observed.WithLabelValues(r.Name).Add(float64(n))
			e.log.Debug("observed", "route", r.Name, "from", from, "to", to, "new", n)
		}
		more = to < head
	}
	keepFrom := uint64(0)
	if finalN > e.opts.ReorgWindow {
		keepFrom = finalN - e.opts.ReorgWindow
	}
	nf, err := e.store.Finalize(ctx, r.Name, finalN, keepFrom)
	if err != nil {
		return false, err
	}
	if nf > 0 {
		e.notify(r.Name)
	}
	return more, nil
}

// checkStore refuses a store that shares no block with a route's source:
// the store was written for another chain (a restarted devnet, a backup
// from another network) or the source reorganized deeper than the store
// keeps. A source that cannot be read now is left to the scans.
func (e *Engine) checkStore(ctx context.Context) error {
	for _, r := range e.routes {
		cur, ok, err := e.store.Cursor(ctx, r.Name)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if _, err := e.findFork(ctx, r, cur); errors.Is(err, ErrSourceChanged) || isStoreErr(err) {
			return err
		}
	}
	return nil
}

// checkReorg compares the cursor with the chain; on a mismatch it walks
// back over the recorded hashes to the fork point and rewinds there.
func (e *Engine) checkReorg(ctx context.Context, r *Route, cur Cursor, final uint64) (Cursor, error) {
	fork, err := e.findFork(ctx, r, cur)
	if err != nil || fork == cur {
		if errors.Is(err, ErrSourceChanged) {
			e.lostSource(r, err)
		}
		return cur, err
	}
	dropped, deep, err := e.store.Rewind(ctx, r.Name, fork)
	if err != nil {
		return cur, err
	}
	e.m.reorgs.WithLabelValues(r.Name).Inc()
	e.m.dropped.WithLabelValues(r.Name).Add(float64(dropped + deep))
	level := slog.LevelWarn
	if fork.Number < final || deep > 0 {
		level = slog.LevelError // deeper than the finality rule promised
	}
	e.log.Log(ctx, level, "source reorg", "route", r.Name, "chain", r.sourceName(), "cursor", cur.Number, "fork", fork.Number,
		"dropped", dropped, "droppedFinal", deep)
	return fork, nil
}

// findFork returns the cursor itself when its block is still on the
// chain, else the highest block below it whose recorded hash the chain
// still has. A walk that reaches a block with no record (below what the
// store keeps) or only the genesis block has found no common block: the
// source is another chain than the store's (one started again from the
// same genesis, as a devnet is), or it reorganized deeper than
// ReorgWindow — ErrSourceChanged, and nothing is rewound (a block the
// store cannot vouch for is never taken as the fork point).
func (e *Engine) findFork(ctx context.Context, r *Route, cur Cursor) (Cursor, error) {
	h, err := r.Source.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
	if err != nil {
		if errors.Is(err, ethereum.NotFound) {
			h = nil // the chain is now shorter than the cursor
		} else {
			return cur, err
		}
	}
	if h != nil && h.Hash() == cur.Hash {
		return cur, nil
	}
	for n := cur.Number; n > 0; n-- {
		stored, ok, err := e.store.BlockHash(ctx, r.Name, n-1)
		if err != nil {
			return cur, err
		}
		// Below where the route starts there are no records and no
		// work: the block before StartBlock is a fork point whatever it
		// holds.
		below := n == r.StartBlock
		if !ok && !below {
			break
		}
		ch, err := r.Source.HeaderByNumber(ctx, new(big.Int).SetUint64(n-1))
		if errors.Is(err, ethereum.NotFound) {
			continue // the chain is shorter than that now: further down
		}
		if err != nil {
			return cur, err
		}
		if below {
			return Cursor{Number: n - 1, Hash: ch.Hash()}, nil
		}
		if ch.Hash() == stored {
			if n-1 == 0 {
				// Only the genesis block in common: a chain started
				// again from the same genesis (a restarted devnet), not
				// a reorg — its blocks are not the ones the store's
				// work came from.
				break
			}
			return Cursor{Number: n - 1, Hash: ch.Hash()}, nil
		}
	}
	return cur, Errorf(ErrSourceChanged, nil, "route %s: chain %s has none of the blocks the store recorded up to %d (%s there) but its genesis: "+
		"it is another chain than the store's (a restarted devnet?), or it reorganized deeper than ReorgWindow; "+
		"relay it with a fresh store", r.Name, r.sourceName(), cur.Number, cur.Hash.TerminalString())
}

var workStates = []State{Final, Awaiting, Proven, Submitted}

// countsEvery is how often the per-state task gauges are refreshed (a
// count over the store is not free).
const countsEvery = time.Second

// work claims and advances the route's due tasks in one lane until ctx
// ends.
func (e *Engine) work(ctx context.Context, r *Route, lane Lane, stop func(error)) {
	// An idle worker waits longer after each empty claim, up to the poll
	// interval; work this process stores wakes it at once, work another
	// process stores (or backoffs running out) is found by the next claim.
	minIdle := max(e.opts.PollInterval/16, time.Millisecond)
	idle := minIdle
	wake := e.wake[wakeKey(r.Name, lane)]
	for ctx.Err() == nil {
		tasks, err := e.store.Claim(ctx, ClaimRequest{Route: r.Name, Lane: lane, States: workStates,
			Owner: e.opts.Owner, Limit: e.opts.ClaimLimit, Now: time.Now(), Lease: e.opts.Lease})
		if err != nil {
			if ctx.Err() == nil {
				stop(err)
			}
			return
		}
		// Steps that do not send are saved together, one transaction
		// for the claimed batch; a send records itself before it
		// broadcasts.
		var batch []*Task
		for _, t := range tasks {
			if ctx.Err() != nil {
				break // unsaved work is redone: its leases run out, or Release frees them
			}
			saved, err := e.step(ctx, r, t)
			if err != nil {
				if ctx.Err() == nil {
					stop(err)
				}
				return
			}
			if !saved {
				batch = append(batch, t)
			}
		}
		if len(batch) > 0 {
			if err := e.save(ctx, r, batch); err != nil {
				if ctx.Err() == nil {
					stop(err)
				}
				return
			}
		}
		if len(tasks) > 0 {
			idle = minIdle
			continue
		}
		timer := time.NewTimer(idle)
		select {
		case <-ctx.Done():
		case <-wake:
			idle = minIdle
		case <-timer.C:
			idle = min(2*idle, e.opts.PollInterval)
		}
		timer.Stop()
	}
}

// save writes a batch of stepped tasks. A task whose lease another owner
// took meanwhile is skipped (its new owner redoes the step), and so is one
// a reorg rewound away while it was being worked on.
func (e *Engine) save(ctx context.Context, r *Route, batch []*Task) error {
	err := e.store.Save(ctx, e.opts.Owner, batch...)
	if !errors.Is(err, ErrLeaseLost) && !errors.Is(err, ErrNotFound) {
		return err
	}
	for _, t := range batch {
		if err := e.store.Save(ctx, e.opts.Owner, t); err != nil {
			switch {
			case errors.Is(err, ErrLeaseLost):
				e.log.Warn("lease lost", "route", r.Name, "task", t.ID)
			case errors.Is(err, ErrNotFound):
				e.log.Info("task dropped by a reorg while in work", "route", r.Name, "task", t.ID)
			default:
				return err
			}
		}
	}
	return nil
}

// step advances one claimed task as far as it can go now. saved reports
// that the task was already written (a send records itself); a returned
// error is a store failure.
func (e *Engine) step(ctx context.Context, r *Route, t *Task) (saved bool, err error) {
	blocked := ""
	saved, err = e.advance(ctx, r, t, &blocked)
	e.noteTask(r, t, blocked)
	return saved, err
}

// advance is step's work; *why is set to the reason a task cannot move by
// itself (ErrBlocked).
func (e *Engine) advance(ctx context.Context, r *Route, t *Task, why *string) (saved bool, err error) {
	switch t.State {
	case Final, Awaiting:
		ready, reason, err := r.Job.Prove(ctx, t)
		blocked := errors.Is(err, ErrBlocked)
		if blocked || errors.Is(err, ErrWaiting) {
			ready, reason, err = false, err.Error(), nil
		}
		if err != nil {
			e.attemptFailed(r, t, "proving", err)
			return false, nil
		}
		if !ready {
			t.State, t.LastError = Awaiting, reason
			t.NextTry = time.Now().Add(e.opts.AwaitInterval)
			if blocked {
				*why = reason
			}
			return false, nil
		}
		t.State, t.LastError, t.Attempts = Proven, "", 0
		return e.deliver(ctx, r, t)
	case Proven:
		return e.deliver(ctx, r, t)
	case Submitted:
		return false, e.confirm(ctx, r, t)
	}
	t.NextTry = time.Now().Add(e.opts.MaxBackoff)
	return false, nil
}

// deliver sends a proven task unless the destination already has it.
func (e *Engine) deliver(ctx context.Context, r *Route, t *Task) (bool, error) {
	done, err := r.Dest.Delivered(ctx, t)
	if err != nil {
		e.attemptFailed(r, t, "asking the destination", err)
		return false, nil
	}
	if done {
		e.confirmed(r, t, "the destination already has it")
		return false, nil
	}
	to, data, gas, err := r.Dest.Call(t)
	if err != nil {
		e.attemptFailed(r, t, "building the call", err)
		return false, nil
	}
	var recordErr error
	sent, err := r.Wallet.Send(ctx, to, data, gas, func(s Sent) error {
		t.State = Submitted
		t.SentTx, t.SentNonce, t.SentRaw, t.SentAt = s.Tx, s.Nonce, s.Raw, time.Now()
		t.NextTry = time.Now().Add(e.opts.ConfirmPoll)
		recordErr = e.store.Save(ctx, e.opts.Owner, t)
		return recordErr
	})
	switch {
	case recordErr != nil:
		// Not recorded, so not broadcast: another owner has the task, or
		// a reorg dropped it.
		if errors.Is(recordErr, ErrLeaseLost) || errors.Is(recordErr, ErrNotFound) {
			return true, nil
		}
		return true, recordErr
	case sent.Raw == nil && err != nil:
		e.attemptFailed(r, t, "sending", err)
		return false, nil
	case err != nil:
		e.m.rpcErrors.WithLabelValues(r.Name, errKind(err)).Inc()
		e.log.Warn("broadcast failed; the recorded transaction will be sent again", "route", r.Name, "task", t.ID, "tx", sent.Tx, "err", err)
	default:
		e.log.Info("sent", "route", r.Name, "task", t.ID, "tx", sent.Tx, "nonce", sent.Nonce)
	}
	return true, nil
}

// confirm follows a recorded send to its end.
func (e *Engine) confirm(ctx context.Context, r *Route, t *Task) error {
	rec, err := r.Wallet.TransactionReceipt(ctx, t.SentTx)
	switch {
	case err == nil && rec != nil:
		if r.Confirmations > 0 {
			head, err := r.Wallet.HeaderByNumber(ctx, nil)
			if err != nil || head.Number.Uint64() < rec.BlockNumber.Uint64()+r.Confirmations {
				t.NextTry = time.Now().Add(e.opts.ConfirmPoll)
				return nil
			}
		}
		if rec.Status == types.ReceiptStatusSuccessful {
			t.GasUsed = rec.GasUsed
			e.m.gas.WithLabelValues(r.Name).Add(float64(rec.GasUsed))
			if !t.SentAt.IsZero() {
				e.m.submit.WithLabelValues(r.Name).Observe(time.Since(t.SentAt).Seconds())
			}
			e.confirmed(r, t, "")
			return nil
		}
		// Reverted: a duplicate (another relayer was first) or a real
		// failure. The destination decides.
		e.m.reverted.WithLabelValues(r.Name).Inc()
		e.m.gas.WithLabelValues(r.Name).Add(float64(rec.GasUsed))
		done, derr := r.Dest.Delivered(ctx, t)
		if derr == nil && done {
			e.confirmed(r, t, "delivered by another send; ours reverted")
			return nil
		}
		t.State = Proven
		t.SentTx, t.SentRaw = common.Hash{}, nil
		e.attemptFailed(r, t, "the transaction reverted", fmt.Errorf("tx %s reverted in block %s", rec.TxHash, rec.BlockNumber))
		return nil
	case err != nil && !errors.Is(err, ethereum.NotFound) && !errors.Is(err, evm.ErrIndexing):
		e.m.rpcErrors.WithLabelValues(r.Name, errKind(err)).Inc()
		t.NextTry = time.Now().Add(e.opts.ConfirmPoll)
		t.LastError = "reading the receipt: " + err.Error()
		return nil
	}
	// Not mined (or not known yet). If it can no longer be mined (its
	// nonce used by another transaction, or expired), check the
	// destination, else send again. (The sender may be another process's
	// wallet: with a shared store, whoever holds the task now finishes it.)
	sent := Sent{Tx: t.SentTx, Nonce: t.SentNonce, Raw: t.SentRaw}
	dropped, err := r.Wallet.Dropped(ctx, sent)
	if errors.Is(err, ErrBadState) {
		t.State, t.SentTx, t.SentRaw = Proven, common.Hash{}, nil
		e.attemptFailed(r, t, "the recorded transaction", err)
		return nil
	}
	if err == nil && dropped {
		done, derr := r.Dest.Delivered(ctx, t)
		if derr == nil && done {
			e.confirmed(r, t, "delivered; our transaction was replaced")
			return nil
		}
		if derr == nil {
			t.State = Proven
			t.SentTx, t.SentRaw = common.Hash{}, nil
			t.NextTry = time.Now()
			t.LastError = "our transaction can no longer be mined (nonce used, or expired); sending again"
			return nil
		}
	}
	if time.Since(t.SentAt) > e.opts.ResendAfter {
		if err := r.Wallet.Rebroadcast(ctx, sent); err != nil {
			t.LastError = "broadcasting again: " + err.Error()
		}
		t.SentAt = time.Now()
	}
	t.NextTry = time.Now().Add(e.opts.ConfirmPoll)
	return nil
}

func (e *Engine) confirmed(r *Route, t *Task, note string) {
	t.State, t.LastError, t.NextTry = Confirmed, note, time.Time{}
	e.m.confirmed.WithLabelValues(r.Name).Inc()
	e.sawDelivery(r)
	e.log.Info("delivered", "route", r.Name, "task", t.ID, "tx", t.SentTx, "note", note)
}

// attemptFailed records a failed attempt: backoff, or Failed once
// MaxAttempts is reached or the error says the task cannot succeed.
func (e *Engine) attemptFailed(r *Route, t *Task, what string, err error) {
	t.Attempts++
	t.LastError = what + ": " + err.Error()
	e.m.rpcErrors.WithLabelValues(r.Name, errKind(err)).Inc()
	if errors.Is(err, ErrBadState) || t.Attempts >= e.opts.MaxAttempts {
		t.State = Failed
		e.log.Error("task failed", "route", r.Name, "task", t.ID, "attempts", t.Attempts, "err", t.LastError)
		return
	}
	t.NextTry = time.Now().Add(e.backoff(t.Attempts))
	e.log.Info("attempt failed", "route", r.Name, "task", t.ID, "attempt", t.Attempts, "next", t.NextTry, "err", t.LastError)
}

func (e *Engine) backoff(attempt int) time.Duration {
	d := e.opts.BaseBackoff
	for i := 1; i < attempt && d < e.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, e.opts.MaxBackoff)
	return d/2 + mrand.N(d/2+1)
}
