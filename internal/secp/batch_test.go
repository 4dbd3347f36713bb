package secp

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestTryBatchMatchesVerify checks every signature of a batch against its
// own key, another key, with the other recovery id and with no table, and
// compares each verdict with Verify (checked against go-ethereum).
func TestTryBatchMatchesVerify(t *testing.T) {
	rnd := rand.New(rand.NewPCG(13, 14))
	keys := make([]*ecdsa.PrivateKey, 6)
	tables := make([]*Table, len(keys))
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		tables[i] = keyTable(t, keys[i])
	}
	var sigs []Sig
	var qs []*Table
	for i := 0; i < 400; i++ {
		var h [32]byte
		for j := range h {
			h[j] = byte(rnd.Uint32())
		}
		k := rnd.IntN(len(keys))
		raw, _ := crypto.Sign(h[:], keys[k])
		s := *mkSig(h, raw)
		q := tables[k]
		switch i % 5 {
		case 1:
			q = tables[(k+1)%len(keys)]
		case 2:
			s.V ^= 1
		case 3:
			q = nil
		case 4:
			s.S[rnd.IntN(32)] ^= 1 << rnd.IntN(8)
		}
		sigs = append(sigs, s)
		qs = append(qs, q)
	}
	ps := make([]Prepared, len(sigs))
	Prepare(sigs, ps)
	got := make([]bool, len(sigs))
	TryBatch(ps, qs, got)
	accepted := 0
	for i := range sigs {
		want := qs[i] != nil && Verify(qs[i], &sigs[i])
		require.Equal(t, want, got[i], "sig %d (case %d)", i, i%5)
		if got[i] {
			accepted++
		}
	}
	require.Equal(t, 80, accepted)
}

// TestTryBatchExceptional: private key 1 signing digest r with s = r gives
// u1 = u2 = 1, so the first two entries summed are G and G (equal x):
// the batch must notice and still verify it, through Try.
func TestTryBatchExceptional(t *testing.T) {
	one := new(ecdsa.PrivateKey)
	one.D = hexBig("1")
	one.PublicKey.Curve = crypto.S256()
	one.PublicKey.X, one.PublicKey.Y = crypto.S256().ScalarBaseMult([]byte{1})
	twoX, twoY := crypto.S256().ScalarBaseMult([]byte{2})
	n := hexBig("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	r := new(big.Int).Mod(twoX, n)
	var s Sig
	r.FillBytes(s.R[:])
	s.S, s.Hash = s.R, s.R
	s.V = byte(twoY.Bit(0))
	q := keyTable(t, one)
	require.True(t, Verify(q, &s), "a valid signature by key 1")
	ps := make([]Prepared, 2)
	sigs := []Sig{s, s}
	sigs[1].V ^= 1
	Prepare(sigs, ps)
	got := make([]bool, 2)
	TryBatch(ps, []*Table{q, q}, got)
	require.Equal(t, []bool{true, false}, got)

	groups := [][]affine{nil, {sharedOnce().g.pts[0], sharedOnce().g.pts[0]}}
	var negG affine
	negG.neg(&sharedOnce().g.pts[0])
	groups[0] = []affine{sharedOnce().g.pts[1], sharedOnce().g.pts[2], sharedOnce().g.pts[0], negG} // 2G, 3G, G, -G: the second pair cancels
	ok := []bool{true, true}
	sumAffine(groups, ok, 4)
	require.Equal(t, []bool{false, false}, ok, "G + G and G + (-G) are exceptional")
}
