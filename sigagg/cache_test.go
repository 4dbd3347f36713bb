package sigagg_test

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// TestSetOptions: windows outside the range and a negative bound are
// refused with ErrBadOption; the size a window gives is the documented
// one.
func TestSetOptions(t *testing.T) {
	_, keys := sigaggtest.Set(1, 3)
	vals := make([]sigagg.Validator, len(keys))
	for i, k := range keys {
		vals[i] = sigagg.Validator{Address: k.Address, Power: common.Big1}
	}
	for _, opt := range []sigagg.SetOption{
		sigagg.WithTableBits(sigagg.MinTableBits - 1), sigagg.WithTableBits(sigagg.MaxTableBits + 1),
		sigagg.WithTableMemory(-1),
	} {
		_, err := sigagg.NewValidatorSet(vals, opt)
		require.ErrorIs(t, err, sigagg.ErrBadOption)
	}
	require.Equal(t, 45120, sigagg.TableBytes(sigagg.DefaultTableBits)) // 44 KiB, within 64 KiB
	require.LessOrEqual(t, sigagg.TableBytes(sigagg.DefaultTableBits), 64<<10)
}

// TestTablesBuiltOnSecondSight: a set nobody calls Precompute on learns
// the signers' keys in its first Verify and builds their tables in the
// second (no cliff), within its memory bound; verdicts never change.
func TestTablesBuiltOnSecondSight(t *testing.T) {
	digest := crypto.Keccak256Hash([]byte("second sight"))
	for _, c := range []struct {
		name   string
		opts   []sigagg.SetOption
		bits   int
		tables int
	}{
		{"default", nil, 6, 22},
		{"bound of 5 tables", []sigagg.SetOption{sigagg.WithTableMemory(int64(5 * sigagg.TableBytes(sigagg.DefaultTableBits)))}, 6, 5},
		{"no tables", []sigagg.SetOption{sigagg.WithTableMemory(0)}, 6, 0},
		{"8-bit windows", []sigagg.SetOption{sigagg.WithTableBits(8)}, 8, 22},
		{"3-bit windows", []sigagg.SetOption{sigagg.WithTableBits(3)}, 3, 22},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, keys := sigaggtest.Set(21, 30)
			vals := make([]sigagg.Validator, len(keys))
			for i, k := range keys {
				vals[i] = sigagg.Validator{Address: k.Address, Power: common.Big1}
			}
			set, err := sigagg.NewValidatorSet(vals, c.opts...)
			require.NoError(t, err)
			sigs := sigaggtest.Quorum(digest, keys, 23)[1:] // validators 1..22
			for call := 1; call <= 4; call++ {
				res, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum)
				require.NoError(t, err, "call %d", call)
				require.Len(t, res.Signers, 22)
				n, bytes := set.Tables()
				switch call {
				case 1:
					require.Zero(t, n, "the first Verify learns keys only")
					require.Equal(t, 22, set.KnownKeys())
				default:
					require.Equal(t, c.tables, n, "call %d", call)
					require.Equal(t, int64(n*sigagg.TableBytes(c.bits)), bytes)
				}
			}
			bad := slices.Clone(sigs)
			bad[7] = sigaggtest.HighS(bad[7])
			_, err = sigagg.Verify(digest, bad, set, sigagg.CountQuorum)
			require.ErrorIs(t, err, sigagg.ErrHighS)
		})
	}
}

// TestVerifySessionMatchesOracle runs sessions of Verify calls on one set,
// each list a churn of the previous one (signers leaving and joining, as
// on a live chain) with sometimes a corruption, so every path — recovery,
// tables built on second sight, the batch check of predicted signers, its
// fallback walk — meets every kind of list; each verdict must be the
// oracle's.
func TestVerifySessionMatchesOracle(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(3, 60).Draw(rt, "validators")
		set, keys := sigaggtest.Set(uint64(rapid.IntRange(0, 1<<20).Draw(rt, "seed")), n)
		if rapid.Bool().Draw(rt, "small windows") {
			vals := set.Validators()
			var err error
			set, err = sigagg.NewValidatorSet(vals, sigagg.WithTableBits(rapid.IntRange(sigagg.MinTableBits, sigagg.MaxTableBits).Draw(rt, "bits")),
				sigagg.WithTableMemory(int64(rapid.IntRange(0, n).Draw(rt, "tables"))*int64(sigagg.TableBytes(sigagg.MaxTableBits))))
			if err != nil {
				rt.Fatal(err)
			}
		}
		signing := make([]bool, n)
		for i := range signing {
			signing[i] = rapid.Bool().Draw(rt, "signs")
		}
		rnd := rand.New(rand.NewPCG(uint64(n), 1))
		calls := rapid.IntRange(1, 8).Draw(rt, "calls")
		for call := 0; call < calls; call++ {
			for c := rapid.IntRange(0, 3).Draw(rt, "churn"); c > 0; c-- {
				i := rnd.IntN(n)
				signing[i] = !signing[i]
			}
			digest := common.Hash{byte(call), byte(rapid.IntRange(0, 3).Draw(rt, "digest"))}
			var sigs []sigagg.Signature
			for i, k := range keys {
				if signing[i] {
					sigs = append(sigs, sigaggtest.Sign(digest, k))
				}
			}
			if len(sigs) > 0 && rapid.IntRange(0, 3).Draw(rt, "corrupt") == 0 {
				i := rapid.IntRange(0, len(sigs)-1).Draw(rt, "at")
				switch rapid.IntRange(0, 4).Draw(rt, "how") {
				case 0:
					sigs[i] = sigaggtest.HighS(sigs[i])
				case 1:
					sigs[i] = sigaggtest.WrongDigest(digest, keys[rapid.IntRange(0, n-1).Draw(rt, "key")])
				case 2:
					sigs[i][64] ^= 1
				case 3:
					sigs = sigaggtest.Swap(sigs, i, rapid.IntRange(0, len(sigs)-1).Draw(rt, "with"))
				case 4:
					sigs[i][rapid.IntRange(0, 63).Draw(rt, "byte")] ^= byte(rapid.IntRange(1, 255).Draw(rt, "xor"))
				}
			}
			res, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum)
			wantIndex, wantKind := oracle(digest, sigs, set, sigagg.CountQuorum)
			if wantKind == nil {
				if err != nil {
					rt.Fatalf("call %d: oracle accepts, Verify says %v", call, err)
				}
				if len(res.Signers) != len(sigs) {
					rt.Fatalf("call %d: %d signers for %d signatures", call, len(res.Signers), len(sigs))
				}
				for k, a := range res.Signers {
					if j, _ := set.Index(a); j != res.Indices[k] {
						rt.Fatalf("call %d: signer %d at %d, index says %d", call, k, res.Indices[k], j)
					}
				}
				continue
			}
			if !errors.Is(err, wantKind) {
				rt.Fatalf("call %d: oracle says %v at %d, Verify says %v", call, wantKind, wantIndex, err)
			}
			var e *sigagg.Error
			if errors.As(err, &e) && e.Index != wantIndex {
				rt.Fatalf("call %d: %v at index %d, oracle says %d", call, wantKind, e.Index, wantIndex)
			}
		}
	})
}
