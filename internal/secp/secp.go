// Package secp recovers and verifies recoverable secp256k1 ECDSA
// signatures in pure Go, in batches.
//
// Recovery (RecoverBatch) finds Q = (s/r)·R − (e/r)·G for every signature
// of a list: the (e/r)·G part is a walk of a precomputed table of the
// generator; the (s/r)·R part splits the scalar with secp256k1's
// endomorphism (GLV) and walks both halves at once in width-4 NAF over
// affine odd multiples of R and φ(R) (Strauss–Shamir), so 129 doublings
// serve both. Inversions are shared across the list (Montgomery's trick):
// the inverses of every r, the affine forms of every R's multiples and of
// every result each cost one field inversion per list.
//
// Verification against a known key (Prepare, then TryBatch, or Try and
// CheckParity) needs no recovery: R = u1·G + u2·Q with u1 = e/s, u2 = r/s
// is a sum of entries of two fixed-base tables, the generator's and the
// key's (Table, NewTables), with no doublings at all; TryBatch adds the
// sums of many signatures pairwise in affine coordinates, one inversion
// per level for all. The signature holds when R.x = r and the parity of
// R.y is the recovery id, which is exactly when ecrecover returns Q.
//
// Field arithmetic is this package's own (field.go); scalar arithmetic
// modulo n is gnark-crypto's.
package secp

import (
	"errors"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/secp256k1/fr"
)

// Window sizes. A fixed-base table of w-bit signed windows over a b-bit
// scalar costs ceil(b/w)+1 point additions per multiplication and holds
// 2^(w-1)·ceil(b/w)+1 points of 64 bytes. The generator's table, shared by
// every verification, walks the whole 256-bit scalar with 11-bit windows
// (1.5 MiB, 25 additions; 10 to 12 measured within noise of each other). A key's
// table walks the two 129-bit GLV halves of the scalar (the second with
// φ, one extra multiplication per addition), so the same table serves
// both: DefaultKeyBits = 6 gives 44 KiB and 2×23 additions.
const (
	generatorWindowBits = 11
	DefaultKeyBits      = 6
	MinKeyBits          = 3
	MaxKeyBits          = 10
	glvBits             = 129
)

// Table holds the multiples of a point P needed for fixed-base
// multiplication with w-bit signed windows: entry i*half + d - 1 is
// d·2^(w·i)·P for d in 1..half = 2^(w-1), and the last entry is
// 2^(w·windows)·P, for the final carry of the signed recoding.
type Table struct {
	pts     []affine
	bits    int
	windows int
	half    int
}

// ErrNotOnCurve reports a public key that is not a point of the curve.
var ErrNotOnCurve = errors.New("secp: point not on the curve")

// ErrKeyBits reports a key table window outside MinKeyBits..MaxKeyBits.
var ErrKeyBits = errors.New("secp: key table window out of range")

// NewTable precomputes the table of the public key with affine
// coordinates x, y (32-byte big-endian each) for scalars of glvBits bits
// with bits-wide windows (DefaultKeyBits unless tuned).
func NewTable(x, y *[32]byte, bits int) (*Table, error) {
	var key [64]byte
	copy(key[:32], x[:])
	copy(key[32:], y[:])
	ts, err := NewTables([][64]byte{key}, bits)
	if err != nil {
		return nil, err
	}
	return ts[0], nil
}

// NewTables precomputes the tables of many public keys (X ‖ Y, 32-byte
// big-endian each) at once: the rows of all tables are built in lockstep
// in affine coordinates, each step's additions sharing one field
// inversion, which costs a few times less per key than building the
// tables one by one. It fails with ErrNotOnCurve if any key is not a
// point of the curve.
func NewTables(keys [][64]byte, bits int) ([]*Table, error) {
	if bits < MinKeyBits || bits > MaxKeyBits {
		return nil, ErrKeyBits
	}
	ps := make([]affine, len(keys))
	for i := range keys {
		x, y := (*[32]byte)(keys[i][:32]), (*[32]byte)(keys[i][32:])
		if !ps[i].x.setBytes(x) || !ps[i].y.setBytes(y) || !ps[i].onCurve() {
			return nil, ErrNotOnCurve
		}
	}
	return newTables(ps, bits, glvBits), nil
}

