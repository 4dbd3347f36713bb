package secp

import "math/bits"

// fe is an element of the field of secp256k1, p = 2^256 - 2^32 - 977, as
// four little-endian 64-bit words, always fully reduced (below p). The
// reduction uses the special form of p (2^256 ≡ c = 2^32 + 977) rather
// than Montgomery's method, and squaring has its own routine: in this
// package's measurements a square costs two thirds of gnark-crypto's and a
// multiplication slightly less (BENCHMARKS.md). Nothing here is constant
// time: the package verifies public signatures and handles no secret.
type fe [4]uint64

// feC is 2^256 mod p.
const feC = 0x1000003D1

// feP is p.
var feP = fe{0xFFFFFFFEFFFFFC2F, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF}

// setBytes sets z to the big-endian b and reports whether b is below p.
func (z *fe) setBytes(b *[32]byte) bool {
	for i := 0; i < 4; i++ {
		o := 24 - 8*i
		z[i] = uint64(b[o])<<56 | uint64(b[o+1])<<48 | uint64(b[o+2])<<40 | uint64(b[o+3])<<32 |
			uint64(b[o+4])<<24 | uint64(b[o+5])<<16 | uint64(b[o+6])<<8 | uint64(b[o+7])
	}
	return z.less(&feP)
}

// bytes returns z big-endian.
func (z *fe) bytes() (b [32]byte) {
	for i := 0; i < 4; i++ {
		o := 24 - 8*i
		w := z[i]
		b[o], b[o+1], b[o+2], b[o+3] = byte(w>>56), byte(w>>48), byte(w>>40), byte(w>>32)
		b[o+4], b[o+5], b[o+6], b[o+7] = byte(w>>24), byte(w>>16), byte(w>>8), byte(w)
	}
	return b
}

// less reports z < x as integers.
func (z *fe) less(x *fe) bool {
	for i := 3; i >= 0; i-- {
		if z[i] != x[i] {
			return z[i] < x[i]
		}
	}
	return false
}

func (z *fe) isZero() bool     { return z[0]|z[1]|z[2]|z[3] == 0 }
func (z *fe) isOdd() bool      { return z[0]&1 == 1 }
func (z *fe) equal(x *fe) bool { return *z == *x }
func (z *fe) setOne()          { *z = fe{1} }

// add sets z = a + b. It has no branch: which result to keep depends on
// the data and would be mispredicted half the time.
func (z *fe) add(a, b *fe) {
	r0, c := bits.Add64(a[0], b[0], 0)
	r1, c := bits.Add64(a[1], b[1], c)
	r2, c := bits.Add64(a[2], b[2], c)
	r3, c := bits.Add64(a[3], b[3], c)
	// a + b < 2p: subtract p (add c mod 2^256) when the sum carried or is
	// at least p, which is when adding c carries.
	s0, d := bits.Add64(r0, feC, 0)
	s1, d := bits.Add64(r1, 0, d)
	s2, d := bits.Add64(r2, 0, d)
	s3, d := bits.Add64(r3, 0, d)
	m := -(c | d)
	z[0] = r0 ^ (r0^s0)&m
	z[1] = r1 ^ (r1^s1)&m
	z[2] = r2 ^ (r2^s2)&m
	z[3] = r3 ^ (r3^s3)&m
}

// sub sets z = a - b, without a branch.
func (z *fe) sub(a, b *fe) {
	r0, br := bits.Sub64(a[0], b[0], 0)
	r1, br := bits.Sub64(a[1], b[1], br)
	r2, br := bits.Sub64(a[2], b[2], br)
	r3, br := bits.Sub64(a[3], b[3], br)
	// On a borrow r is a - b + 2^256: subtracting c gives a - b + p,
	// which lies in [0, p), so no second borrow.
	r0, br2 := bits.Sub64(r0, feC&-br, 0)
	r1, br2 = bits.Sub64(r1, 0, br2)
	r2, br2 = bits.Sub64(r2, 0, br2)
	r3, _ = bits.Sub64(r3, 0, br2)
	z[0], z[1], z[2], z[3] = r0, r1, r2, r3
}

// neg sets z = -a.
func (z *fe) neg(a *fe) {
	if a.isZero() {
		*z = fe{}
		return
	}
	z.sub(&feP, a) // p - a, below p: sub never borrows here
}

// double sets z = 2a.
func (z *fe) double(a *fe) { z.add(a, a) }

// mul sets z = a·b: in assembly on amd64 CPUs with BMI2 and ADX (all
// since 2015), in Go elsewhere or with the purego build tag.
func (z *fe) mul(a, b *fe) {
	if hasADX {
		mulADX(z, a, b)
		return
	}
	z.mulGeneric(a, b)
}

// sqr sets z = a².
func (z *fe) sqr(a *fe) {
	if hasADX {
		sqrADX(z, a)
		return
	}
	z.sqrGeneric(a)
}

