package evm

import (
	"context"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Options tunes a Client; zero values take the defaults.
type Options struct {
	// MaxAttempts bounds the attempts of one operation across endpoints
	// (default 6).
	MaxAttempts int
	// BaseBackoff and MaxBackoff bound the exponential backoff between
	// attempts (defaults 100 ms and 5 s); each wait is drawn uniformly
	// from [d/2, d] (jitter).
	BaseBackoff, MaxBackoff time.Duration
	// StallAfter is how long an endpoint's latest block may stay the same
	// before the client asks the other endpoints whether they are ahead
	// (default 10 block times).
	StallAfter time.Duration
	// MaxLogRange is the widest block range ScanLogs asks for (default 2000).
	MaxLogRange uint64
	// RequestTimeout bounds one attempt, so a hanging endpoint is failed
	// over instead of waited on (default 10 s).
	RequestTimeout time.Duration
	// Logger receives retries and failovers (default: discard).
	Logger *slog.Logger
}

// endpoint is one node.
type endpoint struct {
	index    int
	eth      *ethclient.Client
	head     uint64
	headAt   time.Time
	failures int
}

// Client talks to one chain through several JSON-RPC endpoints, retrying
// transient failures with exponential backoff and jitter, failing over
// between endpoints, and noticing an endpoint whose head has stalled. It
// implements the chains interfaces. Safe for concurrent use.
type Client struct {
	preset Preset
	opts   Options
	log    *slog.Logger

	mu  sync.Mutex
	eps []*endpoint
	cur int
}

// Dial connects to the endpoints and checks that each serves the preset's
// chain id (ErrWrongChain otherwise).
func Dial(ctx context.Context, preset Preset, urls []string, opts Options) (*Client, error) {
	var clients []*rpc.Client
	for _, u := range urls {
		c, err := rpc.DialContext(ctx, u)
		if err != nil {
			for _, d := range clients {
				d.Close()
			}
			return nil, &Error{Kind: ErrTransient, Op: "dial", Attempts: 1, Err: err}
		}
		clients = append(clients, c)
	}
	return New(ctx, preset, clients, opts)
}

// NewAny wraps one connected client whose chain id the caller does not
// know (command-line tools given a URL): the preset's ChainID is read
// from the node.
func NewAny(ctx context.Context, preset Preset, c *rpc.Client, opts Options) (*Client, error) {
	id, err := ethclient.NewClient(c).ChainID(ctx)
	if err != nil {
		return nil, &Error{Kind: ErrTransient, Op: "eth_chainId", Attempts: 1, Err: err}
	}
	preset.ChainID = id.Uint64()
	return New(ctx, preset, []*rpc.Client{c}, opts)
}

// DialAny is NewAny over a URL.
func DialAny(ctx context.Context, preset Preset, url string, opts Options) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, &Error{Kind: ErrTransient, Op: "dial", Attempts: 1, Err: err}
	}
	cl, err := NewAny(ctx, preset, c, opts)
	if err != nil {
		c.Close()
	}
	return cl, err
}

// New wraps connected clients (the first is preferred) and checks their
// chain ids.
func New(ctx context.Context, preset Preset, clients []*rpc.Client, opts Options) (*Client, error) {
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 6
	}
	if opts.BaseBackoff <= 0 {
		opts.BaseBackoff = 100 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 5 * time.Second
	}
	if opts.StallAfter <= 0 {
		opts.StallAfter = 10 * preset.BlockTime
	}
	if opts.MaxLogRange == 0 {
		opts.MaxLogRange = 2000
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 10 * time.Second
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Client{preset: preset, opts: opts, log: log.With("chain", preset.Name)}
	for i, rc := range clients {
		c.eps = append(c.eps, &endpoint{index: i, eth: ethclient.NewClient(rc)})
	}
	if len(c.eps) == 0 {
		return nil, &Error{Kind: ErrPermanent, Op: "new", Err: errNoEndpoints}
	}
	for _, ep := range c.eps {
		cctx, cancel := context.WithTimeout(ctx, opts.RequestTimeout)
		id, err := ep.eth.ChainID(cctx)
		cancel()
		if err != nil {
			return nil, &Error{Kind: classify(err), Op: "eth_chainId", Attempts: 1, Err: err}
		}
		if id.Uint64() != preset.ChainID {
			return nil, &Error{Kind: ErrWrongChain, Op: "eth_chainId", Attempts: 1,
				Err: errorf("endpoint %d serves chain %s, want %d", ep.index, id, preset.ChainID)}
		}
	}
	return c, nil
}

// Preset returns the chain's preset.
func (c *Client) Preset() Preset { return c.preset }

func (c *Client) current() *endpoint {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.eps[c.cur]
}

