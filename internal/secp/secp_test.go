package secp

import (
	"crypto/ecdsa"
	"github.com/stretchr/testify/require"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
)

func keyTable(t testing.TB, k *ecdsa.PrivateKey) *Table {
	var x, y [32]byte
	k.PublicKey.X.FillBytes(x[:])
	k.PublicKey.Y.FillBytes(y[:])
	tbl, err := NewTable(&x, &y, DefaultKeyBits)
	require.NoError(t, err)
	return tbl
}

func mkSig(h [32]byte, sig []byte) *Sig {
	out := &Sig{Hash: h, V: sig[64]}
	copy(out.R[:], sig[:32])
	copy(out.S[:], sig[32:64])
	return out
}

// TestVerifyAgainstGoEthereum signs with go-ethereum and checks that Verify
// accepts exactly what ecrecover maps to the key.
func TestVerifyAgainstGoEthereum(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	keys := make([]*ecdsa.PrivateKey, 4)
	tables := make([]*Table, 4)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		tables[i] = keyTable(t, keys[i])
	}
	for i := 0; i < 300; i++ {
		var h [32]byte
		for j := range h {
			h[j] = byte(rnd.Uint32())
		}
		k := i % 4
		sig, err := crypto.Sign(h[:], keys[k])
		require.NoError(t, err)
		good := mkSig(h, sig)
		if !Verify(tables[k], good) {
			t.Fatalf("sig %d rejected", i)
		}
		if Verify(tables[(k+1)%4], good) {
			t.Fatalf("sig %d accepted for another key", i)
		}
		bad := *good
		bad.V ^= 1
		if Verify(tables[k], &bad) {
			t.Fatalf("sig %d accepted with the other recovery id", i)
		}
		bad = *good
		bad.Hash[rnd.IntN(32)] ^= 1 << rnd.IntN(8)
		if Verify(tables[k], &bad) {
			t.Fatalf("sig %d accepted for another hash", i)
		}
		bad = *good
		bad.R[rnd.IntN(32)] ^= 1 << rnd.IntN(8)
		if Verify(tables[k], &bad) {
			t.Fatalf("sig %d accepted with another r", i)
		}
		bad = *good
		bad.S[rnd.IntN(32)] ^= 1 << rnd.IntN(8)
		if Verify(tables[k], &bad) {
			t.Fatalf("sig %d accepted with another s", i)
		}
	}
}

func TestNewTableRejectsOffCurve(t *testing.T) {
	var x, y [32]byte
	x[31], y[31] = 1, 1
	if _, err := NewTable(&x, &y, DefaultKeyBits); err == nil {
		t.Fatal("off-curve point accepted")
	}
}

func BenchmarkVerify(b *testing.B) {
	k, _ := crypto.GenerateKey()
	tbl := keyTable(b, k)
	h := crypto.Keccak256Hash([]byte("x"))
	sig, _ := crypto.Sign(h[:], k)
	one := mkSig(h, sig)
	Warm()
	b.ReportAllocs()
	for b.Loop() {
		if !Verify(tbl, one) {
			b.Fatal("rejected")
		}
	}
}

func BenchmarkNewTable(b *testing.B) {
	k, _ := crypto.GenerateKey()
	b.ReportAllocs()
	for b.Loop() {
		keyTable(b, k)
	}
}

