package exit

import (
	"context"
	"math/big"
	"sync"

	"github.com/bttc-relay/sdk/checkpoint"
)

// HeaderBlockInterval is the step between checkpoint ids on the root chain.
const HeaderBlockInterval = 10000

// RootChain is what the finder needs from the root chain contract.
type RootChain interface {
	// CurrentHeaderBlock returns the id of the latest checkpoint.
	CurrentHeaderBlock(ctx context.Context) (*big.Int, error)
	// HeaderBlock returns the checkpoint stored under id.
	HeaderBlock(ctx context.Context, id *big.Int) (*checkpoint.HeaderBlock, error)
}

// Finder answers "which checkpoint covers block b" by binary search over
// checkpoint ids (O(log k) calls for k checkpoints). Stored checkpoints
// never change, so they are cached. Safe for concurrent use.
type Finder struct {
	Root RootChain

	mu    sync.Mutex
	cache map[uint64]checkpoint.HeaderBlock // by id / HeaderBlockInterval
}

// Find returns the checkpoint whose range holds block, or ErrNotFound if
// none does yet.
func (f *Finder) Find(ctx context.Context, block uint64) (Checkpoint, error) {
	cur, err := f.Root.CurrentHeaderBlock(ctx)
	if err != nil {
		return Checkpoint{}, makeError(ErrBackend, err, "current header block")
	}
	if !cur.IsUint64() {
		return Checkpoint{}, makeError(ErrBackend, nil, "current header block %s", cur)
	}
	lo, hi := uint64(1), cur.Uint64()/HeaderBlockInterval
	for lo <= hi {
		mid := lo + (hi-lo)/2
		hb, err := f.get(ctx, mid)
		if err != nil {
			return Checkpoint{}, err
		}
		switch {
		case block < hb.Start:
			hi = mid - 1
		case block > hb.End:
			lo = mid + 1
		default:
			return Checkpoint{ID: new(big.Int).SetUint64(mid * HeaderBlockInterval), HeaderBlock: hb}, nil
		}
	}
	return Checkpoint{}, makeError(ErrNotFound, nil, "no checkpoint covers block %d yet", block)
}

func (f *Finder) get(ctx context.Context, k uint64) (checkpoint.HeaderBlock, error) {
	f.mu.Lock()
	hb, ok := f.cache[k]
	f.mu.Unlock()
	if ok {
		return hb, nil
	}
	got, err := f.Root.HeaderBlock(ctx, new(big.Int).SetUint64(k*HeaderBlockInterval))
	if err != nil {
		return checkpoint.HeaderBlock{}, makeError(ErrBackend, err, "header block %d", k*HeaderBlockInterval)
	}
	f.mu.Lock()
	if f.cache == nil {
		f.cache = map[uint64]checkpoint.HeaderBlock{}
	}
	f.cache[k] = *got
	f.mu.Unlock()
	return *got, nil
}