// TableBytes is the memory a key table with bits-wide windows holds.
func TableBytes(bits int) int {
	windows := (glvBits + bits - 1) / bits
	return (windows<<(bits-1) + 1) * 64
}

// newTables builds the tables of points ps. Each window's base
// 2^(bits·w)·P comes from a chain of doublings (Jacobian, all brought to
// affine with one inversion); then every row d·base, d = 1..half, grows
// one entry per step for all rows of all tables at once: 2·base by an
// affine doubling, then (d-1)·base + base, whose x-coordinates differ
// since d-1 is neither 1 nor -1 modulo the group order. Each step shares
// one inversion across all rows.
func newTables(ps []affine, bits, scalarBits int) []*Table {
	windows, half := (scalarBits+bits-1)/bits, 1<<(bits-1)
	rows := len(ps) * windows
	chain := make([]jacobian, len(ps)*(windows+1))
	for k := range ps {
		c := chain[k*(windows+1) : (k+1)*(windows+1)]
		c[0].setAffine(&ps[k])
		for w := 1; w <= windows; w++ {
			c[w] = c[w-1]
			for range bits {
				c[w].double(&c[w])
			}
		}
	}
	bases := make([]affine, len(chain))
	toAffineBatch(chain, bases, make([]bool, len(chain))) // no multiple below n is infinity
	ts := make([]*Table, len(ps))
	for k := range ps {
		t := &Table{bits: bits, windows: windows, half: half, pts: make([]affine, windows*half+1)}
		for w := 0; w < windows; w++ {
			t.pts[w*half] = bases[k*(windows+1)+w]
		}
		t.pts[windows*half] = bases[k*(windows+1)+windows]
		ts[k] = t
	}
	den := make([]fe, rows)
	scratch := make([]fe, rows)
	for d := 1; d < half; d++ { // entry d is (d+1)·base
		for r := 0; r < rows; r++ {
			t, w := ts[r/windows], r%windows
			prev, base := &t.pts[w*half+d-1], &t.pts[w*half]
			if d == 1 {
				den[r].double(&base.y) // λ = 3x²/2y
			} else {
				den[r].sub(&base.x, &prev.x) // λ = (y - y')/(x - x')
			}
		}
		batchInv(den, den, scratch)
		for r := 0; r < rows; r++ {
			t, w := ts[r/windows], r%windows
			prev, base := &t.pts[w*half+d-1], &t.pts[w*half]
			var l fe
			if d == 1 {
				var x2 fe
				l.sqr(&base.x)
				x2.double(&l)
				l.add(&l, &x2)
			} else {
				l.sub(&base.y, &prev.y)
			}
			l.mul(&l, &den[r])
			t.pts[w*half+d] = chord(&l, prev, base)
		}
	}
	return ts
}

// shared is what every verification and recovery reads: the generator's
// table and the GLV constants, built once.
type shared struct {
	g   *Table
	glv glvConsts
}

var sharedOnce = sync.OnceValue(func() *shared {
	g := affine{
		x: fe{0x59f2815b16f81798, 0x029bfcdb2dce28d9, 0x55a06295ce870b07, 0x79be667ef9dcbbac},
		y: fe{0x9c47d08ffb10d4b8, 0xfd17b448a6855419, 0x5da4fbfc0e1108a8, 0x483ada7726a3c465},
	}
	return &shared{g: newTables([]affine{g}, generatorWindowBits, 256)[0], glv: newGLVConsts()}
})

// Warm builds the shared tables now rather than at the first use.
func Warm() { sharedOnce() }

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

