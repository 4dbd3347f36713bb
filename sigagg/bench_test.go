package sigagg_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	dcrdecdsa "github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkVerifyCheckpoint verifies the minimal quorum (n*2/3+1 of n
// validators) over one checkpoint vote hash, for n = 21, 100 and 150:
//
//   - sdk: Verify on a set with precomputed keys, signers the first
//     validators in address order;
//   - sdk-random: the same with a random quorum subset (gaps between
//     signers), the same subset every time (the same validators keep
//     signing: Verify predicts each signer from the previous list);
//   - sdk-random-fresh: a different random subset each time (16 lists in
//     turn), so the previous list predicts little;
//   - sdk-cold: Verify on a fresh set each time (no keys known: it
//     recovers every signer), as a CLI or a DApp verifying one checkpoint;
//   - sdk-auto: Verify on a set that was never given keys nor asked to
//     Precompute, after it has seen the same signers twice (it built their
//     tables by itself);
//   - geth-Ecrecover: go-ethereum crypto.Ecrecover on each signature,
//     serially (libsecp256k1 when built with cgo, dcrd without);
//   - dcrd-RecoverCompact: dcrd's recovery on each signature, serially.
func BenchmarkVerifyCheckpoint(b *testing.B) {
	digest := crypto.Keccak256Hash([]byte("checkpoint vote"))
	for _, n := range []int{21, 100, 150} {
		fast, keys := sigaggtest.Set(uint64(n), n)
		for _, k := range keys {
			_ = fast.AddPublicKey(&k.Private.PublicKey)
		}
		fast.Precompute()
		m := n*2/3 + 1
		sigs := sigaggtest.Quorum(digest, keys, m)
		pick := rand.New(rand.NewPCG(uint64(n), 0)).Perm(n)[:m]
		slices.Sort(pick)
		random := make([]sigagg.Signature, m)
		for i, j := range pick {
			random[i] = sigaggtest.Sign(digest, keys[j])
		}
		fresh := make([][]sigagg.Signature, 16)
		for f := range fresh {
			pick := rand.New(rand.NewPCG(uint64(n), uint64(f+1))).Perm(n)[:m]
			slices.Sort(pick)
			fresh[f] = make([]sigagg.Signature, m)
			for i, j := range pick {
				fresh[f][i] = sigaggtest.Sign(digest, keys[j])
			}
		}
		name := func(impl string) string { return fmt.Sprintf("n=%d/sigs=%d/impl=%s", n, m, impl) }
		verify := func(set *sigagg.ValidatorSet, list []sigagg.Signature) func(*testing.B) {
			return func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := sigagg.Verify(digest, list, set, sigagg.CountQuorum); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(m), "ns/sig")
			}
		}
		b.Run(name("sdk"), verify(fast, sigs))
		b.Run(name("sdk-random"), verify(fast, random))
		b.Run(name("sdk-random-fresh"), func(b *testing.B) {
			b.ReportAllocs()
			f := 0
			for b.Loop() {
				if _, err := sigagg.Verify(digest, fresh[f%len(fresh)], fast, sigagg.CountQuorum); err != nil {
					b.Fatal(err)
				}
				f++
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(m), "ns/sig")
		})
		b.Run(name("sdk-cold"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				cold, _ := sigaggtest.Set(uint64(n), n)
				b.StartTimer()
				if _, err := sigagg.Verify(digest, random, cold, sigagg.CountQuorum); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(m), "ns/sig")
		})
		auto, _ := sigaggtest.Set(uint64(n), n)
		for range 2 {
			if _, err := sigagg.Verify(digest, random, auto, sigagg.CountQuorum); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(name("sdk-auto"), verify(auto, random))
		b.Run(name("geth-Ecrecover"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for i := range sigs {
					if _, err := crypto.Ecrecover(digest[:], sigs[i][:]); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(m), "ns/sig")
		})
		b.Run(name("dcrd-RecoverCompact"), func(b *testing.B) {
			compact := make([][]byte, m)
			for i, s := range sigs {
				compact[i] = append([]byte{27 + s[64]}, s[:64]...)
			}
			b.ReportAllocs()
			for b.Loop() {
				for i := range compact {
					if _, _, err := dcrdecdsa.RecoverCompact(compact[i], digest[:]); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(m), "ns/sig")
		})
	}
}

// BenchmarkPrecompute measures building the tables of a 100-validator set.
func BenchmarkPrecompute(b *testing.B) {
	_, keys := sigaggtest.Set(5, 100)
	b.ReportAllocs()
	for b.Loop() {
		set, _ := sigaggtest.Set(5, 100)
		for _, k := range keys {
			_ = set.AddPublicKey(&k.Private.PublicKey)
		}
		set.Precompute()
	}
}

// BenchmarkTableBits is the size/speed knob: warm Verify of a random
// 67-of-100 subset (the same subset each time) with each table window,
// and the memory one table holds.
func BenchmarkTableBits(b *testing.B) {
	digest := crypto.Keccak256Hash([]byte("checkpoint vote"))
	_, keys := sigaggtest.Set(100, 100)
	pick := rand.New(rand.NewPCG(100, 0)).Perm(100)[:67]
	slices.Sort(pick)
	var vals []sigagg.Validator
	for _, k := range keys {
		vals = append(vals, sigagg.Validator{Address: k.Address, Power: big.NewInt(1)})
	}
	for bits := sigagg.MinTableBits; bits <= 8; bits++ {
		set, err := sigagg.NewValidatorSet(vals, sigagg.WithTableBits(bits))
		if err != nil {
			b.Fatal(err)
		}
		for _, k := range keys {
			_ = set.AddPublicKey(&k.Private.PublicKey)
		}
		set.Precompute()
		list := make([]sigagg.Signature, 0, len(pick))
		for _, j := range pick { // keys are in address order
			list = append(list, sigaggtest.Sign(digest, keys[j]))
		}
		b.Run(fmt.Sprintf("bits=%d/KiB=%d", bits, sigagg.TableBytes(bits)>>10), func(b *testing.B) {
			for b.Loop() {
				if _, err := sigagg.Verify(digest, list, set, sigagg.CountQuorum); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(list)), "ns/sig")
		})
	}
}

// BenchmarkSecondSight is what a set that is never asked to Precompute
// pays on its second Verify of 67-of-100: the signers' keys are known from
// the first, so it builds their tables before checking against them.
func BenchmarkSecondSight(b *testing.B) {
	digest := crypto.Keccak256Hash([]byte("checkpoint vote"))
	_, keys := sigaggtest.Set(100, 100)
	sigs := sigaggtest.Quorum(digest, keys, 67)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		set, _ := sigaggtest.Set(100, 100)
		if _, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum); err != nil {
			b.Fatal(err)
		}
	}
}