// BenchmarkNewTables builds the tables of 100 keys in one call (one
// goroutine), against NewTable on each.
func BenchmarkNewTables(b *testing.B) {
	keys := make([][64]byte, 100)
	for i := range keys {
		k, _ := crypto.GenerateKey()
		k.PublicKey.X.FillBytes(keys[i][:32])
		k.PublicKey.Y.FillBytes(keys[i][32:])
	}
	b.Run("impl=NewTables", func(b *testing.B) {
		for b.Loop() {
			if _, err := NewTables(keys, DefaultKeyBits); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("impl=NewTable-each", func(b *testing.B) {
		for b.Loop() {
			for i := range keys {
				x, y := (*[32]byte)(keys[i][:32]), (*[32]byte)(keys[i][32:])
				if _, err := NewTable(x, y, DefaultKeyBits); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// TestNewTablesMatchesNewTable: tables built together equal tables built
// one by one, entry for entry.
func TestNewTablesMatchesNewTable(t *testing.T) {
	keys := make([][64]byte, 5)
	for i := range keys {
		k, _ := crypto.GenerateKey()
		k.PublicKey.X.FillBytes(keys[i][:32])
		k.PublicKey.Y.FillBytes(keys[i][32:])
	}
	for _, bits := range []int{MinKeyBits, DefaultKeyBits, 8} {
		all, err := NewTables(keys, bits)
		require.NoError(t, err)
		for i := range keys {
			one, err := NewTable((*[32]byte)(keys[i][:32]), (*[32]byte)(keys[i][32:]), bits)
			require.NoError(t, err)
			require.Equal(t, one.pts, all[i].pts)
			// Entry d of window w is d·2^(bits·w)·P: check a few against
			// go-ethereum's curve arithmetic.
			for _, idx := range []int{0, 1, one.half - 1, one.half, len(one.pts) - 2, len(one.pts) - 1} {
				w, d := idx/one.half, idx%one.half+1
				if idx == len(one.pts)-1 {
					w, d = one.windows, 1
				}
				k := new(big.Int).Lsh(big.NewInt(int64(d)), uint(bits*w))
				x, y := crypto.S256().ScalarMult(new(big.Int).SetBytes(keys[i][:32]), new(big.Int).SetBytes(keys[i][32:]), k.Bytes())
				require.Equal(t, x.FillBytes(make([]byte, 32)), feBytes(one.pts[idx].x), "bits %d entry %d", bits, idx)
				require.Equal(t, y.FillBytes(make([]byte, 32)), feBytes(one.pts[idx].y), "bits %d entry %d", bits, idx)
			}
		}
	}
	_, err := NewTables([][64]byte{keys[0], {1}}, DefaultKeyBits)
	require.ErrorIs(t, err, ErrNotOnCurve)
}

func feBytes(a fe) []byte {
	b := a.bytes()
	return b[:]
}

// TestRecoveryIDAboveOneRefused: ecrecover takes recovery ids 0 and 1 only,
// so a valid signature whose V is set to 2..255 is refused by every entry
// point — Verify, Prepare + Try + CheckParity, TryBatch and Recover — as
// the EVM's ecrecover precompile (go-ethereum's, v = 27 + V) refuses it.
// (crypto.Ecrecover itself is no oracle here: without cgo it reads V 4..7
// as the compressed-key variants of 0..3 and recovers a key.)
func TestRecoveryIDAboveOneRefused(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	tbl := keyTable(t, key)
	for i := 0; i < 8; i++ {
		h := crypto.Keccak256Hash([]byte{byte(i)})
		raw, err := crypto.Sign(h[:], key)
		require.NoError(t, err)
		good := *mkSig(h, raw)
		require.True(t, Verify(tbl, &good), "the untouched signature verifies")
		ecrecover := func(v byte) []byte {
			in := make([]byte, 128)
			copy(in, h[:])
			in[63] = 27 + v // wraps for v > 228: still not 27 or 28
			copy(in[64:], raw[:64])
			out, err := vm.PrecompiledContractsCancun[common.BytesToAddress([]byte{1})].Run(in)
			require.NoError(t, err)
			return out
		}
		require.Equal(t, common.LeftPadBytes(crypto.PubkeyToAddress(key.PublicKey).Bytes(), 32), ecrecover(good.V))
		for _, v := range []byte{2, 3, 4, 5, 27, 28, 255} {
			bad := good
			bad.V = v
			require.Empty(t, ecrecover(v), "the precompile refuses V=%d", v)

			require.False(t, Verify(tbl, &bad), "Verify V=%d", v)

			var p [1]Prepared
			Prepare([]Sig{bad}, p[:])
			if c, ok := p[0].Try(tbl); ok {
				var par [1]bool
				CheckParity([]Candidate{c}, par[:])
				require.False(t, par[0], "Try + CheckParity V=%d", v)
			}

			// A batch long enough for Prepare's shared sums, the bad
			// signature among good ones.
			sigs := []Sig{good, bad, good, good, bad}
			ps := make([]Prepared, len(sigs))
			Prepare(sigs, ps)
			got := make([]bool, len(sigs))
			TryBatch(ps, []*Table{tbl, tbl, tbl, tbl, tbl}, got)
			require.Equal(t, []bool{true, false, true, true, false}, got, "TryBatch V=%d", v)

			_, _, ok := Recover(&bad)
			require.False(t, ok, "Recover V=%d", v)
		}
	}
}
