package sigagg_test

import (
	"bytes"
	"errors"
	"github.com/stretchr/testify/require"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"
)

// testSet is a generated set, optionally with precomputed keys.
type testSet struct {
	set  *sigagg.ValidatorSet
	keys []sigaggtest.Key
}

var (
	setsOnce sync.Once
	sets     []testSet // plain and precomputed, several sizes
)

func fixtureSets() []testSet {
	setsOnce.Do(func() {
		for i, n := range []int{1, 2, 4, 7, 21} {
			plain, keys := sigaggtest.Set(uint64(100+i), n)
			sets = append(sets, testSet{plain, keys})
			fast, keys := sigaggtest.Set(uint64(100+i), n)
			for _, k := range keys {
				if err := fast.AddPublicKey(&k.Private.PublicKey); err != nil {
					panic(err)
				}
			}
			fast.Precompute()
			sets = append(sets, testSet{fast, keys})
		}
	})
	return sets
}

// oracle is the strict rule written out plainly with go-ethereum's
// Ecrecover: it returns nil or the kind of the first failure and its index.
func oracle(digest common.Hash, sigs []sigagg.Signature, set *sigagg.ValidatorSet, policy sigagg.Policy) (int, error) {
	if len(sigs) > set.Len() {
		return -1, sigagg.ErrTooManySignatures
	}
	var prev common.Address
	var count int
	power := new(big.Int)
	vals := set.Validators()
	for i, sig := range sigs {
		v := sig[64]
		if v == 27 || v == 28 {
			v -= 27
		}
		if v > 1 {
			return i, sigagg.ErrBadRecoveryID
		}
		r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
		if r.Sign() == 0 || r.Cmp(curveN) >= 0 || s.Sign() == 0 || s.Cmp(curveN) >= 0 {
			return i, sigagg.ErrInvalidSignature
		}
		if s.Cmp(curveHalfN) > 0 {
			return i, sigagg.ErrHighS
		}
		raw := append(append([]byte{}, sig[:64]...), v)
		pub, err := crypto.Ecrecover(digest[:], raw)
		if err != nil {
			return i, sigagg.ErrInvalidSignature
		}
		addr := common.BytesToAddress(crypto.Keccak256(pub[1:])[12:])
		j, ok := set.Index(addr)
		if !ok {
			return i, sigagg.ErrUnknownSigner
		}
		if vals[j].Power.Sign() == 0 {
			return i, sigagg.ErrInactiveSigner
		}
		if i > 0 && addr == prev {
			return i, sigagg.ErrDuplicateSigner
		}
		if i > 0 && bytes.Compare(addr[:], prev[:]) < 0 {
			return i, sigagg.ErrUnsorted
		}
		prev = addr
		count++
		power.Add(power, vals[j].Power)
	}
	got := big.NewInt(int64(count))
	if policy == sigagg.PowerQuorum {
		got = power
	}
	needed, _ := policy.Needed(set)
	if got.Cmp(needed) < 0 {
		return -1, sigagg.ErrQuorum
	}
	return -1, nil
}

// drawList builds a signature list over digest: a random subset of the
// validators in order, then zero or more corruptions.
func drawList(t *rapid.T, digest common.Hash, keys []sigaggtest.Key) []sigagg.Signature {
	var sigs []sigagg.Signature
	for _, k := range keys {
		if rapid.Bool().Draw(t, "signs") || len(keys) <= 2 {
			sigs = append(sigs, sigaggtest.Sign(digest, k))
		}
	}
	ops := rapid.IntRange(0, 2).Draw(t, "ops")
	for o := 0; o < ops && len(sigs) > 0; o++ {
		i := rapid.IntRange(0, len(sigs)-1).Draw(t, "at")
		switch rapid.IntRange(0, 8).Draw(t, "op") {
		case 0:
			sigs = sigaggtest.Duplicate(sigs, i)
		case 1:
			sigs = sigaggtest.Swap(sigs, i, rapid.IntRange(0, len(sigs)-1).Draw(t, "with"))
		case 2:
			sigs[i] = sigaggtest.HighS(sigs[i])
		case 3:
			sigs[i] = sigaggtest.WrongDigest(digest, keys[rapid.IntRange(0, len(keys)-1).Draw(t, "key")])
		case 4:
			sigs[i] = sigaggtest.Sign(digest, sigaggtest.Outsider(uint64(i)))
		case 5:
			sigs = append(sigs[:i:i], sigs[i+1:]...)
		case 6:
			sigs[i][rapid.IntRange(0, 64).Draw(t, "byte")] ^= byte(rapid.IntRange(1, 255).Draw(t, "xor"))
		case 7:
			sigs[i][64] += 27
		case 8:
			sigs[i][64] = byte(rapid.IntRange(2, 255).Draw(t, "v"))
		}
	}
	return sigs
}

