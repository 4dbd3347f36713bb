package secp

import (
	"github.com/consensys/gnark-crypto/ecc/secp256k1/fr"
)

// Outcome is how a recovery ended.
type Outcome uint8

const (
	// Recovered: a public key (x, y) was recovered.
	Recovered Outcome = iota
	// Invalid: r or s out of range, V above 1, or r not the x-coordinate
	// of a curve point.
	Invalid
	// Infinity: the arithmetic went through but the key is the point at
	// infinity (e.g. r = Gx, s = 1, digest 1, V 0). An EVM's ecrecover
	// fails here; java-tron's returns keccak256 of the empty encoding.
	Infinity
)

// Key is a recovered public key, affine x and y big-endian, with the
// outcome of its recovery (x and y are zero unless it is Recovered).
type Key struct {
	X, Y    [32]byte
	Outcome Outcome
}

// Recover returns the public key (affine x, y, big-endian) that made sig
// over its hash, as ecrecover does. ok is false when r or s is out of
// range, r is not an x-coordinate, or Q is the point at infinity. Low-s
// is not required (ecrecover does not require it).
func Recover(sig *Sig) (x, y [32]byte, ok bool) {
	x, y, out := RecoverOutcome(sig)
	return x, y, out == Recovered
}

// RecoverOutcome is Recover with the reason it failed.
func RecoverOutcome(sig *Sig) (x, y [32]byte, out Outcome) {
	var k [1]Key
	RecoverBatch([]Sig{*sig}, k[:])
	return k[0].X, k[0].Y, k[0].Outcome
}

// nafWidth is the NAF width of the R part of a recovery: 4 odd multiples
// of R (and of φ(R)) per signature. 3 to 6 measured (BENCHMARKS.md): 4 is
// the fastest, its fewer precomputed points outweighing the additions a
// wider window saves.
const nafWidth = 4

// RecoverBatch recovers the signer of every signature: out[i] for sigs[i],
// with the result ecrecover gives (ids 0 and 1; an r ≥ n is out of range,
// as for the EVM's precompile). One call shares its field inversions
// across the list, so a list costs less per signature than one by one.
func RecoverBatch(sigs []Sig, out []Key) {
	sh := sharedOnce()
	m := len(sigs)
	rs := make([]fr.Element, m)
	pts := make([]affine, m) // R
	live := make([]bool, m)
	for i := range sigs {
		out[i] = Key{Outcome: Invalid}
		r, _, ok := sigs[i].scalars()
		rs[i].SetOne()
		if !ok || sigs[i].V > 1 {
			continue
		}
		R := &pts[i]
		R.x.setBytes(&sigs[i].R) // r < n < p
		var rhs fe
		rhs.sqr(&R.x)
		rhs.mul(&rhs, &R.x)
		rhs.add(&rhs, &fe{7})
		if !R.y.sqrt(&rhs) {
			continue
		}
		if R.y.isOdd() != (sigs[i].V == 1) {
			R.y.neg(&R.y)
		}
		live[i] = true
		rs[i] = r
	}
	rInv := fr.BatchInvert(rs)

	// Odd multiples R, 3R, ..., (2·odd-1)R of every R: 2R in affine first (one
	// shared inversion), then each next multiple a mixed addition, then
	// all of them in affine (one more).
	const odd = 1 << (nafWidth - 2)
	twos := make([]jacobian, m)
	for i := range sigs {
		twos[i].setInfinity()
		if live[i] {
			var j jacobian
			j.setAffine(&pts[i])
			twos[i].double(&j)
		}
	}
	twoAff := make([]affine, m)
	fin := make([]bool, m)
	toAffineBatch(twos, twoAff, fin)
	multJ := make([]jacobian, m*odd)
	for i := range sigs {
		row := multJ[i*odd : (i+1)*odd]
		for d := range row {
			row[d].setInfinity()
		}
		if !live[i] {
			continue
		}
		row[0].setAffine(&pts[i])
		for d := 1; d < odd; d++ {
			row[d] = row[d-1]
			row[d].addAffine(&twoAff[i])
		}
	}
	mult := make([]affine, m*odd)
	finM := make([]bool, m*odd)
	toAffineBatch(multJ, mult, finM)

	acc := make([]jacobian, m)
	var d1, d2 [maxNAF]int8
	for i := range sigs {
		acc[i].setInfinity()
		if !live[i] {
			continue
		}
		var e, u1, u2 fr.Element
		e.SetBytes(sigs[i].Hash[:])
		u1.Mul(&e, &rInv[i]).Neg(&u1) // -e/r
		s, _ := fr.BigEndian.Element(&sigs[i].S)
		u2.Mul(&s, &rInv[i]) // s/r
		k1, k2 := sh.glv.split(&u2)
		n1 := wnaf(k1.mag, nafWidth, &d1)
		n2 := wnaf(k2.mag, nafWidth, &d2)
		row := mult[i*odd : (i+1)*odd]
		a := &acc[i]
		var pt affine
		for b := max(n1, n2) - 1; b >= 0; b-- {
			a.double(a)
			if d := d1[b]; d != 0 {
				if d > 0 {
					pt = row[d>>1]
				} else {
					pt = row[(-d)>>1]
				}
				if (d < 0) != k1.neg {
					pt.y.neg(&pt.y)
				}
				a.addAffine(&pt)
			}
			if d := d2[b]; d != 0 {
				if d > 0 {
					pt = row[d>>1]
				} else {
					pt = row[(-d)>>1]
				}
				pt.x.mul(&pt.x, &feBeta)
				if (d < 0) != k2.neg {
					pt.y.neg(&pt.y)
				}
				a.addAffine(&pt)
			}
		}
		w := u1.Bits()
		sh.g.mulAdd(a, &w, false, false)
	}
	keys := make([]affine, m)
	toAffineBatch(acc, keys, fin)
	for i := range sigs {
		if !live[i] {
			continue
		}
		if !fin[i] {
			out[i].Outcome = Infinity
			continue
		}
		out[i] = Key{X: keys[i].x.bytes(), Y: keys[i].y.bytes(), Outcome: Recovered}
	}
}
