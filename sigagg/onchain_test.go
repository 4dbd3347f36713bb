package sigagg_test

import (
	"bytes"
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

// naiveOnChain is FORMATS.md §4 transcribed with go-ethereum's Ecrecover,
// deliberately independent of SimulateOnChain: (reverted, counted signers).
func naiveOnChain(digest common.Hash, sigs []sigagg.Signature, vals []sigagg.Validator, policy sigagg.Policy) (bool, []common.Address) {
	n := len(vals)
	if policy == sigagg.CountQuorum && len(sigs) < n*2/3+1 {
		return true, nil
	}
	isValidator := func(a common.Address) bool {
		for _, v := range vals {
			if v.Address == a {
				return true
			}
		}
		return false
	}
	var prev common.Address
	var counted []common.Address
	for _, sig := range sigs {
		v := sig[64]
		if v < 27 {
			v += 27
		}
		s := new(big.Int).SetBytes(sig[32:64])
		var signer common.Address
		if v == 27 || v == 28 {
			if s.Cmp(curveHalfN) <= 0 {
				raw := append(append([]byte{}, sig[:64]...), v-27)
				pub, err := crypto.Ecrecover(digest[:], raw)
				if err != nil {
					return true, nil
				}
				signer = common.BytesToAddress(crypto.Keccak256(pub[1:])[12:])
			}
		}
		if signer == prev {
			continue
		}
		if bytes.Compare(signer[:], prev[:]) < 0 {
			break
		}
		if !isValidator(signer) {
			continue
		}
		counted = append(counted, signer)
		prev = signer
	}
	return false, counted
}

func accepted(counted []common.Address, vals []sigagg.Validator, policy sigagg.Policy) bool {
	if policy == sigagg.CountQuorum {
		return len(counted) >= len(vals)*2/3+1
	}
	total, got := new(big.Int), new(big.Int)
	for _, v := range vals {
		total.Add(total, v.Power)
		for _, c := range counted {
			if c == v.Address {
				got.Add(got, v.Power)
			}
		}
	}
	return got.Cmp(sigagg.Threshold(total)) >= 0
}

// TestSimulateOnChainMatchesNaive compares SimulateOnChain with the naive
// transcription on random lists with every kind of defect, including
// garbage signatures whose recovery fails (a revert on chain).
func TestSimulateOnChainMatchesNaive(t *testing.T) {
	fs := fixtureSets()
	rapid.Check(t, func(rt *rapid.T) {
		ts := fs[rapid.IntRange(0, len(fs)-1).Draw(rt, "set")]
		digest := common.Hash{byte(rapid.IntRange(0, 255).Draw(rt, "digest"))}
		sigs := drawList(rt, digest, ts.keys)
		if rapid.IntRange(0, 9).Draw(rt, "garbage") == 0 && len(sigs) > 0 {
			i := rapid.IntRange(0, len(sigs)-1).Draw(rt, "at")
			for b := 0; b < 64; b++ {
				sigs[i][b] = byte(rapid.IntRange(0, 255).Draw(rt, "b"))
			}
		}
		policy := sigagg.CountQuorum
		if rapid.Bool().Draw(rt, "power") {
			policy = sigagg.PowerQuorum
		}
		vals := ts.set.Validators()
		got := sigagg.SimulateOnChain(digest, sigs, ts.set, policy, sigagg.OnChainOptions{})
		reverted, counted := naiveOnChain(digest, sigs, vals, policy)
		if got.Reverted != reverted {
			rt.Fatalf("reverted %v (%s), naive %v", got.Reverted, got.RevertReason, reverted)
		}
		if reverted {
			return
		}
		if len(got.Signers) != len(counted) {
			rt.Fatalf("counted %d, naive %d", len(got.Signers), len(counted))
		}
		for i := range counted {
			if got.Signers[i] != counted[i] {
				rt.Fatalf("signer %d differs", i)
			}
		}
		if got.Accepted != accepted(counted, vals, policy) {
			rt.Fatalf("accepted %v, naive disagrees", got.Accepted)
		}
		// Whatever Verify accepts the chain accepts, with the same signers.
		if res, err := sigagg.Verify(digest, sigs, ts.set, policy); err == nil {
			if !got.Accepted || len(res.Signers) != len(got.Signers) {
				rt.Fatal("Verify accepts a list the chain rejects")
			}
		}
	})
}

// TestSimulateOnChainCases pins the loop's corner cases.
func TestSimulateOnChainCases(t *testing.T) {
	set, keys := sigaggtest.Set(21, 4) // threshold 3
	digest := crypto.Keccak256Hash([]byte("cases"))
	sigs := sigaggtest.SignAll(digest, keys)
	check := func(name string, list []sigagg.Signature, accept bool, counted int) {
		t.Helper()
		r := sigagg.SimulateOnChain(digest, list, set, sigagg.CountQuorum, sigagg.OnChainOptions{})
		if r.Accepted != accept || len(r.Signers) != counted {
			t.Fatalf("%s: accepted %v counted %d (%s), want %v %d", name, r.Accepted, len(r.Signers), r.RevertReason, accept, counted)
		}
	}
	check("all", sigs, true, 4)
	check("duplicate skipped", sigaggtest.Duplicate(sigs, 1), true, 4)
	check("high-s first is address 0, skipped", append([]sigagg.Signature{sigaggtest.HighS(sigs[0])}, sigs[1:]...), true, 3)
	check("high-s later stops the loop", []sigagg.Signature{sigs[0], sigs[1], sigaggtest.HighS(sigs[2]), sigs[3]}, false, 2)
	check("lower address stops", sigaggtest.Swap(sigs, 1, 2), false, 2)
	check("unknown not counted", []sigagg.Signature{sigs[0], sigaggtest.Sign(digest, sigaggtest.Outsider(3)), sigs[1], sigs[2]}, true, 3)
	check("too few signatures reverts", sigs[:2], false, 0)
	bad := sigs[0]
	bad[64] = 5
	check("bad v is address 0", append([]sigagg.Signature{bad}, sigs[1:]...), true, 3)
	if r := sigagg.SimulateOnChain(digest, sigs[:2], set, sigagg.CountQuorum, sigagg.OnChainOptions{}); !r.Reverted {
		t.Fatal("length pre-check did not revert")
	}
}

func TestAggregator(t *testing.T) {
	set, keys := sigaggtest.Set(31, 21)
	digest := crypto.Keccak256Hash([]byte("aggregate"))
	agg, err := sigagg.NewAggregator(digest, set, sigagg.CountQuorum)
	require.NoError(t, err)
	// Arrive concurrently and in random order.
	order := rand.New(rand.NewPCG(1, 2)).Perm(15)
	var wg sync.WaitGroup
	for _, i := range order {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sig := sigaggtest.Sign(digest, keys[i])
			sig[64] += 27
			if addr, err := agg.Add(sig); err != nil || addr != keys[i].Address {
				t.Errorf("add %d: %v", i, err)
			}
		}()
	}
	wg.Wait()
	got, needed := agg.Progress()
	if got.Int64() != 15 || needed.Int64() != 15 || !agg.Done() {
		t.Fatalf("progress %s/%s", got, needed)
	}
	// Rejections leave the state unchanged.
	for name, sig := range map[string]sigagg.Signature{
		"duplicate": sigaggtest.Sign(digest, keys[3]),
		"unknown":   sigaggtest.Sign(digest, sigaggtest.Outsider(9)),
		"high-s":    sigaggtest.HighS(sigaggtest.Sign(digest, keys[20])),
		"wrong":     sigaggtest.WrongDigest(digest, keys[20]),
	} {
		if _, err := agg.Add(sig); err == nil {
			t.Fatalf("%s accepted", name)
		}
	}
	if g, _ := agg.Progress(); g.Int64() != 15 {
		t.Fatalf("state changed: %s", g)
	}
	if _, err := sigagg.Verify(digest, agg.Signatures(), set, sigagg.CountQuorum); err != nil {
		t.Fatalf("aggregated list does not verify: %v", err)
	}
	if r := sigagg.SimulateOnChain(digest, agg.Signatures(), set, sigagg.CountQuorum, sigagg.OnChainOptions{}); !r.Accepted {
		t.Fatal("aggregated list rejected on chain")
	}
}

// TestAggregatorOutputAlwaysVerifies: whatever arrives, once Done the
// output passes Verify.
func TestAggregatorOutputAlwaysVerifies(t *testing.T) {
	fs := fixtureSets()
	rapid.Check(t, func(rt *rapid.T) {
		ts := fs[rapid.IntRange(0, len(fs)-1).Draw(rt, "set")]
		digest := common.Hash{9}
		agg, _ := sigagg.NewAggregator(digest, ts.set, sigagg.PowerQuorum)
		for _, sig := range drawList(rt, digest, ts.keys) {
			_, _ = agg.Add(sig)
		}
		_, err := sigagg.Verify(digest, agg.Signatures(), ts.set, sigagg.PowerQuorum)
		if agg.Done() != (err == nil) {
			rt.Fatalf("Done %v but Verify says %v", agg.Done(), err)
		}
	})
}
