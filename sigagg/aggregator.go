package sigagg

import (
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Aggregator collects validators' signatures over one digest as they
// arrive and produces the canonical list to submit. Every signature is
// checked on arrival; a rejected one leaves the aggregator unchanged. Safe
// for concurrent use.
type Aggregator struct {
	digest common.Hash
	set    *ValidatorSet
	policy Policy
	needed *big.Int

	mu       sync.Mutex
	bySigner map[int]Signature
}

// NewAggregator starts collecting signatures over digest for set under
// policy.
func NewAggregator(digest common.Hash, set *ValidatorSet, policy Policy) (*Aggregator, error) {
	if set == nil {
		return nil, setError(ErrEmptySet, "nil validator set")
	}
	needed, err := policy.Needed(set)
	if err != nil {
		return nil, err
	}
	return &Aggregator{digest: digest, set: set, policy: policy, needed: needed, bySigner: map[int]Signature{}}, nil
}

// Add checks sig (valid, low-s, by a validator not seen before) and keeps
// it, returning the signer. Errors: those of ParseSignature,
// ErrUnknownSigner, ErrInactiveSigner, ErrDuplicateSigner (a second signature by the same
// validator, even a different one, is rejected and the first is kept).
func (a *Aggregator) Add(sig Signature) (common.Address, error) {
	if err := sig.validate(0); err != nil {
		return common.Address{}, err
	}
	sig[64], _ = sig.recoveryID()
	addr, xy, err := sig.recoverAt(a.digest, 0)
	if err != nil {
		return common.Address{}, err
	}
	j, ok := a.set.index[addr]
	if !ok {
		return addr, sigError(ErrUnknownSigner, 0, "signer %s is not in the validator set", addr)
	}
	if a.set.vals[j].Power.Sign() == 0 {
		return addr, sigError(ErrInactiveSigner, 0, "signer %s has power 0; the root contracts never count it", addr)
	}
	a.set.learn(j, xy)
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, dup := a.bySigner[j]; dup {
		return addr, sigError(ErrDuplicateSigner, 0, "signer %s already signed", addr)
	}
	a.bySigner[j] = sig
	return addr, nil
}

// Progress returns the amount collected (signers or power, per policy)
// and the threshold.
func (a *Aggregator) Progress() (got, needed *big.Int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.policy.amount(a.set, a.indicesLocked()), new(big.Int).Set(a.needed)
}

// Done reports whether the threshold is reached.
func (a *Aggregator) Done() bool {
	got, needed := a.Progress()
	return got.Cmp(needed) >= 0
}

// Signatures returns the collected signatures sorted by signer address
// ascending, V as 0 or 1: the canonical list Verify accepts once Done.
func (a *Aggregator) Signatures() []Signature {
	a.mu.Lock()
	defer a.mu.Unlock()
	idx := a.indicesLocked()
	out := make([]Signature, len(idx))
	for k, j := range idx {
		out[k] = a.bySigner[j]
	}
	return out
}

// Signers returns the signers so far, sorted by address.
func (a *Aggregator) Signers() []common.Address {
	a.mu.Lock()
	defer a.mu.Unlock()
	idx := a.indicesLocked()
	out := make([]common.Address, len(idx))
	for k, j := range idx {
		out[k] = a.set.vals[j].Address
	}
	return out
}

func (a *Aggregator) indicesLocked() []int {
	idx := make([]int, 0, len(a.bySigner))
	for j := range a.bySigner {
		idx = append(idx, j)
	}
	sort.Ints(idx)
	return idx
}
