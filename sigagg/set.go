package sigagg

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/bttc-relay/sdk/internal/secp"
	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxValidators bounds the size of a validator set.
const MaxValidators = 10_000

// setHashDomain separates ValidatorSet.Hash from every other digest.
const setHashDomain = "bttc-relay/sigagg/validator-set/v1"

// Validator is a validator's signer address and voting power.
type Validator struct {
	Address common.Address
	Power   *big.Int
}

// ValidatorSet is an immutable set of validators sorted by address
// ascending (the order in which the root contracts expect signers), plus a
// cache of their public keys and of verification tables built from them.
// Keys are learned from the signatures the set verifies, or given with
// AddPublicKey. A validator's table (44 KiB with the default window) makes
// checking its signature several times cheaper than recovering it: Verify
// builds the tables of the signers it meets again by itself (a key seen in
// an earlier Verify, or given with AddPublicKey), within the set's memory
// bound, and Precompute builds every known key's table at once. The cache
// never changes what verifies, only how fast. Safe for concurrent use.
type ValidatorSet struct {
	vals  []Validator
	index map[common.Address]int
	total *big.Int
	hash  common.Hash

	tableBits  int
	tableLimit int64 // bytes the tables may hold
	keys       []atomic.Pointer[validatorKey]
	tables     []atomic.Pointer[secp.Table]
	tableCount atomic.Int64
	calls      atomic.Uint64         // Verify calls on the set
	lastSigned []atomic.Uint64       // the last call in which each validator signed
	lastList   atomic.Pointer[[]int] // the signers of the last list Verify identified
	specMisses atomic.Int32          // speculations in a row that verified under half their guesses
	mu         sync.Mutex            // serialises Precompute
}

type validatorKey struct{ x, y [32]byte }

// Key table windows a set accepts, and the defaults.
const (
	MinTableBits     = secp.MinKeyBits
	MaxTableBits     = secp.MaxKeyBits
	DefaultTableBits = secp.DefaultKeyBits
	// DefaultTableMemory bounds a set's tables: 64 MiB is 1,489 tables of
	// the default window.
	DefaultTableMemory = 64 << 20
)

// SetOption tunes a ValidatorSet's cache; it never changes a verdict.
type SetOption func(*setOptions) error

type setOptions struct {
	bits  int
	limit int64
}

// WithTableBits sets the window of the validators' tables: a table holds
// (ceil(129/bits)·2^(bits-1)+1)·64 bytes and checking a signature against
// it costs about 2·ceil(129/bits) point additions. 6 (the default) is 44
// KiB and 46 additions; 8 is 136 KiB and 36; 4 is 17 KiB and 68 (see
// BENCHMARKS.md for what each costs per signature).
func WithTableBits(bits int) SetOption {
	return func(o *setOptions) error {
		if bits < MinTableBits || bits > MaxTableBits {
			return setError(ErrBadOption, "table window of %d bits, want %d to %d", bits, MinTableBits, MaxTableBits)
		}
		o.bits = bits
		return nil
	}
}

// WithTableMemory bounds the memory the set's tables may hold (default
// DefaultTableMemory). Validators beyond the bound are verified by
// recovery, as without tables; 0 disables tables.
func WithTableMemory(bytes int64) SetOption {
	return func(o *setOptions) error {
		if bytes < 0 {
			return setError(ErrBadOption, "table memory bound %d is negative", bytes)
		}
		o.limit = bytes
		return nil
	}
}

// TableBytes is the memory one validator's table holds with the window
// bits.
func TableBytes(bits int) int { return secp.TableBytes(bits) }

