package relay_test

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// forkingChain has two branches that share blocks below forkAt, and a
// third, "c", that shares none (another chain altogether). It starts
// on branch "a" with blocks 0..n and can switch to branch "b" (a reorg)
// at a chosen moment of a scan. Nothing is ever final, so the engine only
// records tasks (the test reads which).
type forkingChain struct {
	forkAt uint64
	hashes map[string][]common.Hash

	mu        sync.Mutex
	branch    string
	n         uint64
	onObserve func(c *forkingChain, start bool) // called at the start and end of every Observe
}

func newForkingChain(forkAt, max uint64) *forkingChain {
	c := &forkingChain{forkAt: forkAt, hashes: map[string][]common.Hash{}, branch: "a"}
	for _, br := range []string{"a", "b", "c"} {
		var parent common.Hash
		for i := uint64(0); i <= max; i++ {
			h := c.makeHeader(br, i, parent)
			parent = h.Hash()
			c.hashes[br] = append(c.hashes[br], parent)
		}
	}
	return c
}

func (c *forkingChain) makeHeader(br string, n uint64, parent common.Hash) *types.Header {
	h := &types.Header{Number: new(big.Int).SetUint64(n), ParentHash: parent, Difficulty: big.NewInt(1)}
	if n >= c.forkAt || br == "c" {
		h.Extra = []byte(br)
	}
	return h
}

func (c *forkingChain) state() (string, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.branch, c.n
}

func (c *forkingChain) set(branch string, n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.branch, c.n = branch, n
}

func (c *forkingChain) header(br string, n uint64) *types.Header {
	var parent common.Hash
	if n > 0 {
		parent = c.hashes[br][n-1]
	}
	return c.makeHeader(br, n, parent)
}

func (c *forkingChain) Head(context.Context) (*types.Header, error) {
	br, _ := c.state()
	return c.header(br, 0), nil // nothing final
}

func (c *forkingChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	br, head := c.state()
	if n == nil {
		return c.header(br, head), nil
	}
	if n.Uint64() > head {
		return nil, ethereum.NotFound
	}
	return c.header(br, n.Uint64()), nil
}

func (c *forkingChain) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}

func (c *forkingChain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}

// Observe implements relay.Job: one task per block, named after the
// block's branch and carrying its hash, as an event read from a log does.
func (c *forkingChain) Observe(_ context.Context, _ relay.Source, from, to uint64) ([]*relay.Task, error) {
	if c.onObserve != nil {
		c.onObserve(c, true)
	}
	br, head := c.state()
	var out []*relay.Task
	for b := from; b <= min(to, head); b++ {
		name := "a"
		if b >= c.forkAt {
			name = br
		}
		out = append(out, &relay.Task{ID: fmt.Sprintf("ev/%s/%d", name, b), Block: b, BlockHash: c.hashes[br][b]})
	}
	if c.onObserve != nil {
		c.onObserve(c, false)
	}
	return out, nil
}

func (c *forkingChain) Prove(context.Context, *relay.Task) (bool, string, error) {
	return false, "never", nil
}

