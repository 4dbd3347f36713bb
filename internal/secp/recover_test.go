package secp

import (
	"github.com/stretchr/testify/require"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestRecoverMatchesGoEthereum: Recover returns go-ethereum's Ecrecover key
// for valid signatures (low- and high-s) and fails where it fails.
func TestRecoverMatchesGoEthereum(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	key, _ := crypto.GenerateKey()
	for i := 0; i < 300; i++ {
		var h [32]byte
		for j := range h {
			h[j] = byte(rnd.Uint32())
		}
		raw, _ := crypto.Sign(h[:], key)
		s := mkSig(h, raw)
		if i%3 == 1 { // random garbage r
			for j := range s.R {
				s.R[j] = byte(rnd.Uint32())
			}
		}
		x, y, ok := Recover(s)
		sig65 := append(append(append([]byte{}, s.R[:]...), s.S[:]...), s.V)
		pub, err := crypto.Ecrecover(h[:], sig65)
		if ok != (err == nil) {
			t.Fatalf("sig %d: Recover ok=%v, Ecrecover err=%v", i, ok, err)
		}
		if ok && (string(pub[1:33]) != string(x[:]) || string(pub[33:]) != string(y[:])) {
			t.Fatalf("sig %d: keys differ", i)
		}
	}
}

func BenchmarkRecover(b *testing.B) {
	key, _ := crypto.GenerateKey()
	h := crypto.Keccak256Hash([]byte("x"))
	raw, _ := crypto.Sign(h[:], key)
	s := mkSig(h, raw)
	Warm()
	b.Run("impl=secp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, ok := Recover(s); !ok {
				b.Fatal("failed")
			}
		}
	})
	b.Run("impl=dcrd-RecoverCompact", func(b *testing.B) {
		compact := append([]byte{27 + s.V}, raw[:64]...)
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := ecdsa.RecoverCompact(compact, h[:]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRecoverBatch recovers 67 signatures by different keys over one
// digest in one call, against go-ethereum's Ecrecover on each (libsecp256k1
// with cgo, dcrd without).
func BenchmarkRecoverBatch(b *testing.B) {
	h := crypto.Keccak256Hash([]byte("checkpoint"))
	sigs := make([]Sig, 67)
	raw := make([][]byte, len(sigs))
	for i := range sigs {
		key, _ := crypto.GenerateKey()
		raw[i], _ = crypto.Sign(h[:], key)
		sigs[i] = *mkSig(h, raw[i])
	}
	Warm()
	b.Run("impl=secp", func(b *testing.B) {
		out := make([]Key, len(sigs))
		b.ReportAllocs()
		for b.Loop() {
			RecoverBatch(sigs, out)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(sigs)), "ns/sig")
	})
	b.Run("impl=geth-Ecrecover", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i := range raw {
				if _, err := crypto.Ecrecover(h[:], raw[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(sigs)), "ns/sig")
	})
}

// TestRecoverBatchMixed recovers one batch mixing every kind of input —
// valid signatures with low and high s and both recovery ids, r that is no
// x-coordinate, r or s of 0 or at least n, recovery ids 2 and 3, and keys
// at infinity — and checks each entry against go-ethereum's Ecrecover on
// its own (libsecp256k1 with cgo, dcrd without) and against a batch of
// one: an entry's neighbours never change its result.
func TestRecoverBatchMixed(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 12))
	n := hexBig("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	gx := hexBig("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")
	var sigs []Sig
	for i := 0; i < 240; i++ {
		var h [32]byte
		for j := range h {
			h[j] = byte(rnd.Uint32())
		}
		key, _ := crypto.GenerateKey()
		raw, _ := crypto.Sign(h[:], key)
		s := *mkSig(h, raw)
		switch i % 12 {
		case 1: // high s: s' = n - s with the other recovery id
			sv := new(big.Int).Sub(n, new(big.Int).SetBytes(s.S[:]))
			sv.FillBytes(s.S[:])
			s.V ^= 1
		case 2: // r no x-coordinate (about half of random values)
			for j := range s.R {
				s.R[j] = byte(rnd.Uint32())
			}
		case 3:
			s.R = [32]byte{}
		case 4:
			n.FillBytes(s.R[:])
		case 5:
			new(big.Int).Add(n, big.NewInt(int64(rnd.IntN(1000)))).FillBytes(s.S[:])
		case 6:
			s.S = [32]byte{}
		case 7:
			s.V = 2 + byte(rnd.IntN(2))
		case 8: // key at infinity: R = G, s = 1, digest 1
			gx.FillBytes(s.R[:])
			s.S = [32]byte{31: 1}
			s.Hash = [32]byte{31: 1}
			s.V = 0
		case 9: // r = 1: x = 1 is no x-coordinate? 1 + 7 = 8 is a square mod p
			s.R = [32]byte{31: 1}
		}
		sigs = append(sigs, s)
	}
	out := make([]Key, len(sigs))
	RecoverBatch(sigs, out)
	infinities := 0
	for i, s := range sigs {
		x, y, one := RecoverOutcome(&s)
		require.Equal(t, Key{X: x, Y: y, Outcome: one}, out[i], "sig %d: batch and single differ", i)
		if out[i].Outcome == Infinity {
			infinities++
			continue
		}
		if s.V > 1 {
			require.Equal(t, Invalid, out[i].Outcome, "sig %d: recovery id %d is not an EVM recovery id", i, s.V)
			continue
		}
		sig65 := append(append(append([]byte{}, s.R[:]...), s.S[:]...), s.V)
		pub, err := crypto.Ecrecover(s.Hash[:], sig65)
		require.Equal(t, err == nil, out[i].Outcome == Recovered, "sig %d (case %d): Ecrecover err=%v", i, i%12, err)
		if err == nil {
			require.Equal(t, pub[1:33], out[i].X[:], "sig %d", i)
			require.Equal(t, pub[33:], out[i].Y[:], "sig %d", i)
		}
	}
	require.Equal(t, 20, infinities)
}