// failover moves to the next endpoint if ep is still the current one.
func (c *Client) failover(ep *endpoint, reason ErrorKind) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ep.failures++
	if c.eps[c.cur] == ep && len(c.eps) > 1 {
		c.cur = (c.cur + 1) % len(c.eps)
		c.log.Warn("failing over", "from", ep.index, "to", c.eps[c.cur].index, "reason", string(reason))
	}
}

func (c *Client) backoff(attempt int) time.Duration {
	d := c.opts.BaseBackoff << attempt
	if d <= 0 || d > c.opts.MaxBackoff {
		d = c.opts.MaxBackoff
	}
	return d/2 + rand.N(d/2+1)
}

// do runs fn against the current endpoint, retrying and failing over on
// rate limits and transient failures.
func (c *Client) do(ctx context.Context, op string, fn func(ctx context.Context, ep *endpoint) error) error {
	var last error
	kind := ErrTransient
	for attempt := 0; attempt < c.opts.MaxAttempts; attempt++ {
		ep := c.current()
		actx, cancel := context.WithTimeout(ctx, c.opts.RequestTimeout)
		err := fn(actx, ep)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return &Error{Kind: ErrTransient, Op: op, Attempts: attempt + 1, Err: ctx.Err()}
		}
		last, kind = err, classify(err)
		if kind == ErrPermanent || kind == ErrTooManyResults || kind == ErrIndexing {
			return &Error{Kind: kind, Op: op, Attempts: attempt + 1, Err: err}
		}
		c.log.Debug("retrying", "op", op, "endpoint", ep.index, "attempt", attempt+1, "kind", string(kind))
		c.failover(ep, kind)
		t := time.NewTimer(c.backoff(attempt))
		select {
		case <-ctx.Done():
			t.Stop()
			return &Error{Kind: ErrTransient, Op: op, Attempts: attempt + 1, Err: ctx.Err()}
		case <-t.C:
		}
	}
	return &Error{Kind: kind, Op: op, Attempts: c.opts.MaxAttempts, Err: last}
}

// Latest returns the newest header of the chain (no finality rule),
// failing over when the current endpoint's head has stalled while
// another's has not.
func (c *Client) Latest(ctx context.Context) (*types.Header, error) {
	var h *types.Header
	err := c.do(ctx, "latest header", func(ctx context.Context, ep *endpoint) error {
		var err error
		h, err = ep.eth.HeaderByNumber(ctx, nil)
		return err
	})
	if err != nil {
		return nil, err
	}
	ep := c.current()
	now := time.Now()
	c.mu.Lock()
	if ep.headAt.IsZero() || h.Number.Uint64() != ep.head {
		ep.head, ep.headAt = h.Number.Uint64(), now
	}
	stalled := now.Sub(ep.headAt) > c.opts.StallAfter
	c.mu.Unlock()
	if stalled {
		if better := c.ahead(ctx, ep, h); better != nil {
			return better, nil
		}
	}
	return h, nil
}

// ahead asks the other endpoints for their head and switches to the first
// that is ahead of the stalled one's.
func (c *Client) ahead(ctx context.Context, stalled *endpoint, head *types.Header) *types.Header {
	for _, ep := range c.eps {
		if ep == stalled {
			continue
		}
		h, err := ep.eth.HeaderByNumber(ctx, nil)
		if err != nil || h.Number.Cmp(head.Number) <= 0 {
			continue
		}
		c.mu.Lock()
		ep.head, ep.headAt = h.Number.Uint64(), time.Now()
		for i := range c.eps {
			if c.eps[i] == ep {
				c.cur = i
			}
		}
		c.mu.Unlock()
		c.log.Warn("head stalled, switched endpoint", "stalled", stalled.index, "to", ep.index,
			"stalledAt", head.Number.Uint64(), "ahead", h.Number.Uint64())
		return h
	}
	return nil
}

// Head returns the newest final header under the preset's finality rule.
func (c *Client) Head(ctx context.Context) (*types.Header, error) {
	if tag := c.preset.Finality.Tag; tag != "" {
		n := big.NewInt(int64(rpc.FinalizedBlockNumber))
		if tag == "safe" {
			n = big.NewInt(int64(rpc.SafeBlockNumber))
		}
		return c.HeaderByNumber(ctx, n)
	}
	latest, err := c.Latest(ctx)
	if err != nil {
		return nil, err
	}
	conf := c.preset.Finality.Confirmations
	if latest.Number.Uint64() < conf {
		return c.HeaderByNumber(ctx, big.NewInt(0))
	}
	if conf == 0 {
		return latest, nil
	}
	return c.HeaderByNumber(ctx, new(big.Int).SetUint64(latest.Number.Uint64()-conf))
}