// mulGeneric is mul in Go.
func (z *fe) mulGeneric(a, b *fe) {
	a0, a1, a2, a3 := a[0], a[1], a[2], a[3]
	b0, b1, b2, b3 := b[0], b[1], b[2], b[3]
	var t0, t1, t2, t3, t4, t5, t6, t7, h, l, c, k uint64
	t1, t0 = bits.Mul64(a0, b0)
	h, l = bits.Mul64(a0, b1)
	t1, c = bits.Add64(t1, l, 0)
	t2 = h + c
	h, l = bits.Mul64(a0, b2)
	t2, c = bits.Add64(t2, l, 0)
	t3 = h + c
	h, l = bits.Mul64(a0, b3)
	t3, c = bits.Add64(t3, l, 0)
	t4 = h + c

	h, l = bits.Mul64(a1, b0)
	t1, c = bits.Add64(t1, l, 0)
	k = h + c
	h, l = bits.Mul64(a1, b1)
	l, c = bits.Add64(l, k, 0)
	h += c
	t2, c = bits.Add64(t2, l, 0)
	k = h + c
	h, l = bits.Mul64(a1, b2)
	l, c = bits.Add64(l, k, 0)
	h += c
	t3, c = bits.Add64(t3, l, 0)
	k = h + c
	h, l = bits.Mul64(a1, b3)
	l, c = bits.Add64(l, k, 0)
	h += c
	t4, c = bits.Add64(t4, l, 0)
	t5 = h + c

	h, l = bits.Mul64(a2, b0)
	t2, c = bits.Add64(t2, l, 0)
	k = h + c
	h, l = bits.Mul64(a2, b1)
	l, c = bits.Add64(l, k, 0)
	h += c
	t3, c = bits.Add64(t3, l, 0)
	k = h + c
	h, l = bits.Mul64(a2, b2)
	l, c = bits.Add64(l, k, 0)
	h += c
	t4, c = bits.Add64(t4, l, 0)
	k = h + c
	h, l = bits.Mul64(a2, b3)
	l, c = bits.Add64(l, k, 0)
	h += c
	t5, c = bits.Add64(t5, l, 0)
	t6 = h + c

	h, l = bits.Mul64(a3, b0)
	t3, c = bits.Add64(t3, l, 0)
	k = h + c
	h, l = bits.Mul64(a3, b1)
	l, c = bits.Add64(l, k, 0)
	h += c
	t4, c = bits.Add64(t4, l, 0)
	k = h + c
	h, l = bits.Mul64(a3, b2)
	l, c = bits.Add64(l, k, 0)
	h += c
	t5, c = bits.Add64(t5, l, 0)
	k = h + c
	h, l = bits.Mul64(a3, b3)
	l, c = bits.Add64(l, k, 0)
	h += c
	t6, c = bits.Add64(t6, l, 0)
	t7 = h + c
	z.reduce(t0, t1, t2, t3, t4, t5, t6, t7)
}

// sqrGeneric is sqr in Go: the cross products once, doubled.
func (z *fe) sqrGeneric(a *fe) {
	a0, a1, a2, a3 := a[0], a[1], a[2], a[3]
	var t0, t1, t2, t3, t4, t5, t6, t7, h, l, c, k uint64
	// Cross products a_i·a_j (i < j), doubled, then the squares.
	t2, t1 = bits.Mul64(a0, a1)
	h, l = bits.Mul64(a0, a2)
	t2, c = bits.Add64(t2, l, 0)
	t3 = h + c
	h, l = bits.Mul64(a0, a3)
	t3, c = bits.Add64(t3, l, 0)
	t4 = h + c
	h, l = bits.Mul64(a1, a2)
	t3, c = bits.Add64(t3, l, 0)
	k = h + c
	h, l = bits.Mul64(a1, a3)
	l, c = bits.Add64(l, k, 0)
	h += c
	t4, c = bits.Add64(t4, l, 0)
	t5 = h + c
	h, l = bits.Mul64(a2, a3)
	t5, c = bits.Add64(t5, l, 0)
	t6 = h + c
	t7 = t6 >> 63
	t6 = t6<<1 | t5>>63
	t5 = t5<<1 | t4>>63
	t4 = t4<<1 | t3>>63
	t3 = t3<<1 | t2>>63
	t2 = t2<<1 | t1>>63
	t1 <<= 1
	h, t0 = bits.Mul64(a0, a0)
	t1, c = bits.Add64(t1, h, 0)
	h, l = bits.Mul64(a1, a1)
	t2, c = bits.Add64(t2, l, c)
	t3, c = bits.Add64(t3, h, c)
	h, l = bits.Mul64(a2, a2)
	t4, c = bits.Add64(t4, l, c)
	t5, c = bits.Add64(t5, h, c)
	h, l = bits.Mul64(a3, a3)
	t6, c = bits.Add64(t6, l, c)
	t7, _ = bits.Add64(t7, h, c)
	z.reduce(t0, t1, t2, t3, t4, t5, t6, t7)
}