// TestVerifyMatchesOracle: Verify accepts exactly what the oracle accepts
// and reports the same kind at the same index, with and without
// precomputed keys, under both policies.
func TestVerifyMatchesOracle(t *testing.T) {
	fs := fixtureSets()
	rapid.Check(t, func(rt *rapid.T) {
		ts := fs[rapid.IntRange(0, len(fs)-1).Draw(rt, "set")]
		digest := common.Hash{byte(rapid.IntRange(0, 255).Draw(rt, "digest"))}
		sigs := drawList(rt, digest, ts.keys)
		policy := sigagg.CountQuorum
		if rapid.Bool().Draw(rt, "power") {
			policy = sigagg.PowerQuorum
		}
		res, err := sigagg.Verify(digest, sigs, ts.set, policy)
		wantIndex, wantKind := oracle(digest, sigs, ts.set, policy)
		if wantKind == nil {
			if err != nil {
				rt.Fatalf("oracle accepts, Verify says %v", err)
			}
			if len(res.Signers) != len(sigs) {
				rt.Fatalf("%d signers for %d signatures", len(res.Signers), len(sigs))
			}
			return
		}
		if !errors.Is(err, wantKind) {
			rt.Fatalf("oracle says %v at %d, Verify says %v", wantKind, wantIndex, err)
		}
		var e *sigagg.Error
		if errors.As(err, &e) && e.Index != wantIndex {
			rt.Fatalf("%v at index %d, oracle says %d", wantKind, e.Index, wantIndex)
		}
		var q *sigagg.QuorumError
		if wantKind == sigagg.ErrQuorum && !errors.As(err, &q) {
			rt.Fatalf("quorum failure is not a *QuorumError: %v", err)
		}
	})
}

// TestVerifyLearnsKeys: a set without keys learns them from the first
// verification; after Precompute, verdicts are the same.
func TestVerifyLearnsKeys(t *testing.T) {
	set, keys := sigaggtest.Set(7, 30)
	digest := crypto.Keccak256Hash([]byte("learn"))
	sigs := sigaggtest.Quorum(digest, keys, 21)
	if _, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum); err != nil {
		t.Fatal(err)
	}
	if set.KnownKeys() != 21 {
		t.Fatalf("learned %d keys, want 21", set.KnownKeys())
	}
	set.Precompute()
	res, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum)
	require.NoError(t, err)
	for i, a := range res.Signers {
		if a != keys[i].Address || res.Indices[i] != i {
			t.Fatalf("signer %d: %s at %d", i, a, res.Indices[i])
		}
	}
	// Signatures by the validators whose keys are not known still verify
	// (recovered), mixed with precomputed ones.
	mixed := append(sigaggtest.Quorum(digest, keys, 10), sigaggtest.SignAll(digest, keys[21:30])...)
	mixed = append(mixed[:10:10], append(sigaggtest.SignAll(digest, keys[10:12]), mixed[10:]...)...)
	if _, err := sigagg.Verify(digest, mixed, set, sigagg.CountQuorum); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyQuorumError(t *testing.T) {
	set, keys := sigaggtest.Set(8, 21)
	digest := crypto.Keccak256Hash([]byte("quorum"))
	_, err := sigagg.Verify(digest, sigaggtest.Quorum(digest, keys, 14), set, sigagg.CountQuorum)
	var q *sigagg.QuorumError
	if !errors.As(err, &q) || q.Got.Int64() != 14 || q.Needed.Int64() != 15 || !errors.Is(err, sigagg.ErrQuorum) {
		t.Fatalf("got %v", err)
	}
	if _, err := sigagg.Verify(digest, sigaggtest.Quorum(digest, keys, 15), set, sigagg.CountQuorum); err != nil {
		t.Fatal(err)
	}
	// Powers are 1..21 (total 231, threshold 155): the 15 lowest have 120.
	_, err = sigagg.Verify(digest, sigaggtest.Quorum(digest, keys, 15), set, sigagg.PowerQuorum)
	if !errors.As(err, &q) || q.Got.Int64() != 120 || q.Needed.Int64() != 155 {
		t.Fatalf("power: got %v", err)
	}
	if _, err := sigagg.Verify(digest, nil, set, sigagg.Policy(9)); !errors.Is(err, sigagg.ErrBadPolicy) {
		t.Fatalf("bad policy: %v", err)
	}
}

