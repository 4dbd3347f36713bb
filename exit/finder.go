package exit

import (
	"context"
	"math/big"
	"sync"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/checkpoint"
)

// HeaderBlockInterval is the step between checkpoint ids on the root chain.
const HeaderBlockInterval = 10000

// RootChainReader is what the finder needs from the root chain contract,
// read at a given root-chain block. exitrpc.RootChainContract implements
// it for one deployed contract.
type RootChainReader interface {
	// CurrentHeaderBlock returns the id of the latest checkpoint as of
	// block at.
	CurrentHeaderBlock(ctx context.Context, at *big.Int) (*big.Int, error)
	// HeaderBlock returns the checkpoint stored under id as of block at.
	HeaderBlock(ctx context.Context, id *big.Int, at *big.Int) (*checkpoint.HeaderBlock, error)
}

// Finder answers "which checkpoint covers block b" by binary search over
// checkpoint ids (O(log k) calls for k checkpoints). It reads the root
// chain at its final block (Head, under the root chain's chains.Finality),
// never at latest, so a checkpoint it returns cannot be reorged away, and
// it caches what it read: state at a final block never changes. Safe for
// concurrent use.
type Finder struct {
	// Root reads the root chain contract.
	Root RootChainReader
	// Head gives the root chain's newest final header.
	Head chains.HeadReader

	mu    sync.Mutex
	cache map[uint64]checkpoint.HeaderBlock // by id / HeaderBlockInterval
}

// Find returns the checkpoint whose range holds block, or ErrNotFound if
// no final checkpoint does yet.
func (f *Finder) Find(ctx context.Context, block uint64) (checkpoint.HeaderBlock, error) {
	head, err := f.Head.Head(ctx)
	if err != nil {
		return checkpoint.HeaderBlock{}, makeError(ErrBackend, err, "root chain final head")
	}
	if head == nil || head.Number == nil {
		return checkpoint.HeaderBlock{}, makeError(ErrBackend, nil, "root chain returned no final head")
	}
	at := new(big.Int).Set(head.Number)
	cur, err := f.Root.CurrentHeaderBlock(ctx, at)
	if err != nil {
		return checkpoint.HeaderBlock{}, makeError(ErrBackend, err, "current header block at root block %s", at)
	}
	if !cur.IsUint64() {
		return checkpoint.HeaderBlock{}, makeError(ErrBackend, nil, "current header block %s", cur)
	}
	lo, hi := uint64(1), cur.Uint64()/HeaderBlockInterval
	for lo <= hi {
		mid := lo + (hi-lo)/2
		hb, err := f.get(ctx, mid, at)
		if err != nil {
			return checkpoint.HeaderBlock{}, err
		}
		switch {
		case block < hb.Start:
			hi = mid - 1
		case block > hb.End:
			lo = mid + 1
		default:
			return hb, nil
		}
	}
	return checkpoint.HeaderBlock{}, makeError(ErrNotFound, nil, "no final checkpoint covers block %d yet (root block %s)", block, at)
}

// get returns header block k*HeaderBlockInterval read at block at, from
// the cache when it was read before (at an earlier final block: the same
// stored value, since stored header blocks are never rewritten).
func (f *Finder) get(ctx context.Context, k uint64, at *big.Int) (checkpoint.HeaderBlock, error) {
	f.mu.Lock()
	hb, ok := f.cache[k]
	f.mu.Unlock()
	if ok {
		return hb, nil
	}
	id := new(big.Int).SetUint64(k * HeaderBlockInterval)
	got, err := f.Root.HeaderBlock(ctx, id, at)
	if err != nil {
		return checkpoint.HeaderBlock{}, makeError(ErrBackend, err, "header block %s", id)
	}
	if got == nil {
		return checkpoint.HeaderBlock{}, makeError(ErrBackend, nil, "header block %s: no answer", id)
	}
	hb = *got
	hb.ID = id
	f.mu.Lock()
	if f.cache == nil {
		f.cache = map[uint64]checkpoint.HeaderBlock{}
	}
	f.cache[k] = hb
	f.mu.Unlock()
	return hb, nil
}
