package secp

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/secp256k1"
	"github.com/consensys/gnark-crypto/ecc/secp256k1/fp"
	"github.com/consensys/gnark-crypto/ecc/secp256k1/fr"
)

// Recover returns the public key (affine x, y, big-endian) that made sig
// over its hash, as ecrecover does: R is the point with x = r and a y of
// parity v, and Q = (s/r)·R − (e/r)·G. The generator part is fixed-base
// (the shared table) and the R part a GLV multiplication, about twice as
// fast as a plain variable-base recovery. ok is false when r or s is out
// of range, r is not an x-coordinate, or Q is the point at infinity. Low-s
// is not required (ecrecover does not require it).
func Recover(sig *Sig) (x, y [32]byte, ok bool) {
	x, y, out := RecoverOutcome(sig)
	return x, y, out == Recovered
}

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

// RecoverOutcome is Recover with the reason it failed.
func RecoverOutcome(sig *Sig) (x, y [32]byte, out Outcome) {
	r, errR := fr.BigEndian.Element(&sig.R)
	s, errS := fr.BigEndian.Element(&sig.S)
	if errR != nil || errS != nil || r.IsZero() || s.IsZero() || sig.V > 1 {
		return x, y, Invalid
	}
	// R: x = r (r < n < p), y = sqrt(x^3 + 7) with the parity v.
	var R secp256k1.G1Affine
	R.X, _ = fp.BigEndian.Element(&sig.R)
	var rhs fp.Element
	rhs.Square(&R.X).Mul(&rhs, &R.X)
	var seven fp.Element
	seven.SetUint64(7)
	rhs.Add(&rhs, &seven)
	if R.Y.Sqrt(&rhs) == nil {
		return x, y, Invalid
	}
	if byte(R.Y.Bits()[0]&1) != sig.V {
		R.Y.Neg(&R.Y)
	}
	var e, rInv, u1, u2 fr.Element
	e.SetBytes(sig.Hash[:])
	rInv.Inverse(&r)
	u1.Mul(&e, &rInv).Neg(&u1) // -e/r
	u2.Mul(&s, &rInv)          //  s/r

	var q, rPart secp256k1.G1Jac
	setInfinity(&q)
	GeneratorTable().mulAdd(&q, u1.Bits())
	var rJac secp256k1.G1Jac
	rJac.FromAffine(&R)
	var k big.Int
	u2.BigInt(&k)
	rPart.ScalarMultiplication(&rJac, &k)
	q.AddAssign(&rPart)
	if q.Z.IsZero() {
		return x, y, Infinity
	}
	var qa secp256k1.G1Affine
	qa.FromJacobian(&q)
	return qa.X.Bytes(), qa.Y.Bytes(), Recovered
}