// TestVerifyMutations flips every byte of every signature and of the
// digest in a valid list: verification must fail each time.
func TestVerifyMutations(t *testing.T) {
	set, keys := sigaggtest.Set(9, 7)
	for _, k := range keys {
		_ = set.AddPublicKey(&k.Private.PublicKey)
	}
	set.Precompute()
	digest := crypto.Keccak256Hash([]byte("mutate"))
	sigs := sigaggtest.SignAll(digest, keys)
	if _, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 1))
	for i := range sigs {
		for b := 0; b < 65; b++ {
			bad := append([]sigagg.Signature(nil), sigs...)
			bad[i][b] ^= byte(1 + r.IntN(255))
			if _, err := sigagg.Verify(digest, bad, set, sigagg.CountQuorum); err == nil {
				t.Fatalf("signature %d byte %d changed, still verifies", i, b)
			}
		}
	}
	for b := 0; b < 32; b++ {
		d := digest
		d[b] ^= 1
		if _, err := sigagg.Verify(d, sigs, set, sigagg.CountQuorum); err == nil {
			t.Fatalf("digest byte %d changed, still verifies", b)
		}
	}
}

func TestValidatorSet(t *testing.T) {
	a, b := common.Address{1}, common.Address{2}
	one := big.NewInt(1)
	cases := []struct {
		vals []sigagg.Validator
		kind error
	}{
		{nil, sigagg.ErrEmptySet},
		{[]sigagg.Validator{{Address: common.Address{}, Power: one}}, sigagg.ErrZeroAddress},
		{[]sigagg.Validator{{Address: a, Power: one}, {Address: a, Power: one}}, sigagg.ErrDuplicateValidator},
		{[]sigagg.Validator{{Address: a, Power: big.NewInt(-1)}}, sigagg.ErrBadPower},
		{[]sigagg.Validator{{Address: a}}, sigagg.ErrBadPower},
		// A power that does not fit its uint256 word (hashing it panicked).
		{[]sigagg.Validator{{Address: a, Power: new(big.Int).Lsh(one, 256)}}, sigagg.ErrBadPower},
	}
	for i, c := range cases {
		if _, err := sigagg.NewValidatorSet(c.vals); !errors.Is(err, c.kind) {
			t.Fatalf("case %d: %v, want %v", i, err, c.kind)
		}
	}
	s1, err := sigagg.NewValidatorSet([]sigagg.Validator{{Address: b, Power: one}, {Address: a, Power: big.NewInt(5)}})
	require.NoError(t, err)
	s2, _ := sigagg.NewValidatorSet([]sigagg.Validator{{Address: a, Power: big.NewInt(5)}, {Address: b, Power: one}})
	if s1.Hash() != s2.Hash() || s1.Validators()[0].Address != a || s1.TotalPower().Int64() != 6 {
		t.Fatal("set not canonical")
	}
	s3, _ := sigagg.NewValidatorSet([]sigagg.Validator{{Address: a, Power: big.NewInt(6)}, {Address: b, Power: one}})
	if s3.Hash() == s1.Hash() {
		t.Fatal("hash ignores power")
	}
	outsider := sigaggtest.Outsider(1)
	if err := s1.AddPublicKey(&outsider.Private.PublicKey); !errors.Is(err, sigagg.ErrNotValidator) {
		t.Fatalf("outsider key: %v", err)
	}
}

// FuzzThreshold checks the quorum formula's invariant: Threshold(t) is the
// least amount strictly above two thirds of t.
func FuzzThreshold(f *testing.F) {
	for _, v := range []uint64{0, 1, 2, 3, 4, 100, 150, 1 << 63} {
		f.Add(v, uint64(0))
	}
	f.Fuzz(func(t *testing.T, lo, hi uint64) {
		total := new(big.Int).Lsh(new(big.Int).SetUint64(hi), 64)
		total.Or(total, new(big.Int).SetUint64(lo))
		th := sigagg.Threshold(total)
		two := new(big.Int).Mul(total, big.NewInt(2))
		below := new(big.Int).Mul(new(big.Int).Sub(th, big.NewInt(1)), big.NewInt(3))
		above := new(big.Int).Mul(th, big.NewInt(3))
		if below.Cmp(two) > 0 || above.Cmp(two) <= 0 {
			t.Fatalf("Threshold(%s) = %s breaks 3(t-1) <= 2T < 3t", total, th)
		}
	})
}
