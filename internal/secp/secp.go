// Package secp verifies recoverable secp256k1 ECDSA signatures against
// public keys known in advance, without recovering them and without cgo.
//
// A verification is R = u1·G + u2·Q with u1 = e/s, u2 = r/s. When Q is
// known ahead (a validator's key), both products are fixed-base: each is a
// sum of precomputed affine points, one per signed window of the scalar,
// with no doublings. The signature holds when R.x = r and the
// parity of R.y is the recovery id, which is exactly when ecrecover(e, v,
// r, s) returns Q. Field arithmetic is gnark-crypto's pure-Go
// 4x64-bit Montgomery code.
package secp

import (
	"errors"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/secp256k1"
	"github.com/consensys/gnark-crypto/ecc/secp256k1/fp"
	"github.com/consensys/gnark-crypto/ecc/secp256k1/fr"
)

// Window sizes: a scalar multiplication by a table of w-bit signed
// windows costs ceil(256/w)+1 point additions and the table holds
// 2^(w-1)·ceil(256/w)+1 points of 64 bytes. A key's table uses 8 bits
// (256 KiB, 33 additions); the generator's, shared by every verification,
// uses 11 (1.5 MiB, 25 additions; 10 to 13 measured, 11 the fastest).
const (
	keyWindowBits       = 8
	generatorWindowBits = 11
)

// Table holds the multiples of a point P needed for fixed-base
// multiplication with w-bit signed windows: entry i*half + d - 1 is
// d·2^(w·i)·P for d in 1..half = 2^(w-1), and the last entry is
// 2^(w·windows)·P, for the final carry of the signed recoding.
type Table struct {
	pts     []secp256k1.G1Affine
	bits    int
	windows int
	half    int
}

// ErrNotOnCurve reports a public key that is not a point of the curve.
var ErrNotOnCurve = errors.New("secp: point not on the curve")

// NewTable precomputes the table of the point with affine coordinates
// x, y (32-byte big-endian each).
func NewTable(x, y *[32]byte) (*Table, error) {
	var p secp256k1.G1Affine
	var err error
	if p.X, err = fp.BigEndian.Element(x); err != nil {
		return nil, ErrNotOnCurve
	}
	if p.Y, err = fp.BigEndian.Element(y); err != nil {
		return nil, ErrNotOnCurve
	}
	if p.IsInfinity() || !p.IsOnCurve() {
		return nil, ErrNotOnCurve
	}
	return newTable(&p, keyWindowBits), nil
}

func newTable(p *secp256k1.G1Affine, bits int) *Table {
	t := &Table{bits: bits, windows: (256 + bits - 1) / bits, half: 1 << (bits - 1)}
	jac := make([]secp256k1.G1Jac, t.windows*t.half+1)
	var base secp256k1.G1Jac
	base.FromAffine(p)
	for w := 0; w < t.windows; w++ {
		row := jac[w*t.half : (w+1)*t.half]
		row[0] = base
		for d := 1; d < t.half; d++ {
			row[d] = row[d-1]
			row[d].AddAssign(&base)
		}
		// The next window's base is 2^bits times this one: 2·(half·base).
		base.Double(&row[t.half-1])
	}
	jac[len(jac)-1] = base
	t.pts = secp256k1.BatchJacobianToAffineG1(jac)
	return t
}

var generator = sync.OnceValue(func() *Table {
	_, g := secp256k1.Generators()
	return newTable(&g, generatorWindowBits)
})

// GeneratorTable returns the table of the curve's generator G, built once.
func GeneratorTable() *Table { return generator() }

// digit returns bits [w*bits, (w+1)*bits) of k.
func digit(k *[4]uint64, w, bits int) uint64 {
	bit := w * bits
	word, off := bit/64, uint(bit%64)
	if word >= 4 {
		return 0
	}
	d := k[word] >> off
	if int(off)+bits > 64 && word+1 < 4 {
		d |= k[word+1] << (64 - off)
	}
	return d & (1<<bits - 1)
}

// mulAdd adds k·P to acc, k given as four little-endian 64-bit words. The
// scalar is read in signed windows: a window value above half becomes
// value - 2^bits with a carry into the next window, so the table needs
// only the positive multiples and a negation (free for affine points).
func (t *Table) mulAdd(acc *secp256k1.G1Jac, k [4]uint64) {
	var carry uint64
	var neg secp256k1.G1Affine
	full := uint64(1) << t.bits
	for w := 0; w < t.windows; w++ {
		d := digit(&k, w, t.bits) + carry
		carry = 0
		if d > uint64(t.half) {
			carry = 1
			d = full - d
			if d == 0 {
				continue
			}
			e := &t.pts[w*t.half+int(d)-1]
			neg.X = e.X
			neg.Y.Neg(&e.Y)
			acc.AddMixed(&neg)
			continue
		}
		if d != 0 {
			acc.AddMixed(&t.pts[w*t.half+int(d)-1])
		}
	}
	if carry != 0 {
		acc.AddMixed(&t.pts[len(t.pts)-1])
	}
}

