package secp

// TryBatch checks many signatures against one candidate key each at once:
// verified[i] reports whether ecrecover of ps[i]'s signature is the key of
// qs[i] (R.x = r and the parity of R.y is the recovery id); a nil table
// is not tried. Each R = u1·G + u2·Q is u1·G (from Prepare) plus the
// entries of the key's table that u2 selects, and all the sums are added
// pairwise, level by level,
// in affine coordinates: one field inversion per level serves every
// addition of every signature (Montgomery's trick), so an addition costs
// about six multiplications instead of eleven. A sum that meets an
// exceptional case (two equal or opposite partial sums, which honest
// signatures never produce but a crafted one could) is computed again
// with Try, whose formulas cover every case.
func TryBatch(ps []Prepared, qs []*Table, verified []bool) {
	g := sharedOnce().g
	groups := make([][]affine, len(ps))
	ok := make([]bool, len(ps))
	size := 0
	for i := range ps {
		if qs[i] != nil && ps[i].ok {
			size += g.windows + 2 + 2*(qs[i].windows+1)
		}
	}
	buf := make([]affine, 0, size)
	for i := range ps {
		verified[i] = false
		if qs[i] == nil || !ps[i].ok {
			continue
		}
		start := len(buf)
		if ps[i].gOK {
			buf = append(buf, ps[i].gAff)
		} else {
			buf = g.gather(buf, &ps[i].u1, false, false)
		}
		k1 := [4]uint64{ps[i].k1.mag[0], ps[i].k1.mag[1], ps[i].k1.mag[2]}
		k2 := [4]uint64{ps[i].k2.mag[0], ps[i].k2.mag[1], ps[i].k2.mag[2]}
		buf = qs[i].gather(buf, &k1, ps[i].k1.neg, false)
		buf = qs[i].gather(buf, &k2, ps[i].k2.neg, true)
		groups[i] = buf[start:len(buf):len(buf)] // buf never grows: size is exact
		ok[i] = true
	}
	sumAffine(groups, ok, len(buf)/2)
	for i := range ps {
		if qs[i] == nil || !ps[i].ok {
			continue
		}
		if !ok[i] {
			c, xOK := ps[i].Try(qs[i])
			if xOK {
				var par [1]bool
				CheckParity([]Candidate{c}, par[:])
				verified[i] = par[0]
			}
			continue
		}
		R := &groups[i][0]
		verified[i] = R.x.equal(&ps[i].r) && R.y.isOdd() == (ps[i].v == 1)
	}
}

// minAffinePairs is the fewest additions a level must share its inversion
// among: an inversion costs about 250 multiplications and an affine
// addition saves about five on a Jacobian one, so below this the rest of
// the sums is done in Jacobian coordinates (sumJacobian).
const minAffinePairs = 32

// sumAffine replaces each group (ok[i] true) by its sum in groups[i][0],
// adding pairs of points level by level with one shared inversion per
// level (the last levels, with few additions, in Jacobian coordinates). A group whose sum cannot be formed this way (a pair with equal
// x, or no point at all) gets ok[i] = false.
func sumAffine(groups [][]affine, ok []bool, maxPairs int) {
	type pair struct{ g, k int32 }
	pairs := make([]pair, 0, maxPairs)
	dens := make([]fe, 0, maxPairs)
	scratch := make([]fe, maxPairs)
	for i := range groups {
		if ok[i] && len(groups[i]) == 0 {
			ok[i] = false
		}
	}
	for {
		pairs = pairs[:0]
		dens = dens[:0]
		for i, grp := range groups {
			if !ok[i] {
				continue
			}
			for k := 0; 2*k+1 < len(grp); k++ {
				var d fe
				d.sub(&grp[2*k+1].x, &grp[2*k].x)
				if d.isZero() {
					ok[i] = false
					break
				}
				pairs = append(pairs, pair{int32(i), int32(k)})
				dens = append(dens, d)
			}
		}
		if len(pairs) == 0 {
			return
		}
		if len(pairs) < minAffinePairs {
			sumJacobian(groups, ok)
			return
		}
		batchInv(dens, dens, scratch[:len(dens)])
		for n, pr := range pairs {
			if !ok[pr.g] { // a later pair of the group was exceptional
				continue
			}
			grp := groups[pr.g]
			p, q := &grp[2*pr.k], &grp[2*pr.k+1]
			var l fe
			l.sub(&q.y, &p.y)
			l.mul(&l, &dens[n])
			grp[pr.k] = chord(&l, p, q)
		}
		for i, grp := range groups {
			if !ok[i] || len(grp) < 2 {
				continue
			}
			half := len(grp) / 2
			if len(grp)%2 == 1 {
				grp[half] = grp[len(grp)-1]
				half++
			}
			groups[i] = grp[:half]
		}
	}
}

// sumJacobian finishes sumAffine: each group's points are added in
// Jacobian coordinates (formulas that cover every case) and all the sums
// brought back to affine with one inversion. A sum at infinity gets
// ok[i] = false.
func sumJacobian(groups [][]affine, ok []bool) {
	acc := make([]jacobian, len(groups))
	for i, grp := range groups {
		acc[i].setInfinity()
		if !ok[i] {
			continue
		}
		for k := range grp {
			acc[i].addAffine(&grp[k])
		}
	}
	out := make([]affine, len(groups))
	fin := make([]bool, len(groups))
	toAffineBatch(acc, out, fin)
	for i := range groups {
		if !ok[i] {
			continue
		}
		if !fin[i] {
			ok[i] = false
			continue
		}
		groups[i][0] = out[i]
		groups[i] = groups[i][:1]
	}
}

// chord returns p + q given the slope l of the line through them (the
// tangent at p when q = p): x = l² − xp − xq, y = l·(xp − x) − yp.
func chord(l *fe, p, q *affine) affine {
	var x3, y3 fe
	x3.sqr(l)
	x3.sub(&x3, &p.x)
	x3.sub(&x3, &q.x)
	y3.sub(&p.x, &x3)
	y3.mul(&y3, l)
	y3.sub(&y3, &p.y)
	return affine{x: x3, y: y3}
}
