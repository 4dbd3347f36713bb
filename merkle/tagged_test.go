package merkle

import (
	"errors"
	"github.com/stretchr/testify/require"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// refTaggedRoot is the tagged tree by plain recursion with go-ethereum's keccak.
func refTaggedRoot(p []common.Hash) common.Hash {
	if len(p) == 1 {
		return p[0]
	}
	l, r := refTaggedRoot(p[:len(p)/2]), refTaggedRoot(p[len(p)/2:])
	return crypto.Keccak256Hash([]byte{NodeTag}, l[:], r[:])
}

func TestTaggedTreeMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 31))
	for n := 1; n <= 300; n++ {
		leaves := randomLeaves(r, n)
		tree, err := NewTaggedTree(leaves)
		require.NoError(t, err)
		if tree.Root() != refTaggedRoot(refPad(leaves)) {
			t.Fatalf("n=%d: root differs from the reference", n)
		}
		for _, i := range []int{0, n / 2, n - 1} {
			proof, _ := tree.Prove(uint64(i))
			if err := VerifyTagged(tree.Root(), uint64(n), uint64(i), leaves[i], proof); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
			// A plain-tree proof and the plain verifier do not cross over.
			if n > 1 && Verify(tree.Root(), uint64(i), leaves[i], proof) == nil {
				t.Fatalf("n=%d: tagged proof verifies as a plain one", n)
			}
			if len(proof) > 0 {
				bad := append([]common.Hash(nil), proof...)
				bad[r.IntN(len(bad))][r.IntN(32)] ^= 1
				if VerifyTagged(tree.Root(), uint64(n), uint64(i), leaves[i], bad) == nil {
					t.Fatalf("n=%d: changed proof verifies", n)
				}
			}
		}
	}
	tree, _ := NewTaggedTree(randomLeaves(r, 5))
	proof, _ := tree.Prove(4)
	if err := VerifyTagged(tree.Root(), 5, 5, common.Hash{}, proof); !errors.Is(err, ErrIndexOutOfRange) {
		t.Fatal(err)
	}
	if err := VerifyTagged(tree.Root(), 5, 4, common.Hash{}, proof[:2]); !errors.Is(err, ErrProofDepth) {
		t.Fatal(err)
	}
	// An interior node cannot pose as a leaf: with the real leaf count the
	// proof depth is fixed, and a leaf hash is TaggedLeaf(data), whose
	// preimage starts with the leaf tag, never the node tag.
	leaves := randomLeaves(r, 4)
	tree, _ = NewTaggedTree(leaves)
	inner := crypto.Keccak256Hash([]byte{NodeTag}, leaves[0][:], leaves[1][:])
	other := crypto.Keccak256Hash([]byte{NodeTag}, leaves[2][:], leaves[3][:])
	if err := VerifyTagged(tree.Root(), 4, 0, inner, []common.Hash{other}); !errors.Is(err, ErrProofDepth) {
		t.Fatalf("interior node as a leaf: %v", err)
	}
	if TaggedLeaf(leaves[0][:]) == crypto.Keccak256Hash(leaves[0][:]) {
		t.Fatal("leaf tag has no effect")
	}
}