// Sig is one signature to check: the message hash, r, s (big-endian, each
// already checked to lie in [1, n-1]) and the recovery id v (0 or 1).
type Sig struct {
	Hash, R, S [32]byte
	V          byte
}

// Prepared is the key-independent half of verifying a Sig: u1·G and the
// recoded u2 = r/s. A candidate key is then tried with Try, which costs one
// fixed-base multiplication.
type Prepared struct {
	accG secp256k1.G1Jac // u1·G
	u2   [4]uint64
	r    fp.Element
	v    byte
	ok   bool // false when r or s is out of range
}

// Prepare fills out[i] for sigs[i]. The inverses of every s are computed
// with one field inversion (Montgomery's trick), so the per-signature cost
// is the fixed-base multiplication u1·G.
func Prepare(sigs []Sig, out []Prepared) {
	ss := make([]fr.Element, len(sigs))
	for i := range sigs {
		out[i] = Prepared{v: sigs[i].V}
		r, errR := fr.BigEndian.Element(&sigs[i].R)
		s, errS := fr.BigEndian.Element(&sigs[i].S)
		if errR != nil || errS != nil || r.IsZero() || s.IsZero() {
			ss[i].SetOne() // keep the batch inversion well defined
			continue
		}
		out[i].ok = true
		ss[i] = s
	}
	inv := fr.BatchInvert(ss)
	g := GeneratorTable()
	for i := range sigs {
		p := &out[i]
		if !p.ok {
			continue
		}
		var e, r, u1, u2 fr.Element
		e.SetBytes(sigs[i].Hash[:]) // reduced mod n, as ECDSA does
		r, _ = fr.BigEndian.Element(&sigs[i].R)
		u1.Mul(&e, &inv[i])
		u2.Mul(&r, &inv[i])
		p.u2 = u2.Bits()
		p.r, _ = fp.BigEndian.Element(&sigs[i].R) // r < n < p
		setInfinity(&p.accG)
		g.mulAdd(&p.accG, u1.Bits())
	}
}

func setInfinity(p *secp256k1.G1Jac) {
	p.X.SetOne()
	p.Y.SetOne()
	p.Z.SetZero()
}

// Candidate is the point R = u1·G + u2·Q computed for one key; Try returns
// it when R.x = r, and ParityOK then checks R.y against the recovery id.
type Candidate struct {
	r secp256k1.G1Jac
	v byte
}

// Try computes R = u1·G + u2·Q for the key with table q and reports
// whether R.x equals r (not r+n, which ecrecover would not recover). A
// true result still needs the parity check of CheckParity.
func (p *Prepared) Try(q *Table) (Candidate, bool) {
	if !p.ok {
		return Candidate{}, false
	}
	c := Candidate{r: p.accG, v: p.v}
	q.mulAdd(&c.r, p.u2)
	if c.r.Z.IsZero() {
		return Candidate{}, false
	}
	// x(R) = X/Z^2 = r  <=>  X = r·Z^2.
	var z2, t fp.Element
	z2.Square(&c.r.Z)
	t.Mul(&p.r, &z2)
	return c, t.Equal(&c.r.X)
}

// CheckParity reports for each candidate whether the parity of R.y is its
// recovery id; all Z coordinates are inverted with one field inversion.
func CheckParity(cs []Candidate, ok []bool) {
	zs := make([]fp.Element, len(cs))
	for i := range cs {
		zs[i] = cs[i].r.Z
	}
	inv := fp.BatchInvert(zs)
	for i := range cs {
		var y fp.Element // Y/Z^3
		y.Square(&inv[i]).Mul(&y, &inv[i]).Mul(&y, &cs[i].r.Y)
		ok[i] = byte(y.Bits()[0]&1) == cs[i].v
	}
}

// Verify reports whether sig is a signature by the key whose table is q,
// i.e. whether ecrecover(sig) would return that key. It is Prepare, Try and
// CheckParity for one signature; batch callers use those directly.
func Verify(q *Table, sig *Sig) bool {
	var p [1]Prepared
	Prepare([]Sig{*sig}, p[:])
	c, ok := p[0].Try(q)
	if !ok {
		return false
	}
	var par [1]bool
	CheckParity([]Candidate{c}, par[:])
	return par[0]
}