// NewValidatorSet copies and sorts vals by address. It rejects an empty
// set, more than MaxValidators, the zero address, a duplicate address and
// a nil or negative power, and options out of range (ErrBadOption). A
// power of 0 is accepted and means what it means in the StakeManager: the
// validator is present (it counts toward the number of validators, so
// toward CountQuorum's threshold) but its signature is never counted
// (Verify: ErrInactiveSigner).
func NewValidatorSet(vals []Validator, opts ...SetOption) (*ValidatorSet, error) {
	o := setOptions{bits: DefaultTableBits, limit: DefaultTableMemory}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	if len(vals) == 0 {
		return nil, setError(ErrEmptySet, "empty validator set")
	}
	if len(vals) > MaxValidators {
		return nil, setError(ErrTooManyValidators, "%d validators, more than %d", len(vals), MaxValidators)
	}
	s := &ValidatorSet{
		vals:       make([]Validator, len(vals)),
		index:      make(map[common.Address]int, len(vals)),
		total:      new(big.Int),
		tableBits:  o.bits,
		tableLimit: o.limit,
		keys:       make([]atomic.Pointer[validatorKey], len(vals)),
		tables:     make([]atomic.Pointer[secp.Table], len(vals)),
		lastSigned: make([]atomic.Uint64, len(vals)),
	}
	for i, v := range vals {
		if v.Address == (common.Address{}) {
			return nil, setError(ErrZeroAddress, "validator %d has the zero address", i)
		}
		if v.Power == nil || v.Power.Sign() < 0 || v.Power.BitLen() > 256 {
			return nil, setError(ErrBadPower, "validator %s has power %v", v.Address, v.Power)
		}
		s.vals[i] = Validator{Address: v.Address, Power: new(big.Int).Set(v.Power)}
	}
	slices.SortFunc(s.vals, func(a, b Validator) int { return bytes.Compare(a.Address[:], b.Address[:]) })
	for i, v := range s.vals {
		if i > 0 && v.Address == s.vals[i-1].Address {
			return nil, setError(ErrDuplicateValidator, "validator %s appears twice", v.Address)
		}
		s.index[v.Address] = i
		s.total.Add(s.total, v.Power)
	}
	s.hash = s.computeHash()
	return s, nil
}