// walker reads a scalar in the signed windows of a table: a window value
// above half becomes value - 2^bits with a carry into the next window, so
// the table needs only the positive multiples and a negation (free for
// affine points).
type walker struct {
	t     *Table
	k     *[4]uint64
	w     int
	carry uint64
	neg   bool
}

// next returns the index of the next entry to add and whether to negate
// it; ok is false after the last.
func (it *walker) next() (idx int, minus, ok bool) {
	t := it.t
	for it.w < t.windows {
		d := digit(it.k, it.w, t.bits) + it.carry
		w := it.w
		it.w++
		it.carry = 0
		minus = it.neg
		if d > uint64(t.half) {
			it.carry = 1
			d = uint64(1)<<t.bits - d
			minus = !it.neg
		}
		if d != 0 {
			return w*t.half + int(d) - 1, minus, true
		}
	}
	if it.carry != 0 {
		it.carry = 0
		return len(t.pts) - 1, it.neg, true
	}
	return 0, false, false
}

// gather appends to dst the entries whose sum is (±k)·P, or (±k)·φ(P)
// when endo is set: k given as four little-endian 64-bit words, neg
// negating it.
func (t *Table) gather(dst []affine, k *[4]uint64, neg, endo bool) []affine {
	it := walker{t: t, k: k, neg: neg}
	for {
		idx, minus, ok := it.next()
		if !ok {
			return dst
		}
		p := &t.pts[idx]
		dst = append(dst, *p)
		e := &dst[len(dst)-1]
		if endo {
			e.x.mul(&p.x, &feBeta)
		}
		if minus {
			e.y.neg(&p.y)
		}
	}
}

// mulAdd adds (±k)·P, or (±k)·φ(P) when endo is set, to acc.
func (t *Table) mulAdd(acc *jacobian, k *[4]uint64, neg, endo bool) {
	it := walker{t: t, k: k, neg: neg}
	var e affine
	for {
		idx, minus, ok := it.next()
		if !ok {
			return
		}
		p := &t.pts[idx]
		if !endo && !minus {
			acc.addAffine(p)
			continue
		}
		e = *p
		if endo {
			e.x.mul(&p.x, &feBeta)
		}
		if minus {
			e.y.neg(&p.y)
		}
		acc.addAffine(&e)
	}
}

// mulAddHalves adds k1·P + k2·φ(P) to acc for a GLV-split scalar.
func (t *Table) mulAddHalves(acc *jacobian, k1, k2 *halfScalar) {
	w1 := [4]uint64{k1.mag[0], k1.mag[1], k1.mag[2]}
	w2 := [4]uint64{k2.mag[0], k2.mag[1], k2.mag[2]}
	t.mulAdd(acc, &w1, k1.neg, false)
	t.mulAdd(acc, &w2, k2.neg, true)
}

// Sig is one signature to check: the message hash, r, s (big-endian) and
// the recovery id v (0 or 1).
type Sig struct {
	Hash, R, S [32]byte
	V          byte
}

// scalars parses r and s, reporting false when either is 0 or not below n.
func (s *Sig) scalars() (r, sv fr.Element, ok bool) {
	r, errR := fr.BigEndian.Element(&s.R)
	sv, errS := fr.BigEndian.Element(&s.S)
	return r, sv, errR == nil && errS == nil && !r.IsZero() && !sv.IsZero()
}

// Prepared is the key-independent half of verifying a Sig: u1·G and the
// GLV halves of u2 = r/s. A candidate key is then tried with Try, which
// walks the key's table once.
type Prepared struct {
	u1     [4]uint64
	accG   jacobian // u1·G, once ready
	ready  bool
	gAff   affine // u1·G in affine coordinates, when gOK
	gOK    bool
	k1, k2 halfScalar
	r      fe
	v      byte
	ok     bool // false when r or s is out of range or V > 1
}

// minBatchSums is the shortest list for which Prepare sums u1·G of all
// signatures at once: below it the inversion that brings the sums to
// affine coordinates costs more than it saves.
const minBatchSums = 4

