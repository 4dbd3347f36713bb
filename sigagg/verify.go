package sigagg

import (
	"math/big"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/bttc-relay/sdk/internal/secp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Result describes a list of signatures that verified.
type Result struct {
	// Signers are the signer addresses in list order (strictly ascending).
	Signers []common.Address
	// Indices are the signers' positions in the validator set.
	Indices []int
	// Got is what the signers count for under the policy (signers or
	// power); Needed is the threshold it reached.
	Got, Needed *big.Int
}

// MaxSignatures bounds the length of a list Verify looks at. A strict
// list holds at most one signature per validator, so Verify also rejects
// a list longer than the set before looking at any signature.
const MaxSignatures = MaxValidators

// Verify checks a list of signatures over digest as submitted to a root
// chain, strictly: at most one signature per validator, every signature
// valid and low-s, signers strictly ascending by address (so no
// duplicates), every signer in set with a non-zero power, and the quorum
// of policy reached. It returns the first failure in list order as an
// *Error naming the signature's index (kinds ErrBadRecoveryID,
// ErrInvalidSignature, ErrHighS, ErrUnknownSigner, ErrInactiveSigner,
// ErrDuplicateSigner for the same signer twice in a row, ErrUnsorted for
// any other repeat or descent), ErrTooManySignatures for an over-long list,
// or a *QuorumError. It stops identifying signers once the verdict is
// known: nothing after the first failure is recovered.
//
// A list Verify accepts is accepted by the root contracts' signature loop
// with the same count; SimulateOnChain reproduces the contract's more
// lenient loop exactly.
//
// Verify recovers the signers a set has no tables for (in batches,
// learning their keys), builds the tables of signers it meets again
// (within the set's memory bound), and checks a signature against the
// expected validator's table with two fixed-base multiplications instead
// of a recovery — the whole list at once when the set's previous list
// predicts its signers. The list is split across GOMAXPROCS goroutines.
// Whatever the cache holds, the verdict is the same.
func Verify(digest common.Hash, sigs []Signature, set *ValidatorSet, policy Policy) (*Result, error) {
	if set == nil {
		return nil, setError(ErrEmptySet, "nil validator set")
	}
	needed, err := policy.Needed(set)
	if err != nil {
		return nil, err
	}
	if len(sigs) > set.Len() || len(sigs) > MaxSignatures {
		return nil, &Error{Kind: ErrTooManySignatures, Index: -1,
			Description: "sigagg: " + itoa(len(sigs)) + " signatures for " + itoa(set.Len()) + " validators"}
	}
	// The first stateless failure ends the list: nothing after it needs a
	// signer.
	end := len(sigs)
	var stateless error
	for i := range sigs {
		if err := sigs[i].validate(i); err != nil {
			end, stateless = i, err
			break
		}
	}
	ids := identify(digest, sigs[:end], set)
	res := &Result{
		Signers: make([]common.Address, 0, len(sigs)),
		Indices: make([]int, 0, len(sigs)),
		Needed:  needed,
	}
	prev := -1
	for i := range sigs {
		if i == end {
			return nil, stateless
		}
		id := ids[i]
		switch {
		case id.err != nil:
			return nil, id.err
		case id.index < 0:
			return nil, sigError(ErrUnknownSigner, i, "signer %s is not in the validator set", id.addr)
		case set.vals[id.index].Power.Sign() == 0:
			return nil, sigError(ErrInactiveSigner, i, "signer %s has power 0; the root contracts never count it", id.addr)
		case id.index == prev:
			return nil, sigError(ErrDuplicateSigner, i, "signer %s already signed", id.addr)
		case id.index < prev:
			return nil, sigError(ErrUnsorted, i, "signer %s is below the previous signer %s",
				id.addr, set.vals[prev].Address)
		}
		prev = id.index
		res.Signers = append(res.Signers, id.addr)
		res.Indices = append(res.Indices, id.index)
	}
	res.Got = policy.amount(set, res.Indices)
	if res.Got.Cmp(needed) < 0 {
		return nil, &QuorumError{Policy: policy, Got: res.Got, Needed: new(big.Int).Set(needed)}
	}
	return res, nil
}

// identity is who signed one signature: a validator index, or -1 with the
// recovered address of a non-validator, or an error if nothing recovers.
type identity struct {
	index int
	addr  common.Address
	err   error
}

// maxTries is how many candidate validators the fast path tries for one
// signature before it recovers the key instead. A try costs about a
// tenth of a recovery.
const maxTries = 8

// parallelSigs is the list length from which identification against
// tables is split across goroutines; each chunk has at least half as many
// signatures.
const parallelSigs = 16

// identify finds the signer of every signature (all passed the stateless
// checks), in parallel chunks. A chunk stops at a signature after one that
// a chunk found no validator for: the verdict is known by then. Signers
// met again (their key was known before this call) get their tables
// built for the next call.
func identify(digest common.Hash, sigs []Signature, set *ValidatorSet) []identity {
	ids := make([]identity, len(sigs))
	call := set.calls.Add(1)
	defer func() {
		list := make([]int, 0, len(ids))
		for _, id := range ids {
			if id.index >= 0 {
				set.lastSigned[id.index].Store(call)
				list = append(list, id.index)
			}
		}
		set.lastList.Store(&list)
	}()
	var stop atomic.Int64 // the lowest index known to fail
	stop.Store(int64(len(sigs)))
	minChunk, anchor := parallelSigs/2, anchorCost
	if set.tableCount.Load() == 0 {
		// Every signature is recovered: worth splitting from fewer, and
		// no chunk has a first signer to find.
		minChunk, anchor = recoverChunk, 0
	}
	bounds := chunkBounds(len(sigs), runtime.GOMAXPROCS(0), minChunk, anchor)
	again := make([][]int, len(bounds)-1)
	if len(bounds) == 2 {
		again[0] = identifyChunk(digest, sigs, set, call, 0, len(sigs), ids, &stop)
	} else {
		var wg sync.WaitGroup
		wg.Add(len(bounds) - 1)
		for c := 0; c+1 < len(bounds); c++ {
			go func() {
				defer wg.Done()
				again[c] = identifyChunk(digest, sigs, set, call, bounds[c], bounds[c+1], ids, &stop)
			}()
		}
		wg.Wait()
	}
	set.buildTables(slices.Concat(again...))
	return ids
}

// anchorCost is what finding the signer of a chunk's first signature
// costs, in signatures: every chunk but the first may need one recovery
// (about six checks against a known key), so the first chunk gets that
// many more signatures to finish at the same time.
const anchorCost = 6

// recoverChunk is the fewest signatures a chunk gets when all are to be
// recovered (a recovery costs about four times a check against a table).
const recoverChunk = 4

// chunkBounds splits m signatures over up to workers chunks of at least
// minChunk, returning the chunk boundaries (first 0, last m); every chunk
// but the first costs anchorCost signatures more (see anchorCost).
func chunkBounds(m, workers, minChunk, anchorCost int) []int {
	w := max(1, min(workers, m/minChunk))
	units := m + anchorCost*(w-1)
	bounds := []int{0}
	for k := 1; k < w; k++ {
		bounds = append(bounds, min(m, units/w+(k-1)*(units/w-anchorCost)))
	}
	return append(bounds, m)
}

// recoverWave is how many signatures a chunk recovers in one batch: the
// batch shares its field inversions, and a failure ends the chunk's work
// at the end of its batch.
const recoverWave = 32

// identifyChunk identifies sigs[lo:hi]. When the set has tables and its
// previous list predicts the signers (speculate), the whole chunk is
// first checked against those predictions at once (secp.TryBatch). For
// the rest it walks the sorted validators along the sorted signatures:
// for each signature it tries the validators after the previous match,
// checking the signature against each key's table (where nothing is
// known yet, as at a later chunk's first signature, it tries where a
// valid list would put it). A signature no candidate explains (unsorted,
// duplicate, unknown, bad recovery id, or no tables) is recovered — in
// batches when the set has no tables — which settles who signed it. It
// returns the validators recovered whose key was known before.
//
// Signatures after the lowest failing index (stop) are left unidentified,
// with index -1 and no error: Verify never reads them.
func identifyChunk(digest common.Hash, sigs []Signature, set *ValidatorSet, call uint64, lo, hi int, ids []identity, stop *atomic.Int64) (again []int) {
	for i := lo; i < hi; i++ {
		ids[i] = identity{index: -1}
	}
	var prep []secp.Prepared
	if set.tableCount.Load() > 0 {
		in := make([]secp.Sig, hi-lo)
		for i := lo; i < hi; i++ {
			in[i-lo] = toSecp(digest, &sigs[i])
		}
		prep = make([]secp.Prepared, len(in))
		secp.Prepare(in, prep)
	}
	cands := make([]secp.Candidate, 0, hi-lo)
	candSig := make([]int, 0, hi-lo)
	var pending []int
	next := -1 // the validator after the previous match; -1: unknown
	if lo == 0 {
		next = 0
	}
	var spec []int
	if prep != nil && set.speculating(call) {
		spec = speculate(set, lo, hi)
	}
	if spec != nil {
		qs := make([]*secp.Table, len(spec))
		for k, j := range spec {
			if j >= 0 {
				qs[k] = set.tables[j].Load()
			}
		}
		verified := make([]bool, len(spec))
		secp.TryBatch(prep, qs, verified)
		hits := 0
		for k, ok := range verified {
			if ok {
				j := spec[k]
				ids[lo+k] = identity{index: j, addr: set.vals[j].Address}
				hits++
			}
		}
		set.recordSpeculation(hits, len(spec))
		for k, ok := range verified {
			if !ok {
				spec[k] = -1 // nothing verified: the walk below takes it
			}
		}
	}
	for i := lo; i < hi; i++ {
		if int64(i) > stop.Load() {
			break
		}
		if spec != nil && spec[i-lo] >= 0 { // verified in the batch
			next = spec[i-lo] + 1
			continue
		}
		if prep != nil {
			j, c, ok := tryCandidates(&prep[i-lo], set, candidates(set, call, next, i, len(sigs)))
			if ok {
				cands = append(cands, c)
				candSig = append(candSig, i)
				ids[i] = identity{index: j, addr: set.vals[j].Address}
				next = j + 1
				continue
			}
		}
		pending = append(pending, i)
		next = -1
		// With tables, the walk needs this signer to go on from; without,
		// nothing waits for it and recovering in batches is cheaper.
		if prep != nil || len(pending) == recoverWave || i == hi-1 {
			again = append(again, recoverIdentities(digest, sigs, pending, set, ids, stop)...)
			pending = pending[:0]
			if j := ids[i].index; j >= 0 {
				next = j + 1
			}
		}
	}
	again = append(again, recoverIdentities(digest, sigs, pending, set, ids, stop)...)
	// The x-coordinate matched; the recovery id must match too.
	parityOK := make([]bool, len(cands))
	secp.CheckParity(cands, parityOK)
	pending = pending[:0]
	for k, ok := range parityOK {
		if !ok {
			pending = append(pending, candSig[k])
		}
	}
	return append(again, recoverIdentities(digest, sigs, pending, set, ids, stop)...)
}

// speculate guesses the signer of each signature of sigs[lo:hi]: the
// validator at the same position in the set's previous list (the same
// validators signing again), -1 where there is none or it has no table.
func speculate(set *ValidatorSet, lo, hi int) []int {
	last := set.lastList.Load()
	if last == nil || lo >= hi {
		return nil
	}
	spec := make([]int, hi-lo)
	for i := lo; i < hi; i++ {
		spec[i-lo] = -1
		if i < len(*last) {
			if j := (*last)[i]; set.tables[j].Load() != nil {
				spec[i-lo] = j
			}
		}
	}
	return spec
}

// toSecp is sig over digest in the form package secp takes.
func toSecp(digest common.Hash, sig *Signature) secp.Sig {
	s := secp.Sig{Hash: digest}
	copy(s.R[:], sig[:32])
	copy(s.S[:], sig[32:64])
	s.V, _ = sig.recoveryID()
	return s
}

// lowerStop records that signature i fails, if it is the lowest so far.
func lowerStop(stop *atomic.Int64, i int) {
	for {
		cur := stop.Load()
		if int64(i) >= cur || stop.CompareAndSwap(cur, int64(i)) {
			return
		}
	}
}

// candidates returns the validator indices to try, in order, for
// signature i of a list of m over the set's n validators. After a
// previous match they are the validators that follow it, the first one
// that signed recently first. Where nothing is known (a later
// chunk's first signature, or after a recovered one that was no
// validator), the list's signers are strictly ascending, so signature i is
// by one of validators i..n-m+i: the lowest (right when nearly everyone
// signed, or the lowest addresses did) comes first, then the proportional
// i*n/m (right for a random subset) and its neighbours. After maxTries
// misses the signature is recovered instead.
func candidates(set *ValidatorSet, call uint64, next, i, m int) func(yield func(int) bool) {
	n := set.Len()
	return func(yield func(int) bool) {
		if next < 0 {
			hi := n - m + i // the highest validator a valid list allows here
			guess := i * n / m
			order := []int{i, guess, guess + 1, guess - 1, guess + 2, guess - 2, guess + 3, guess - 3}
			for k, j := range order {
				if j < i || j > hi || slices.Contains(order[:k], j) {
					continue
				}
				if !yield(j) {
					return
				}
			}
			return
		}
		// A validator that signed one of the set's recent lists is the
		// likeliest signer: the first of them is tried first, so a
		// non-signer between two signers costs nothing when the same
		// validators keep signing.
		first := -1
		for j := next; j < min(n, next+recentWindow); j++ {
			if set.signedRecently(j, call) {
				first = j
				break
			}
		}
		if first >= 0 && !yield(first) {
			return
		}
		for j := next; j < n; j++ {
			if j != first && !yield(j) {
				return
			}
		}
	}
}

// recentWindow is how far past the previous match the walk looks for a
// validator that signed recently.
const recentWindow = 64

// tryCandidates tries up to maxTries validators with precomputed tables.
func tryCandidates(p *secp.Prepared, set *ValidatorSet, order func(func(int) bool)) (int, secp.Candidate, bool) {
	tries := 0
	for j := range order {
		t := set.tables[j].Load()
		if t == nil {
			continue
		}
		if c, ok := p.Try(t); ok {
			return j, c, true
		}
		if tries++; tries == maxTries {
			break
		}
	}
	return -1, secp.Candidate{}, false
}

// recoverIdentities recovers the signers of sigs[idx...] (their V already
// checked by Verify) in one batch, learns the keys of those that are
// validators, and records a failure in stop. It returns the validators
// whose key was already known.
func recoverIdentities(digest common.Hash, sigs []Signature, idx []int, set *ValidatorSet, ids []identity, stop *atomic.Int64) (again []int) {
	if len(idx) == 0 {
		return nil
	}
	in := make([]secp.Sig, len(idx))
	for k, i := range idx {
		in[k] = toSecp(digest, &sigs[i])
	}
	keys := make([]secp.Key, len(idx))
	secp.RecoverBatch(in, keys)
	for k, i := range idx {
		if keys[k].Outcome != secp.Recovered {
			ids[i] = identity{index: -1, err: sigError(ErrInvalidSignature, i, "no key recovers")}
			lowerStop(stop, i)
			continue
		}
		xy := append(keys[k].X[:], keys[k].Y[:]...)
		addr := common.BytesToAddress(crypto.Keccak256(xy)[12:])
		j, ok := set.index[addr]
		if !ok {
			ids[i] = identity{index: -1, addr: addr}
			lowerStop(stop, i)
			continue
		}
		if !set.learn(j, xy) && set.tables[j].Load() == nil {
			again = append(again, j)
		}
		ids[i] = identity{index: j, addr: addr}
	}
	return again
}