// HeaderByNumber reads a header (nil: the latest).
func (c *Client) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	var h *types.Header
	err := c.do(ctx, "header", func(ctx context.Context, ep *endpoint) error {
		var err error
		h, err = ep.eth.HeaderByNumber(ctx, n)
		return err
	})
	return h, err
}

// FilterLogs reads logs for a query.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var logs []types.Log
	err := c.do(ctx, "logs", func(ctx context.Context, ep *endpoint) error {
		var err error
		logs, err = ep.eth.FilterLogs(ctx, q)
		return err
	})
	return logs, err
}

// TransactionReceipt reads a receipt (ethereum.NotFound if not mined).
func (c *Client) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	err := c.do(ctx, "receipt", func(ctx context.Context, ep *endpoint) error {
		var err error
		r, err = ep.eth.TransactionReceipt(ctx, tx)
		if err == ethereum.NotFound {
			return nil
		}
		return err
	})
	if err == nil && r == nil {
		return nil, ethereum.NotFound
	}
	return r, err
}

// CallContract runs a read-only call.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	var out []byte
	err := c.do(ctx, "call", func(ctx context.Context, ep *endpoint) error {
		var err error
		out, err = ep.eth.CallContract(ctx, msg, block)
		return err
	})
	return out, err
}

// BatchCallContext sends the calls in one JSON-RPC batch, with the
// client's retries and failover: a transport failure, or an element that
// failed transiently (rate limit, timeout, a node still indexing), sends
// the whole batch again. An element's permanent error is left in its
// Error field for the caller, as rpc.Client does.
func (c *Client) BatchCallContext(ctx context.Context, batch []rpc.BatchElem) error {
	return c.do(ctx, "batch", func(ctx context.Context, ep *endpoint) error {
		for i := range batch {
			batch[i].Error = nil
		}
		if err := ep.eth.Client().BatchCallContext(ctx, batch); err != nil {
			return err
		}
		for _, e := range batch {
			if e.Error != nil && classify(e.Error) != ErrPermanent {
				return e.Error
			}
		}
		return nil
	})
}

// SendTransaction broadcasts a signed transaction. An endpoint answering
// "already known" counts as success.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return c.do(ctx, "send", func(ctx context.Context, ep *endpoint) error {
		err := ep.eth.SendTransaction(ctx, tx)
		if err != nil && containsAny(err, "already known", "known transaction") {
			return nil
		}
		return err
	})
}

// PendingNonceAt returns the account's next nonce including pending
// transactions.
func (c *Client) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	var n uint64
	err := c.do(ctx, "nonce", func(ctx context.Context, ep *endpoint) error {
		var err error
		n, err = ep.eth.PendingNonceAt(ctx, a)
		return err
	})
	return n, err
}

// NonceAt returns the account's nonce at a block (nil: the latest).
func (c *Client) NonceAt(ctx context.Context, a common.Address, block *big.Int) (uint64, error) {
	var n uint64
	err := c.do(ctx, "nonce", func(ctx context.Context, ep *endpoint) error {
		var err error
		n, err = ep.eth.NonceAt(ctx, a, block)
		return err
	})
	return n, err
}

// fees returns a suggested tip and the latest base fee (nil before
// London), or a legacy gas price as tip.
func (c *Client) fees(ctx context.Context) (tip, base *big.Int, err error) {
	err = c.do(ctx, "fees", func(ctx context.Context, ep *endpoint) error {
		if !c.preset.EIP1559 {
			var err error
			tip, err = ep.eth.SuggestGasPrice(ctx)
			return err
		}
		h, err := ep.eth.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		base = h.BaseFee
		tip, err = ep.eth.SuggestGasTipCap(ctx)
		return err
	})
	return tip, base, err
}

// ScanLogs reads the logs of q over blocks [from, to] in bounded ranges
// and hands each range's logs to fn in order. A node that refuses a range
// as too large halves it; successes double it back up to MaxLogRange.
func (c *Client) ScanLogs(ctx context.Context, q ethereum.FilterQuery, from, to uint64, fn func(logs []types.Log, from, to uint64) error) error {
	window := c.opts.MaxLogRange
	for start := from; start <= to; {
		end := min(to, start+window-1)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(start), new(big.Int).SetUint64(end)
		logs, err := c.FilterLogs(ctx, q)
		if err != nil {
			if errorsIs(err, ErrTooManyResults) && window > 1 {
				window /= 2
				c.log.Debug("narrowing log range", "window", window)
				continue
			}
			return err
		}
		if err := fn(logs, start, end); err != nil {
			return err
		}
		if end == to {
			return nil
		}
		start = end + 1
		window = min(window*2, c.opts.MaxLogRange)
	}
	return nil
}

// Close closes the connections.
func (c *Client) Close() {
	for _, ep := range c.eps {
		ep.eth.Close()
	}
}
