package secp

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/secp256k1/fp"
	dcrd "github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/stretchr/testify/require"
)

var bigP = fp.Modulus()

func feBig(a *fe) *big.Int {
	b := a.bytes()
	return new(big.Int).SetBytes(b[:])
}

func bigFe(t testing.TB, b *big.Int) fe {
	var buf [32]byte
	b.FillBytes(buf[:])
	var a fe
	require.True(t, a.setBytes(&buf))
	return a
}

// fieldSamples are edge values and random elements below p.
func fieldSamples(n int) []*big.Int {
	one := big.NewInt(1)
	out := []*big.Int{
		big.NewInt(0), big.NewInt(1), big.NewInt(2), big.NewInt(7), big.NewInt(feC),
		new(big.Int).Sub(bigP, one), new(big.Int).Sub(bigP, big.NewInt(2)),
		new(big.Int).Sub(bigP, big.NewInt(feC)),
		new(big.Int).Lsh(one, 255), new(big.Int).Sub(new(big.Int).Lsh(one, 256), new(big.Int).Add(big.NewInt(feC), one)),
		new(big.Int).Sub(new(big.Int).Lsh(one, 128), one), new(big.Int).Lsh(one, 64),
	}
	r := rand.New(rand.NewPCG(5, 6))
	for len(out) < n {
		var b [32]byte
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		switch r.IntN(4) { // words of all ones or zeros hit carry corners
		case 0:
			for i := 0; i < 8*r.IntN(4); i++ {
				b[i] = 0xff
			}
		case 1:
			for i := 0; i < 8*r.IntN(4); i++ {
				b[31-i] = 0
			}
		}
		v := new(big.Int).SetBytes(b[:])
		out = append(out, v.Mod(v, bigP))
	}
	return out
}

// TestFieldAgainstBigInt checks every field operation against math/big.
func TestFieldAgainstBigInt(t *testing.T) {
	xs := fieldSamples(400)
	mod := func(v *big.Int) *big.Int { return v.Mod(v, bigP) }
	for i, a := range xs {
		fa := bigFe(t, a)
		for j, b := range xs[:60] {
			fb := bigFe(t, b)
			var z fe
			z.mul(&fa, &fb)
			require.Zero(t, feBig(&z).Cmp(mod(new(big.Int).Mul(a, b))), "mul %d %d", i, j)
			z.mulGeneric(&fa, &fb)
			require.Zero(t, feBig(&z).Cmp(mod(new(big.Int).Mul(a, b))), "mulGeneric %d %d", i, j)
			z.add(&fa, &fb)
			require.Zero(t, feBig(&z).Cmp(mod(new(big.Int).Add(a, b))), "add %d %d", i, j)
			z.sub(&fa, &fb)
			require.Zero(t, feBig(&z).Cmp(mod(new(big.Int).Sub(a, b))), "sub %d %d", i, j)
		}
		var z fe
		z.sqr(&fa)
		require.Zero(t, feBig(&z).Cmp(mod(new(big.Int).Mul(a, a))), "sqr %d", i)
		z.sqrGeneric(&fa)
		require.Zero(t, feBig(&z).Cmp(mod(new(big.Int).Mul(a, a))), "sqrGeneric %d", i)
		z.neg(&fa)
		require.Zero(t, feBig(&z).Cmp(mod(new(big.Int).Neg(a))), "neg %d", i)
		z.inv(&fa)
		want := new(big.Int).ModInverse(a, bigP)
		if want == nil {
			want = new(big.Int)
		}
		require.Zero(t, feBig(&z).Cmp(want), "inv %d", i)
		ok := z.sqrt(&fa)
		want = new(big.Int).ModSqrt(a, bigP)
		require.Equal(t, want != nil, ok, "sqrt exists %d", i)
		if ok {
			require.Zero(t, mod(new(big.Int).Mul(feBig(&z), feBig(&z))).Cmp(a), "sqrt %d", i)
		}
	}
}

func TestFieldSetBytesRejectsNonCanonical(t *testing.T) {
	for _, v := range []*big.Int{bigP, new(big.Int).Add(bigP, big.NewInt(1)), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))} {
		var b [32]byte
		v.FillBytes(b[:])
		var z fe
		require.False(t, z.setBytes(&b), "%x", v)
	}
}

