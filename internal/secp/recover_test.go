package secp

import (
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
	GeneratorTable()
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