// A reorg that happens while the engine scans a range (after it checked
// its cursor, before or after it read the range's events) is never
// recorded as the old branch's tasks under the new branch's hashes: the
// engine ends with exactly the new branch's tasks.
func TestReorgDuringScan(t *testing.T) {
	for _, at := range []string{"before the events", "after the events"} {
		t.Run(at, func(t *testing.T) {
			const forkAt, first, last = 3, 5, 10
			c := newForkingChain(forkAt, last)
			c.set("a", first)
			eng, _ := newTestEngine(t, c, c, relay.Options{PollInterval: 5 * time.Millisecond})
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			var once sync.Once
			c.onObserve = func(c *forkingChain, start bool) {
				if _, head := c.state(); head < last {
					return
				}
				if start == (at == "before the events") {
					once.Do(func() { c.set("b", last) })
				}
			}
			go func() { done <- eng.Run(ctx) }()
			defer func() {
				cancel()
				require.NoError(t, <-done)
			}()

			want := []string{}
			for b := 0; b <= last; b++ {
				br := "a"
				if b >= forkAt {
					br = "b"
				}
				want = append(want, fmt.Sprintf("ev/%s/%d", br, b))
			}
			ids := func() []string {
				tasks, err := eng.List(ctx, relay.Filter{Route: "r"})
				require.NoError(t, err)
				var out []string
				for _, task := range tasks {
					out = append(out, task.ID)
				}
				sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
				return out
			}
			require.Eventually(t, func() bool { return len(ids()) == first+1 }, 5*time.Second, 5*time.Millisecond)
			c.set("a", last) // the chain grows; the reorg comes during the scan of 6..10
			sort.Strings(want)
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && fmt.Sprint(ids()) != fmt.Sprint(want); {
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(50 * time.Millisecond)
			require.Equal(t, want, ids())
		})
	}
}

// unlinkedChain names every block's parent by another hash than its
// header's Hash (as a TRON adapter's headers do: the parent is a TRON
// block id).
type unlinkedChain struct{ relaytest.MemChain }

func (c unlinkedChain) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := c.MemChain.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, err
	}
	h.ParentHash = common.Hash{0xee, byte(h.Number.Uint64())}
	return h, nil
}

// Such a source is scanned all the same: the engine reads the cursor's
// block again instead of trusting the parent hash.
func TestScanSourceWithOtherParentHashes(t *testing.T) {
	eng, store := newTestEngine(t, unlinkedChain{relaytest.NewMemChain(40)}, relaytest.MemJob{PerBlock: 1},
		relay.Options{PollInterval: 5 * time.Millisecond, MaxScan: 7})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- eng.Run(ctx) }()
	require.Eventually(t, func() bool {
		counts, err := store.Counts(ctx, "r")
		return err == nil && counts[relay.Confirmed] == 41
	}, 10*time.Second, 5*time.Millisecond)
	cancel()
	require.NoError(t, <-done)
}

// A source that became shorter than the cursor (a reorg to a shorter
// branch, or a node that lost blocks) is walked back over the missing
// blocks to the highest one still recorded; one that shares no recorded
// block is a clear error, never a silent stall.
func TestShorterAndForeignSource(t *testing.T) {
	ctx := context.Background()
	c := newForkingChain(6, 20)
	c.set("a", 20)
	eng, _ := newTestEngine(t, c, c, relay.Options{PollInterval: 5 * time.Millisecond})
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- eng.Run(runCtx) }()
	defer func() {
		cancel()
		require.NoError(t, <-done)
	}()
	ids := func() string {
		tasks, err := eng.List(ctx, relay.Filter{Route: "r"})
		require.NoError(t, err)
		var out []string
		for _, task := range tasks {
			out = append(out, task.ID)
		}
		sort.Strings(out)
		return fmt.Sprint(out)
	}
	require.Eventually(t, func() bool { return len(strings.Fields(ids())) == 21 }, 5*time.Second, 5*time.Millisecond)
	c.set("b", 10) // shorter than the cursor (20), shares blocks 0..5
	var want []string
	for b := 0; b <= 10; b++ {
		br := "a"
		if b >= 6 {
			br = "b"
		}
		want = append(want, fmt.Sprintf("ev/%s/%d", br, b))
	}
	sort.Strings(want)
	require.Eventually(t, func() bool { return ids() == fmt.Sprint(want) }, 5*time.Second, 5*time.Millisecond)

	// Another chain altogether: nothing recorded is on it.
	c.set("c", 20)
	require.Eventually(t, func() bool {
		rs, err := eng.Routes(ctx)
		require.NoError(t, err)
		return strings.Contains(rs[0].LastError, "none of the blocks the store recorded")
	}, 5*time.Second, 5*time.Millisecond)
}