// reduce sets z to the 512-bit t0..t7 modulo p: the high half times c is
// added to the low half (twice, the second time for the few bits that
// carried out), then p is subtracted once if needed.
func (z *fe) reduce(t0, t1, t2, t3, t4, t5, t6, t7 uint64) {
	var h, l, c, k uint64
	h, l = bits.Mul64(t4, feC)
	t0, c = bits.Add64(t0, l, 0)
	k = h + c
	h, l = bits.Mul64(t5, feC)
	l, c = bits.Add64(l, k, 0)
	h += c
	t1, c = bits.Add64(t1, l, 0)
	k = h + c
	h, l = bits.Mul64(t6, feC)
	l, c = bits.Add64(l, k, 0)
	h += c
	t2, c = bits.Add64(t2, l, 0)
	k = h + c
	h, l = bits.Mul64(t7, feC)
	l, c = bits.Add64(l, k, 0)
	h += c
	t3, c = bits.Add64(t3, l, 0)
	k = h + c // below 2^34
	h, l = bits.Mul64(k, feC)
	t0, c = bits.Add64(t0, l, 0)
	t1, c = bits.Add64(t1, h, c)
	t2, c = bits.Add64(t2, 0, c)
	t3, c = bits.Add64(t3, 0, c)
	if c != 0 { // wrapped past 2^256: the value is small, add c once more
		t0, c = bits.Add64(t0, feC, 0)
		t1, c = bits.Add64(t1, 0, c)
		t2, c = bits.Add64(t2, 0, c)
		t3, _ = bits.Add64(t3, 0, c)
	}
	u0, c := bits.Add64(t0, feC, 0)
	u1, c := bits.Add64(t1, 0, c)
	u2, c := bits.Add64(t2, 0, c)
	u3, c := bits.Add64(t3, 0, c)
	if c != 0 { // t >= p
		t0, t1, t2, t3 = u0, u1, u2, u3
	}
	z[0], z[1], z[2], z[3] = t0, t1, t2, t3
}

// sqrN sets z = a^(2^n).
func (z *fe) sqrN(a *fe, n int) {
	*z = *a
	for range n {
		z.sqr(z)
	}
}

// powChain computes the shared head of the exponent chains for p-2 and
// (p+1)/4: x2 = a^(2^2-1), x22 = a^(2^22-1), x223 = a^(2^223-1).
func powChain(a *fe) (x2, x22, x223 fe) {
	var x3, x6, x9, x11, x44, x88, x176, x220 fe
	x2.sqr(a)
	x2.mul(&x2, a)
	x3.sqr(&x2)
	x3.mul(&x3, a)
	x6.sqrN(&x3, 3)
	x6.mul(&x6, &x3)
	x9.sqrN(&x6, 3)
	x9.mul(&x9, &x3)
	x11.sqrN(&x9, 2)
	x11.mul(&x11, &x2)
	x22.sqrN(&x11, 11)
	x22.mul(&x22, &x11)
	x44.sqrN(&x22, 22)
	x44.mul(&x44, &x22)
	x88.sqrN(&x44, 44)
	x88.mul(&x88, &x44)
	x176.sqrN(&x88, 88)
	x176.mul(&x176, &x88)
	x220.sqrN(&x176, 44)
	x220.mul(&x220, &x44)
	x223.sqrN(&x220, 3)
	x223.mul(&x223, &x3)
	return x2, x22, x223
}

// inv sets z = 1/a (a^(p-2); 0 for 0): 255 squarings and 15
// multiplications.
func (z *fe) inv(a *fe) {
	x2, x22, x223 := powChain(a)
	var t fe
	t.sqrN(&x223, 23)
	t.mul(&t, &x22)
	t.sqrN(&t, 5)
	t.mul(&t, a)
	t.sqrN(&t, 3)
	t.mul(&t, &x2)
	t.sqrN(&t, 2)
	z.mul(&t, a)
}

// sqrt sets z to a square root of a (a^((p+1)/4)) and reports whether a
// is a square.
func (z *fe) sqrt(a *fe) bool {
	x2, x22, x223 := powChain(a)
	var t, chk fe
	t.sqrN(&x223, 23)
	t.mul(&t, &x22)
	t.sqrN(&t, 6)
	t.mul(&t, &x2)
	t.sqrN(&t, 2)
	chk.sqr(&t)
	*z = t
	return chk.equal(a)
}

// batchInv sets out[i] = 1/in[i] with one inversion (Montgomery's trick).
// Zero entries are left zero. scratch must have len(in) elements.
func batchInv(out, in, scratch []fe) {
	var acc fe
	acc.setOne()
	for i := range in {
		scratch[i] = acc
		if !in[i].isZero() {
			acc.mul(&acc, &in[i])
		}
	}
	acc.inv(&acc)
	for i := len(in) - 1; i >= 0; i-- {
		if in[i].isZero() {
			out[i] = fe{}
			continue
		}
		var t fe
		t.mul(&acc, &scratch[i])
		acc.mul(&acc, &in[i])
		out[i] = t
	}
}