// computeHash is keccak256(domain ‖ uint64 count ‖ (address ‖ pad32(power))...).
func (s *ValidatorSet) computeHash() common.Hash {
	buf := make([]byte, 0, len(setHashDomain)+8+len(s.vals)*52)
	buf = append(buf, setHashDomain...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(len(s.vals)))
	var word [32]byte
	for _, v := range s.vals {
		buf = append(buf, v.Address[:]...)
		v.Power.FillBytes(word[:])
		buf = append(buf, word[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// Len returns the number of validators.
func (s *ValidatorSet) Len() int { return len(s.vals) }

// Validators returns a copy of the validators, sorted by address.
func (s *ValidatorSet) Validators() []Validator {
	out := make([]Validator, len(s.vals))
	for i, v := range s.vals {
		out[i] = Validator{Address: v.Address, Power: new(big.Int).Set(v.Power)}
	}
	return out
}

// TotalPower returns the sum of the powers.
func (s *ValidatorSet) TotalPower() *big.Int { return new(big.Int).Set(s.total) }

// Index returns the position of addr in the sorted set.
func (s *ValidatorSet) Index(addr common.Address) (int, bool) {
	i, ok := s.index[addr]
	return i, ok
}

// Hash returns keccak256 of a domain tag, the validator count and each
// validator's address and 32-byte power in address order. It identifies
// the set (not the learned keys) and is stable across processes.
func (s *ValidatorSet) Hash() common.Hash { return s.hash }

// AddPublicKey records a validator's public key. It fails with
// ErrBadPublicKey if the key is not a valid curve point (off the curve,
// or a coordinate not below the field prime: such a key can hash to a
// validator's address without being able to sign for it), and with
// ErrNotValidator if the key's address is not in the set.
func (s *ValidatorSet) AddPublicKey(pub *ecdsa.PublicKey) error {
	if pub == nil || pub.X == nil || pub.Y == nil {
		return setError(ErrBadPublicKey, "nil public key")
	}
	if pub.X.Sign() < 0 || pub.Y.Sign() < 0 || pub.X.BitLen() > 256 || pub.Y.BitLen() > 256 {
		return setError(ErrBadPublicKey, "public key coordinates out of range")
	}
	xy := make([]byte, 65)
	xy[0] = 4
	pub.X.FillBytes(xy[1:33])
	pub.Y.FillBytes(xy[33:65])
	if _, err := secp256k1.ParsePubKey(xy); err != nil {
		return &Error{Kind: ErrBadPublicKey, Index: -1, Description: "sigagg: public key is not a point on secp256k1", Err: err}
	}
	addr := crypto.PubkeyToAddress(*pub)
	i, ok := s.index[addr]
	if !ok {
		return setError(ErrNotValidator, "key of %s, not a validator", addr)
	}
	s.learn(i, xy[1:])
	return nil
}

// learn stores validator i's key (64 bytes X ‖ Y) if none is known yet
// and reports whether it was new.
func (s *ValidatorSet) learn(i int, xy []byte) bool {
	if s.keys[i].Load() != nil {
		return false
	}
	k := new(validatorKey)
	copy(k.x[:], xy[:32])
	copy(k.y[:], xy[32:64])
	return s.keys[i].CompareAndSwap(nil, k)
}

// KnownKeys returns how many validators' public keys are known.
func (s *ValidatorSet) KnownKeys() int {
	n := 0
	for i := range s.keys {
		if s.keys[i].Load() != nil {
			n++
		}
	}
	return n
}

// recentCalls is how many Verify calls back a signature still makes its
// validator a likely signer.
const recentCalls = 4

// signedRecently reports whether validator j signed in one of the last
// recentCalls Verify calls before call.
func (s *ValidatorSet) signedRecently(j int, call uint64) bool {
	last := s.lastSigned[j].Load()
	return last != 0 && last+recentCalls >= call
}

// speculating reports whether Verify call should first check every
// signature against the validator the previous list predicts (see
// speculate): a wasted speculation costs about half of what a right one
// saves, so the set stops only after two in a row verified under half
// their guesses (lists that change every time), and then looks again
// every fourth call.
func (s *ValidatorSet) speculating(call uint64) bool {
	return s.specMisses.Load() < 2 || call%4 == 0
}

// recordSpeculation records how many of tries guesses verified.
func (s *ValidatorSet) recordSpeculation(hits, tries int) {
	if 2*hits < tries {
		s.specMisses.Add(1)
	} else {
		s.specMisses.Store(0)
	}
}

// Tables returns how many validators have a verification table and the
// memory those tables hold.
func (s *ValidatorSet) Tables() (count int, bytes int64) {
	n := s.tableCount.Load()
	return int(n), n * int64(secp.TableBytes(s.tableBits))
}

// Precompute builds the verification table of every known key that has
// none yet, within the set's memory bound, on GOMAXPROCS goroutines
// (the keys built together: about 0.13 ms of one core and 44 KiB per key
// with the default window). Verify also builds the tables of signers it
// meets again, so calling Precompute is only needed to pay that cost up
// front.
func (s *ValidatorSet) Precompute() {
	var todo []int
	for i := range s.keys {
		if s.keys[i].Load() != nil && s.tables[i].Load() == nil {
			todo = append(todo, i)
		}
	}
	s.buildTables(todo)
}

// buildTables builds the tables of validators todo (keys known), skipping
// those that have one and stopping at the memory bound: the keys are
// split across GOMAXPROCS goroutines, each building its share in one
// secp.NewTables call (rows in lockstep, inversions shared).
func (s *ValidatorSet) buildTables(todo []int) {
	if len(todo) == 0 || s.tableLimit == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// Tables are only added here, under s.mu: the count is exact.
	room := s.tableLimit/int64(secp.TableBytes(s.tableBits)) - s.tableCount.Load()
	todo = slices.Compact(slices.Sorted(slices.Values(todo))) // a list may repeat a signer
	var build []int
	for _, i := range todo {
		if int64(len(build)) >= room {
			break
		}
		if s.keys[i].Load() != nil && s.tables[i].Load() == nil {
			build = append(build, i)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(build))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		share := build[w*len(build)/workers : (w+1)*len(build)/workers]
		wg.Add(1)
		go func() {
			defer wg.Done()
			keys := make([][64]byte, len(share))
			for x, i := range share {
				k := s.keys[i].Load()
				copy(keys[x][:32], k.x[:])
				copy(keys[x][32:], k.y[:])
			}
			// A learned key is a recovered or checked point: on the curve.
			ts, err := secp.NewTables(keys, s.tableBits)
			if err != nil {
				return
			}
			for x, i := range share {
				s.tables[i].Store(ts[x])
				s.tableCount.Add(1)
			}
		}()
	}
	wg.Wait()
}
