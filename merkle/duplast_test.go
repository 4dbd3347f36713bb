package merkle

import (
	"errors"
	"github.com/stretchr/testify/require"
	"math/rand/v2"
	"testing"

	"github.com/cbergoon/merkletree"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/keccak"
)

// leafContent is a cbergoon/merkletree Content whose hash is the leaf
// itself, as BTTC's dividend accounts hand their keccak hash to the tree.
type leafContent common.Hash

func (c leafContent) CalculateHash() ([]byte, error) { return append([]byte(nil), c[:]...), nil }

func (c leafContent) Equals(o merkletree.Content) (bool, error) { return c == o.(leafContent), nil }

func cbergoonTree(t testing.TB, leaves []common.Hash) *merkletree.MerkleTree {
	cs := make([]merkletree.Content, len(leaves))
	for i, l := range leaves {
		cs[i] = leafContent(l)
	}
	mt, err := merkletree.NewTreeWithHashStrategy(cs, keccak.NewLegacyKeccak256)
	require.NoError(t, err)
	return mt
}

// TestDupLastMatchesCbergoon compares root and every proof with
// cbergoon/merkletree v0.2.0 itself for every leaf count 1..1000.
func TestDupLastMatchesCbergoon(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 11))
	all := randomLeaves(r, 1000)
	for n := 1; n <= 1000; n++ {
		leaves := all[:n]
		mt := cbergoonTree(t, leaves)
		tree, err := NewDupLastTree(leaves)
		require.NoError(t, err)
		root := tree.Root()
		if root != common.BytesToHash(mt.MerkleRoot()) {
			t.Fatalf("n=%d: root %x, cbergoon %x", n, root, mt.MerkleRoot())
		}
		for i := 0; i < n; i++ {
			path, dirs, err := mt.GetMerklePath(leafContent(leaves[i]))
			require.NoError(t, err)
			proof, err := tree.Prove(uint64(i))
			require.NoError(t, err)
			if len(proof) != len(path) {
				t.Fatalf("n=%d i=%d: %d siblings, cbergoon %d", n, i, len(proof), len(path))
			}
			for k := range path {
				if proof[k] != common.BytesToHash(path[k]) {
					t.Fatalf("n=%d i=%d: sibling %d differs", n, i, k)
				}
				// cbergoon's 1 means "the sibling is on the right".
				if wantRight := (i>>k)&1 == 0; (dirs[k] == 1) != wantRight {
					t.Fatalf("n=%d i=%d: direction %d differs", n, i, k)
				}
			}
			if err := VerifyDupLast(root, uint64(n), uint64(i), leaves[i], proof); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
		}
	}
}

func TestVerifyDupLastMutations(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	for _, n := range []int{1, 2, 3, 5, 7, 64, 99, 1000} {
		leaves := randomLeaves(r, n)
		tree, err := NewDupLastTree(leaves)
		require.NoError(t, err)
		root := tree.Root()
		for _, i := range []int{0, n / 2, n - 1} {
			proof, _ := tree.Prove(uint64(i))
			leaf := leaves[i]
			leaf[r.IntN(32)] ^= 1
			if err := VerifyDupLast(root, uint64(n), uint64(i), leaf, proof); err == nil {
				t.Fatalf("n=%d i=%d: changed leaf verifies", n, i)
			}
			bad := append([]common.Hash(nil), proof...)
			bad[r.IntN(len(bad))][r.IntN(32)] ^= 0x80
			if err := VerifyDupLast(root, uint64(n), uint64(i), leaves[i], bad); err == nil {
				t.Fatalf("n=%d i=%d: changed proof verifies", n, i)
			}
			if err := VerifyDupLast(root, uint64(n), uint64(i), leaves[i], proof[:len(proof)-1]); !errors.Is(err, ErrProofDepth) {
				t.Fatalf("n=%d i=%d: short proof: %v", n, i, err)
			}
			badRoot := root
			badRoot[0] ^= 1
			if err := VerifyDupLast(badRoot, uint64(n), uint64(i), leaves[i], proof); !errors.Is(err, ErrRootMismatch) {
				t.Fatalf("n=%d i=%d: changed root: %v", n, i, err)
			}
		}
	}
	// The last of an odd level must be paired with itself.
	leaves := randomLeaves(r, 3)
	tree, _ := NewDupLastTree(leaves)
	proof, _ := tree.Prove(2)
	proof[0][0] ^= 1
	if err := VerifyDupLast(tree.Root(), 3, 2, leaves[2], proof); !errors.Is(err, ErrBadDuplicate) {
		t.Fatalf("bad duplicate: %v", err)
	}
	if err := VerifyDupLast(tree.Root(), 3, 3, leaves[2], proof); !errors.Is(err, ErrIndexOutOfRange) {
		t.Fatalf("index 3 of 3: %v", err)
	}
	if err := VerifyDupLast(tree.Root(), 0, 0, leaves[2], proof); !errors.Is(err, ErrNoLeaves) {
		t.Fatalf("no leaves: %v", err)
	}
	if _, err := NewDupLastTree(nil); !errors.Is(err, ErrNoLeaves) {
		t.Fatalf("empty: %v", err)
	}
}

func TestDupLastSingleLeaf(t *testing.T) {
	h := common.HexToHash("0xabcdef")
	tree, err := NewDupLastTree([]common.Hash{h})
	require.NoError(t, err)
	if want := crypto.Keccak256Hash(h[:], h[:]); tree.Root() != want {
		t.Fatalf("root %x, want keccak(h ‖ h) %x", tree.Root(), want)
	}
}
