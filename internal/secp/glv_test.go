package secp

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/secp256k1"
	"github.com/consensys/gnark-crypto/ecc/secp256k1/fr"
	"github.com/stretchr/testify/require"
)

func hexBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 16)
	if !ok {
		panic(s)
	}
	return v
}

// TestGLVConstants checks β, λ, the basis and the rounding constants
// against math/big and gnark-crypto's curve.
func TestGLVConstants(t *testing.T) {
	n := fr.Modulus()
	lambda := hexBig("5363ad4cc05c30e0a5261c028812645a122e22ea20816678df02967c1b23bd72")
	beta := feBig(&feBeta)
	require.Zero(t, new(big.Int).Exp(beta, big.NewInt(3), bigP).Cmp(big.NewInt(1)), "β³ = 1 mod p")
	require.Zero(t, new(big.Int).Exp(lambda, big.NewInt(3), n).Cmp(big.NewInt(1)), "λ³ = 1 mod n")
	a1 := hexBig("3086d221a7d46bcde86c90e49284eb15")
	b1 := new(big.Int).Neg(hexBig("e4437ed6010e88286f547fa90abfe4c3"))
	a2 := hexBig("114ca50f7a8e2f3f657c1108d9d44cfd8")
	b2 := a1
	for _, v := range [][2]*big.Int{{a1, b1}, {a2, b2}} {
		r := new(big.Int).Mul(v[1], lambda)
		r.Add(r, v[0]).Mod(r, n)
		require.Zero(t, r.Sign(), "a + b·λ = 0 mod n")
	}
	z1 := new(big.Int).Div(new(big.Int).Lsh(b2, 320), n)
	z2 := new(big.Int).Div(new(big.Int).Lsh(new(big.Int).Neg(b1), 320), n)
	words := func(w [3]uint64) *big.Int {
		return new(big.Int).SetBits(nil).Add(new(big.Int).Lsh(new(big.Int).SetUint64(w[2]), 128),
			new(big.Int).Add(new(big.Int).Lsh(new(big.Int).SetUint64(w[1]), 64), new(big.Int).SetUint64(w[0])))
	}
	require.Zero(t, words(glvZ1).Cmp(z1))
	require.Zero(t, words(glvZ2).Cmp(z2))
	half := new(big.Int).Rsh(n, 1)
	hw := [4]uint64{}
	for i := range hw {
		hw[i] = new(big.Int).Rsh(half, uint(64*i)).Uint64()
	}
	require.Equal(t, hw, frHalfN)

	// φ(G) = λ·G, and our generator is gnark-crypto's.
	_, g := secp256k1.Generators()
	sh := sharedOnce()
	require.Equal(t, g.X.Bytes(), sh.g.pts[0].x.bytes())
	require.Equal(t, g.Y.Bytes(), sh.g.pts[0].y.bytes())
	var lg secp256k1.G1Affine
	lg.ScalarMultiplication(&g, lambda)
	var bx fe
	bx.mul(&sh.g.pts[0].x, &feBeta)
	require.Equal(t, lg.X.Bytes(), bx.bytes())
	require.Equal(t, lg.Y.Bytes(), sh.g.pts[0].y.bytes())
}

// TestSplit: k1 + k2·λ = k (mod n) with |k1|, |k2| < 2^129, for random and
// edge scalars.
func TestSplit(t *testing.T) {
	n := fr.Modulus()
	lambda := hexBig("5363ad4cc05c30e0a5261c028812645a122e22ea20816678df02967c1b23bd72")
	c := newGLVConsts()
	r := rand.New(rand.NewPCG(7, 8))
	ks := []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).Sub(n, big.NewInt(1)), new(big.Int).Rsh(n, 1), lambda}
	for len(ks) < 20000 {
		var b [32]byte
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		ks = append(ks, new(big.Int).Mod(new(big.Int).SetBytes(b[:]), n))
	}
	limit := new(big.Int).Lsh(big.NewInt(1), 129)
	for _, k := range ks {
		var e fr.Element
		e.SetBigInt(k)
		h1, h2 := c.split(&e)
		v := func(h halfScalar) *big.Int {
			x := new(big.Int).Lsh(new(big.Int).SetUint64(h.mag[2]), 128)
			x.Add(x, new(big.Int).Lsh(new(big.Int).SetUint64(h.mag[1]), 64))
			x.Add(x, new(big.Int).SetUint64(h.mag[0]))
			require.Negative(t, x.Cmp(limit), "%x: half too large", k)
			if h.neg {
				x.Neg(x)
			}
			return x
		}
		got := new(big.Int).Mul(v(h2), lambda)
		got.Add(got, v(h1)).Mod(got, n)
		require.Zero(t, got.Cmp(k), "%x", k)
	}
}

// TestWNAF: the digits sum back to k, are odd and within the window, and
// are separated by at least w-1 zeros.
func TestWNAF(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 5000; i++ {
		k := [3]uint64{r.Uint64(), r.Uint64(), r.Uint64() & 1}
		if i == 0 {
			k = [3]uint64{^uint64(0), ^uint64(0), 1}
		}
		for _, w := range []uint{4, 5, 6} {
			var d [maxNAF]int8
			nd := wnaf(k, w, &d)
			sum := new(big.Int)
			last := -100
			for j := nd - 1; j >= 0; j-- {
				sum.Lsh(sum, 1)
				if d[j] != 0 {
					require.Equal(t, int8(1), d[j]&1)
					require.Less(t, int(d[j]), 1<<(w-1))
					require.Greater(t, int(d[j]), -(1 << (w - 1)))
					if last >= 0 {
						require.GreaterOrEqual(t, last-j, int(w))
					}
					last = j
				}
				sum.Add(sum, big.NewInt(int64(d[j])))
			}
			want := new(big.Int).Lsh(new(big.Int).SetUint64(k[2]), 128)
			want.Add(want, new(big.Int).Lsh(new(big.Int).SetUint64(k[1]), 64))
			want.Add(want, new(big.Int).SetUint64(k[0]))
			require.Zero(t, sum.Cmp(want))
		}
	}
}
