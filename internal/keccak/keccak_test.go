package keccak

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestHashPairMatchesGoEthereum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var l, rt [32]byte
	for i := 0; i < 2000; i++ {
		for j := range l {
			l[j], rt[j] = byte(r.Uint32()), byte(r.Uint32())
		}
		if i == 0 {
			l, rt = [32]byte{}, [32]byte{}
		}
		got := HashPair(&l, &rt)
		want := crypto.Keccak256Hash(l[:], rt[:])
		if common.Hash(got) != want {
			t.Fatalf("pair %d: got %x want %x", i, got, want)
		}
	}
}

func TestSum256ShortMatchesGoEthereum(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n <= MaxShort+1; n++ {
		data := make([]byte, n)
		for j := range data {
			data[j] = byte(r.Uint32())
		}
		got, ok := Sum256Short(data)
		if n > MaxShort {
			if ok {
				t.Fatalf("len %d accepted", n)
			}
			continue
		}
		if !ok || common.Hash(got) != crypto.Keccak256Hash(data) {
			t.Fatalf("len %d: got %x want %x", n, got, crypto.Keccak256Hash(data))
		}
	}
}

func FuzzHashPair(f *testing.F) {
	f.Add(make([]byte, 64))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 64 {
			return
		}
		var l, r [32]byte
		copy(l[:], data[:32])
		copy(r[:], data[32:64])
		if common.Hash(HashPair(&l, &r)) != crypto.Keccak256Hash(data[:64]) {
			t.Fatal("mismatch")
		}
	})
}

// BenchmarkKeccak64 compares one 64-byte hash on this package's single-
// permutation path with go-ethereum's reused KeccakState (the fastest
// go-ethereum path; amd64 assembly permutation).
func BenchmarkKeccak64(b *testing.B) {
	var l, r [32]byte
	l[0], r[0] = 1, 2
	b.Run("impl=HashPair", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			l = HashPair(&l, &r)
		}
	})
	b.Run("impl=geth-KeccakState", func(b *testing.B) {
		b.ReportAllocs()
		h := crypto.NewKeccakState()
		var buf [64]byte
		for b.Loop() {
			copy(buf[:32], l[:])
			copy(buf[32:], r[:])
			h.Reset()
			h.Write(buf[:])
			h.Read(l[:])
		}
	})
	b.Run("impl=geth-Keccak256Hash", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			l = crypto.Keccak256Hash(l[:], r[:])
		}
	})
}
