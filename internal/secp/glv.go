package secp

import (
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/secp256k1/fr"
)

// The endomorphism φ(x, y) = (β·x, y) of secp256k1 multiplies every point
// by λ. A scalar k splits into k1 + k2·λ (mod n) with k1 and k2 of about
// 128 bits (the GLV method), so k·P = k1·P + k2·φ(P) takes half the
// doublings, or half the windows of a fixed-base table. The constants are
// those of the usual reduced basis (a1, b1) = (0x3086…eb15, -0xe443…e4c3),
// (a2, b2) = (0x114c…4cfd8, 0x3086…eb15); glv_test.go checks every
// relation they must satisfy against math/big.
var (
	// feBeta is β, a cube root of unity mod p.
	feBeta = fe{0xc1396c28719501ee, 0x9cf0497512f58995, 0x6e64479eac3434e9, 0x7ae96a2b657c0710}
	// glvZ1 = floor(2^320·b2/n) and glvZ2 = floor(2^320·(-b1)/n), rounded
	// down; the split rounds c1 = k·z1 / 2^320 to nearest with bit 319.
	glvZ1 = [3]uint64{0x3daa8a1471e8ca7f, 0xe86c90e49284eb15, 0x3086d221a7d46bcd}
	glvZ2 = [3]uint64{0x221208ac9df506c6, 0x6f547fa90abfe4c4, 0xe4437ed6010e8828}
)

// glvConsts are -b1, -b2 and -λ modulo n as scalars.
type glvConsts struct{ negB1, negB2, negLambda fr.Element }

func newGLVConsts() glvConsts {
	var c glvConsts
	c.negB1.SetString("0xe4437ed6010e88286f547fa90abfe4c3")
	c.negB2.SetString("0x3086d221a7d46bcde86c90e49284eb15")
	c.negB2.Neg(&c.negB2)
	c.negLambda.SetString("0x5363ad4cc05c30e0a5261c028812645a122e22ea20816678df02967c1b23bd72")
	c.negLambda.Neg(&c.negLambda)
	return c
}

// halfScalar is a GLV half: a magnitude below 2^129 and its sign.
type halfScalar struct {
	mag [3]uint64
	neg bool
}

// mulShift320 returns round(k·z / 2^320) for a 256-bit k and 192-bit z.
func mulShift320(k *[4]uint64, z *[3]uint64) fr.Element {
	var t [7]uint64
	for i := 0; i < 4; i++ {
		var carry uint64
		for j := 0; j < 3; j++ {
			hi, lo := bits.Mul64(k[i], z[j])
			lo, c := bits.Add64(lo, t[i+j], 0)
			hi += c
			lo, c = bits.Add64(lo, carry, 0)
			hi += c
			t[i+j] = lo
			carry = hi
		}
		t[i+3] = carry
	}
	r0, c := bits.Add64(t[5], t[4]>>63, 0)
	r1 := t[6] + c
	return frFromWords([4]uint64{r0, r1, 0, 0})
}

// frFromWords returns the scalar with the little-endian value w (< n).
func frFromWords(w [4]uint64) fr.Element {
	var b [32]byte
	for i := 0; i < 4; i++ {
		o := 24 - 8*i
		v := w[i]
		b[o], b[o+1], b[o+2], b[o+3] = byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32)
		b[o+4], b[o+5], b[o+6], b[o+7] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	e, _ := fr.BigEndian.Element(&b)
	return e
}

// frHalfN is (n-1)/2: a residue above it is the negative of a small one.
var frHalfN = [4]uint64{0xdfe92f46681b20a0, 0x5d576e7357a4501d, 0xffffffffffffffff, 0x7fffffffffffffff}

// toHalf turns a residue of small absolute value into a halfScalar.
func toHalf(e *fr.Element) halfScalar {
	w := e.Bits()
	var h halfScalar
	if greater(&w, &frHalfN) {
		var m fr.Element
		m.Neg(e)
		w = m.Bits()
		h.neg = true
	}
	h.mag = [3]uint64{w[0], w[1], w[2]}
	return h
}

func greater(a, b *[4]uint64) bool {
	for i := 3; i >= 0; i-- {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return false
}

// split returns k1, k2 with k ≡ k1 + k2·λ (mod n), each below 2^129 in
// absolute value.
func (c *glvConsts) split(k *fr.Element) (k1, k2 halfScalar) {
	w := k.Bits()
	c1 := mulShift320(&w, &glvZ1)
	c2 := mulShift320(&w, &glvZ2)
	var e1, e2 fr.Element
	c1.Mul(&c1, &c.negB1)
	c2.Mul(&c2, &c.negB2)
	e2.Add(&c1, &c2)
	e1.Mul(&e2, &c.negLambda)
	e1.Add(&e1, k)
	return toHalf(&e1), toHalf(&e2)
}

// maxNAF is the length of a width-w NAF of a number below 2^129.
const maxNAF = 131

// wnaf writes the width-w non-adjacent form of k (least significant digit
// first: odd digits in (-2^(w-1), 2^(w-1)) with at least w-1 zeros after
// each) into d and returns its length.
func wnaf(k [3]uint64, w uint, d *[maxNAF]int8) int {
	for i := range d {
		d[i] = 0
	}
	mask := uint64(1)<<w - 1
	half := int64(1) << (w - 1)
	n := 0
	for i := 0; k[0]|k[1]|k[2] != 0; i++ {
		if k[0]&1 == 1 {
			v := int64(k[0] & mask)
			if v >= half {
				v -= int64(1) << w
			}
			d[i] = int8(v)
			// k -= v
			if v > 0 {
				var b uint64
				k[0], b = bits.Sub64(k[0], uint64(v), 0)
				k[1], b = bits.Sub64(k[1], 0, b)
				k[2], _ = bits.Sub64(k[2], 0, b)
			} else {
				var c uint64
				k[0], c = bits.Add64(k[0], uint64(-v), 0)
				k[1], c = bits.Add64(k[1], 0, c)
				k[2], _ = bits.Add64(k[2], 0, c)
			}
		}
		k[0] = k[0]>>1 | k[1]<<63
		k[1] = k[1]>>1 | k[2]<<63
		k[2] >>= 1
		n = i + 1
	}
	return n
}
