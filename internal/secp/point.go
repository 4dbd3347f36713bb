package secp

// affine is a curve point other than infinity.
type affine struct{ x, y fe }

// jacobian is (X : Y : Z) for the affine point (X/Z², Y/Z³); Z = 0 is the
// point at infinity.
type jacobian struct{ x, y, z fe }

func (p *jacobian) setInfinity()     { *p = jacobian{x: fe{1}, y: fe{1}} }
func (p *jacobian) isInfinity() bool { return p.z.isZero() }

func (p *jacobian) setAffine(a *affine) {
	p.x, p.y = a.x, a.y
	p.z.setOne()
}

// neg sets a to -b.
func (a *affine) neg(b *affine) {
	a.x = b.x
	a.y.neg(&b.y)
}

// onCurve reports y² = x³ + 7.
func (a *affine) onCurve() bool {
	var l, r fe
	l.sqr(&a.y)
	r.sqr(&a.x)
	r.mul(&r, &a.x)
	r.add(&r, &fe{7})
	return l.equal(&r)
}

// double sets p = 2q (dbl-2009-l for a = 0: 2M + 5S). secp256k1 has no
// point of order 2, so only infinity doubles to infinity.
func (p *jacobian) double(q *jacobian) {
	var a, b, c, d, e, f, t fe
	a.sqr(&q.x)
	b.sqr(&q.y)
	c.sqr(&b)
	d.add(&q.x, &b)
	d.sqr(&d)
	d.sub(&d, &a)
	d.sub(&d, &c)
	d.double(&d)
	e.double(&a)
	e.add(&e, &a)
	f.sqr(&e)
	var z3 fe
	z3.mul(&q.y, &q.z)
	z3.double(&z3)
	p.x.double(&d)
	p.x.sub(&f, &p.x)
	t.sub(&d, &p.x)
	t.mul(&t, &e)
	c.double(&c)
	c.double(&c)
	c.double(&c)
	p.y.sub(&t, &c)
	p.z = z3
}

// addAffine sets p = p + a (madd-2007-bl: 7M + 4S), with the cases the
// formula does not cover: p at infinity, p = a and p = -a.
func (p *jacobian) addAffine(a *affine) {
	if p.isInfinity() {
		p.setAffine(a)
		return
	}
	var z1z1, u2, s2, h, hh, i, j, r, v fe
	z1z1.sqr(&p.z)
	u2.mul(&a.x, &z1z1)
	s2.mul(&a.y, &p.z)
	s2.mul(&s2, &z1z1)
	h.sub(&u2, &p.x)
	r.sub(&s2, &p.y)
	if h.isZero() {
		if r.isZero() {
			var q jacobian
			q.setAffine(a)
			p.double(&q)
			return
		}
		p.setInfinity()
		return
	}
	r.double(&r)
	hh.sqr(&h)
	i.double(&hh)
	i.double(&i)
	j.mul(&h, &i)
	v.mul(&p.x, &i)
	x3, y3 := addFinish(&r, &j, &v, &p.y)
	var z3 fe
	z3.add(&p.z, &h)
	z3.sqr(&z3)
	z3.sub(&z3, &z1z1)
	z3.sub(&z3, &hh)
	p.x, p.y, p.z = x3, y3, z3
}

// add sets p = p + q for Jacobian q (add-2007-bl: 11M + 5S).
func (p *jacobian) add(q *jacobian) {
	if q.isInfinity() {
		return
	}
	if p.isInfinity() {
		*p = *q
		return
	}
	var z1z1, z2z2, u1, u2, s1, s2, h, i, j, r, v fe
	z1z1.sqr(&p.z)
	z2z2.sqr(&q.z)
	u1.mul(&p.x, &z2z2)
	u2.mul(&q.x, &z1z1)
	s1.mul(&p.y, &q.z)
	s1.mul(&s1, &z2z2)
	s2.mul(&q.y, &p.z)
	s2.mul(&s2, &z1z1)
	h.sub(&u2, &u1)
	r.sub(&s2, &s1)
	if h.isZero() {
		if r.isZero() {
			p.double(q)
			return
		}
		p.setInfinity()
		return
	}
	r.double(&r)
	i.double(&h)
	i.sqr(&i)
	j.mul(&h, &i)
	v.mul(&u1, &i)
	x3, y3 := addFinish(&r, &j, &v, &s1)
	var z3 fe
	z3.add(&p.z, &q.z)
	z3.sqr(&z3)
	z3.sub(&z3, &z1z1)
	z3.sub(&z3, &z2z2)
	z3.mul(&z3, &h)
	p.x, p.y, p.z = x3, y3, z3
}

// addFinish is the common end of the addition formulas: X3 = r² − J −
// 2V and Y3 = r·(V − X3) − 2·Y1·J.
func addFinish(r, j, v, y1 *fe) (x3, y3 fe) {
	x3.sqr(r)
	x3.sub(&x3, j)
	x3.sub(&x3, v)
	x3.sub(&x3, v)
	y3.sub(v, &x3)
	y3.mul(&y3, r)
	var t fe
	t.mul(j, y1)
	t.double(&t)
	y3.sub(&y3, &t)
	return x3, y3
}

// toAffineBatch converts ps to affine with one field inversion; ok[i] is
// false for a point at infinity (out[i] is then left zero).
func toAffineBatch(ps []jacobian, out []affine, ok []bool) {
	zs := make([]fe, 2*len(ps))
	inv, scratch := zs[:len(ps)], zs[len(ps):]
	for i := range ps {
		inv[i] = ps[i].z
	}
	batchInv(inv, inv, scratch)
	for i := range ps {
		ok[i] = !ps[i].isInfinity()
		if !ok[i] {
			out[i] = affine{}
			continue
		}
		var z2, z3 fe
		z2.sqr(&inv[i])
		z3.mul(&z2, &inv[i])
		out[i].x.mul(&ps[i].x, &z2)
		out[i].y.mul(&ps[i].y, &z3)
	}
}