func TestBatchInv(t *testing.T) {
	xs := fieldSamples(50)
	in := make([]fe, len(xs))
	for i, x := range xs {
		in[i] = bigFe(t, x)
	}
	out := make([]fe, len(in))
	batchInv(out, in, make([]fe, len(in)))
	for i := range in {
		var want fe
		want.inv(&in[i])
		require.Equal(t, want, out[i], "%d", i)
	}
	batchInv(in, in, make([]fe, len(in))) // in place
	require.Equal(t, out, in)
}

// FuzzField checks mul, sqr, add, sub against math/big on any two
// 32-byte inputs.
func FuzzField(f *testing.F) {
	f.Add(make([]byte, 64))
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) < 64 {
			return
		}
		var ab, bb [32]byte
		copy(ab[:], in[:32])
		copy(bb[:], in[32:64])
		var a, b fe
		if !a.setBytes(&ab) || !b.setBytes(&bb) {
			return
		}
		x, y := feBig(&a), feBig(&b)
		var z fe
		z.mul(&a, &b)
		if feBig(&z).Cmp(new(big.Int).Mod(new(big.Int).Mul(x, y), bigP)) != 0 {
			t.Fatal("mul")
		}
		z.sqr(&a)
		if feBig(&z).Cmp(new(big.Int).Mod(new(big.Int).Mul(x, x), bigP)) != 0 {
			t.Fatal("sqr")
		}
		z.mulGeneric(&a, &b)
		if feBig(&z).Cmp(new(big.Int).Mod(new(big.Int).Mul(x, y), bigP)) != 0 {
			t.Fatal("mulGeneric")
		}
		z.sqrGeneric(&a)
		if feBig(&z).Cmp(new(big.Int).Mod(new(big.Int).Mul(x, x), bigP)) != 0 {
			t.Fatal("sqrGeneric")
		}
		z.add(&a, &b)
		if feBig(&z).Cmp(new(big.Int).Mod(new(big.Int).Add(x, y), bigP)) != 0 {
			t.Fatal("add")
		}
		z.sub(&a, &b)
		if feBig(&z).Cmp(new(big.Int).Mod(new(big.Int).Sub(x, y), bigP)) != 0 {
			t.Fatal("sub")
		}
	})
}

// BenchmarkField compares this package's field multiplication and
// squaring with gnark-crypto's (Montgomery, pure Go), each as a chain of
// dependent operations.
func BenchmarkField(b *testing.B) {
	b.Run("op=mul/impl=secp", func(b *testing.B) {
		x, y := fe{1, 2, 3, 4}, fe{5, 6, 7, 8}
		for b.Loop() {
			x.mul(&x, &y)
		}
	})
	b.Run("op=mul/impl=secp-go", func(b *testing.B) {
		x, y := fe{1, 2, 3, 4}, fe{5, 6, 7, 8}
		for b.Loop() {
			x.mulGeneric(&x, &y)
		}
	})
	b.Run("op=mul/impl=gnark", func(b *testing.B) {
		var x, y fp.Element
		x.SetUint64(12345)
		y.SetUint64(67890)
		for b.Loop() {
			x.Mul(&x, &y)
		}
	})
	b.Run("op=mul/impl=dcrd", func(b *testing.B) {
		var x, y dcrd.FieldVal
		x.SetInt(12345)
		y.SetInt(6789)
		for b.Loop() {
			x.Mul(&y).Normalize()
		}
	})
	b.Run("op=sqr/impl=secp", func(b *testing.B) {
		x := fe{1, 2, 3, 4}
		for b.Loop() {
			x.sqr(&x)
		}
	})
	b.Run("op=sqr/impl=secp-go", func(b *testing.B) {
		x := fe{1, 2, 3, 4}
		for b.Loop() {
			x.sqrGeneric(&x)
		}
	})
	b.Run("op=sqr/impl=gnark", func(b *testing.B) {
		var x fp.Element
		x.SetUint64(12345)
		for b.Loop() {
			x.Square(&x)
		}
	})
	b.Run("op=sqr/impl=dcrd", func(b *testing.B) {
		var x dcrd.FieldVal
		x.SetInt(12345)
		for b.Loop() {
			x.Square().Normalize()
		}
	})
	b.Run("op=sqrt/impl=secp", func(b *testing.B) {
		x := fe{7}
		for b.Loop() {
			x.sqrt(&x)
		}
	})
	b.Run("op=sqrt/impl=gnark", func(b *testing.B) {
		var x fp.Element
		x.SetUint64(7)
		for b.Loop() {
			x.Sqrt(&x)
		}
	})
}