// Prepare fills out[i] for sigs[i]: u2 = r/s split in halves and u1·G =
// (e/s)·G, the sum of the generator table's entries u1 selects. The
// inverses of every s take one inversion (Montgomery's trick), and the
// sums of all signatures are added pairwise in affine coordinates with
// one inversion per level (see TryBatch).
func Prepare(sigs []Sig, out []Prepared) {
	sh := sharedOnce()
	ss := make([]fr.Element, len(sigs))
	rs := make([]fr.Element, len(sigs))
	for i := range sigs {
		out[i] = Prepared{v: sigs[i].V}
		r, s, ok := sigs[i].scalars()
		if !ok || sigs[i].V > 1 { // ecrecover takes recovery ids 0 and 1 only
			ss[i].SetOne() // keep the batch inversion well defined
			continue
		}
		out[i].ok = true
		ss[i], rs[i] = s, r
	}
	inv := fr.BatchInvert(ss)
	for i := range sigs {
		p := &out[i]
		if !p.ok {
			continue
		}
		var e, u1, u2 fr.Element
		r := &rs[i]
		e.SetBytes(sigs[i].Hash[:]) // reduced mod n, as ECDSA does
		u1.Mul(&e, &inv[i])
		u2.Mul(r, &inv[i])
		p.k1, p.k2 = sh.glv.split(&u2)
		p.r.setBytes(&sigs[i].R) // r < n < p
		p.u1 = u1.Bits()
	}
	if len(sigs) < minBatchSums {
		return // Try walks u1·G in Jacobian coordinates, no inversion
	}
	groups := make([][]affine, len(sigs))
	ok := make([]bool, len(sigs))
	buf := make([]affine, 0, len(sigs)*(sh.g.windows+1))
	for i := range out {
		if !out[i].ok {
			continue
		}
		start := len(buf)
		buf = sh.g.gather(buf, &out[i].u1, false, false)
		groups[i] = buf[start:len(buf):len(buf)] // buf never grows: its size is the bound
		ok[i] = true
	}
	sumAffine(groups, ok, len(buf)/2)
	for i := range out {
		if ok[i] { // else u1 = 0 or an exceptional sum: Try walks in Jacobian
			p := &out[i]
			p.gAff, p.gOK, p.ready = groups[i][0], true, true
			p.accG.setAffine(&p.gAff)
		}
	}
}

// Candidate is the point R = u1·G + u2·Q computed for one key; Try returns
// it when R.x = r, and CheckParity then checks R.y against the recovery id.
type Candidate struct {
	r jacobian
	v byte
}

// Try computes R = u1·G + u2·Q for the key with table q and reports
// whether R.x equals r (not r+n, which ecrecover would not recover). A
// true result still needs the parity check of CheckParity.
func (p *Prepared) Try(q *Table) (Candidate, bool) {
	if !p.ok {
		return Candidate{}, false
	}
	if !p.ready {
		p.accG.setInfinity()
		sharedOnce().g.mulAdd(&p.accG, &p.u1, false, false)
		p.ready = true
	}
	c := Candidate{r: p.accG, v: p.v}
	q.mulAddHalves(&c.r, &p.k1, &p.k2)
	if c.r.isInfinity() {
		return Candidate{}, false
	}
	// x(R) = X/Z² = r  <=>  X = r·Z².
	var z2, t fe
	z2.sqr(&c.r.z)
	t.mul(&p.r, &z2)
	return c, t.equal(&c.r.x)
}

// CheckParity reports for each candidate whether the parity of R.y is its
// recovery id; all Z coordinates are inverted with one field inversion.
func CheckParity(cs []Candidate, ok []bool) {
	pts := make([]jacobian, len(cs))
	for i := range cs {
		pts[i] = cs[i].r
	}
	aff := make([]affine, len(cs))
	fin := make([]bool, len(cs))
	toAffineBatch(pts, aff, fin)
	for i := range cs {
		ok[i] = fin[i] && aff[i].y.isOdd() == (cs[i].v == 1)
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
