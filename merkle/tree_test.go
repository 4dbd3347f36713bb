package merkle

import (
	"errors"
	"fmt"
	"github.com/stretchr/testify/require"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"
)

func randomLeaves(r *rand.Rand, n int) []common.Hash {
	leaves := make([]common.Hash, n)
	for i := range leaves {
		for j := 0; j < 32; j += 8 {
			v := r.Uint64()
			for k := 0; k < 8; k++ {
				leaves[i][j+k] = byte(v >> (8 * k))
			}
		}
	}
	return leaves
}

// fullSweepEnv, set to 1, makes TestTreeEverySize check every leaf count
// 1..2^12 (about 30 s); .ci/run sets it.
const fullSweepEnv = "BTTC_MERKLE_FULL_SWEEP"

// sweepSizes is every leaf count 1..maxN under the full sweep; otherwise
// every count up to 300, every count within 3 of a power of two (where the
// padding changes shape), and 150 random counts.
func sweepSizes(maxN int) []int {
	var sizes []int
	if os.Getenv(fullSweepEnv) == "1" {
		for n := 1; n <= maxN; n++ {
			sizes = append(sizes, n)
		}
		return sizes
	}
	seen := map[int]bool{}
	add := func(n int) {
		if n >= 1 && n <= maxN && !seen[n] {
			seen[n] = true
			sizes = append(sizes, n)
		}
	}
	for n := 1; n <= 300; n++ {
		add(n)
	}
	for p := 256; p <= maxN; p *= 2 {
		for d := -3; d <= 3; d++ {
			add(p + d)
		}
	}
	r := rand.New(rand.NewPCG(9, 9))
	for i := 0; i < 150; i++ {
		add(1 + r.IntN(maxN))
	}
	slices.Sort(sizes)
	return sizes
}

// TestTreeEverySize compares root and proofs with the reference for leaf
// counts 1..2^12: all of them with BTTC_MERKLE_FULL_SWEEP=1, a sample
// that covers every shape otherwise (see sweepSizes).
func TestTreeEverySize(t *testing.T) {
	const maxN = 1 << 12
	leaves := randomLeaves(rand.New(rand.NewPCG(1, 1)), maxN)
	sizes := sweepSizes(maxN)
	for _, part := range [][2]int{{1, 1600}, {1601, 2900}, {2901, 3600}, {3601, maxN}} {
		t.Run(fmt.Sprintf("n=%d..%d", part[0], part[1]), func(t *testing.T) {
			t.Parallel()
			r := rand.New(rand.NewPCG(uint64(part[0]), 2))
			for _, n := range sizes {
				if n < part[0] || n > part[1] {
					continue
				}
				ls := leaves[:n]
				tree, err := NewTree(ls)
				require.NoError(t, err)
				if got, want := tree.Root(), refRoot(ls); got != want {
					t.Fatalf("n=%d: root %x, want %x", n, got, want)
				}
				// Proofs are checked by the literal Merkle.sol transcription
				// (all of them up to 256 leaves, the first, the last and a
				// random one above) and sibling by sibling against the
				// reference (all up to 256 leaves, the random one above).
				indices := []int{0, n - 1, r.IntN(n)}
				if n <= 256 {
					indices = indices[:0]
					for i := 0; i < n; i++ {
						indices = append(indices, i)
					}
				}
				for _, i := range indices {
					proof, err := tree.Prove(uint64(i))
					require.NoError(t, err)
					if !refVerify(tree.Root(), uint64(i), ls[i], ProofBytes(proof)) {
						t.Fatalf("n=%d i=%d: reference rejects the proof", n, i)
					}
					if n > 256 && i != indices[2] {
						continue // the reference proof costs n hashes
					}
					want := refProof(ls, i)
					if len(proof) != len(want) {
						t.Fatalf("n=%d i=%d: proof length %d, want %d", n, i, len(proof), len(want))
					}
					for k := range want {
						if proof[k] != want[k] {
							t.Fatalf("n=%d i=%d: sibling %d differs", n, i, k)
						}
					}
				}
			}
		})
	}
}

// TestTreeParallelMatchesSerial builds trees large enough for the parallel
// path, with GOMAXPROCS 1 and 4, and compares with the reference.
func TestTreeParallelMatchesSerial(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for _, n := range []int{parallelLeaves, parallelLeaves + 1, 1<<15 - 3, 1 << 15, 100_003} {
		leaves := randomLeaves(r, n)
		want := refRoot(leaves)
		for _, procs := range []int{1, 4} {
			prev := runtime.GOMAXPROCS(procs)
			tree, err := NewTree(leaves)
			runtime.GOMAXPROCS(prev)
			require.NoError(t, err)
			if tree.Root() != want {
				t.Fatalf("n=%d procs=%d: root differs from reference", n, procs)
			}
		}
	}
}

// TestTreeProperties: for random leaf sets of every size up to 2^12, every
// proof verifies (also in calldata form, and with the literal Merkle.sol
// transcription), and changing any one byte of leaf, root or proof, or any
// bit of the index, makes verification fail.
func TestTreeProperties(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(1, 1<<12).Draw(rt, "n")
		seed := rapid.Uint64().Draw(rt, "seed")
		leaves := randomLeaves(rand.New(rand.NewPCG(seed, 3)), n)
		tree, err := NewTree(leaves)
		if err != nil {
			rt.Fatal(err)
		}
		i := uint64(rapid.IntRange(0, n-1).Draw(rt, "index"))
		proof, err := tree.Prove(i)
		if err != nil {
			rt.Fatal(err)
		}
		root, leaf := tree.Root(), leaves[i]
		if err := Verify(root, i, leaf, proof); err != nil {
			rt.Fatalf("valid proof rejected: %v", err)
		}
		pb := ProofBytes(proof)
		if err := VerifyBytes(root, i, leaf, pb); err != nil {
			rt.Fatalf("valid calldata proof rejected: %v", err)
		}
		if !refVerify(root, i, leaf, pb) {
			rt.Fatal("reference rejects a proof the tree produced")
		}

		// One byte of the leaf, root or proof; one bit of the index.
		pos := rapid.IntRange(0, 31).Draw(rt, "pos")
		delta := byte(rapid.IntRange(1, 255).Draw(rt, "delta"))
		badLeaf := leaf
		badLeaf[pos] ^= delta
		mustFail(rt, Verify(root, i, badLeaf, proof), "leaf")
		badRoot := root
		badRoot[pos] ^= delta
		mustFail(rt, Verify(badRoot, i, leaf, proof), "root")
		if len(proof) > 0 {
			k := rapid.IntRange(0, len(proof)-1).Draw(rt, "sibling")
			bad := append([]common.Hash(nil), proof...)
			bad[k][pos] ^= delta
			mustFail(rt, Verify(root, i, leaf, bad), "proof")
			bit := rapid.IntRange(0, len(proof)-1).Draw(rt, "bit")
			mustFail(rt, Verify(root, i^(1<<bit), leaf, proof), "index")
		}
		mustFail(rt, Verify(root, i+(1<<len(proof)), leaf, proof), "index above 2^depth")
	})
}

func mustFail(t interface{ Fatalf(string, ...any) }, err error, what string) {
	if err == nil {
		t.Fatalf("changed %s still verifies", what)
	}
}

func TestTreeErrors(t *testing.T) {
	if _, err := NewTree(nil); !errors.Is(err, ErrNoLeaves) {
		t.Fatalf("empty: %v", err)
	}
	tree, err := NewTree(make([]common.Hash, 5))
	require.NoError(t, err)
	if _, err := tree.Prove(5); !errors.Is(err, ErrIndexOutOfRange) {
		t.Fatalf("index 5 of 5: %v", err)
	}
	if _, err := tree.Leaf(5); !errors.Is(err, ErrIndexOutOfRange) {
		t.Fatalf("leaf 5 of 5: %v", err)
	}
	if err := Verify(common.Hash{}, 0, common.Hash{}, make([]common.Hash, MaxDepth+1)); !errors.Is(err, ErrProofTooDeep) {
		t.Fatalf("deep proof: %v", err)
	}
	if err := Verify(common.Hash{}, 4, common.Hash{}, make([]common.Hash, 2)); !errors.Is(err, ErrIndexOutOfRange) {
		t.Fatalf("index 4 with 2 siblings: %v", err)
	}
	if _, err := ParseProof(make([]byte, 33)); !errors.Is(err, ErrProofLength) {
		t.Fatalf("33 bytes: %v", err)
	}
	if _, err := ParseProof(make([]byte, 32*(MaxDepth+1))); !errors.Is(err, ErrProofTooDeep) {
		t.Fatalf("deep calldata proof: %v", err)
	}
	var e *Error
	if err := Verify(common.Hash{1}, 0, common.Hash{}, nil); !errors.As(err, &e) || e.Kind != ErrRootMismatch {
		t.Fatalf("mismatch: %v", err)
	}
	if _, err := ZeroHash(MaxDepth + 1); !errors.Is(err, ErrProofTooDeep) {
		t.Fatalf("zero hash height: %v", err)
	}
	if _, err := ZeroHash(-1); !errors.Is(err, ErrProofTooDeep) {
		t.Fatalf("zero hash height: %v", err)
	}
}

func TestSingleLeafRootIsLeaf(t *testing.T) {
	leaf := common.HexToHash("0x1234")
	tree, err := NewTree([]common.Hash{leaf})
	require.NoError(t, err)
	if tree.Root() != leaf || tree.Depth() != 0 {
		t.Fatalf("root %x depth %d", tree.Root(), tree.Depth())
	}
	if err := Verify(leaf, 0, leaf, nil); err != nil {
		t.Fatal(err)
	}
}

func TestZeroHashes(t *testing.T) {
	var want common.Hash
	for k := 0; k <= MaxDepth; k++ {
		z, err := ZeroHash(k)
		require.NoError(t, err)
		if z != want {
			t.Fatalf("z(%d) = %x, want %x", k, z, want)
		}
		want = crypto.Keccak256Hash(want[:], want[:])
	}
	// And z(k) is the checkpoint root of 2^k zero leaves.
	tree, err := NewTree(make([]common.Hash, 1<<12))
	require.NoError(t, err)
	if z, _ := ZeroHash(12); tree.Root() != z {
		t.Fatal("root of 2^12 zero leaves is not z(12)")
	}
}

// TestProofFromSubranges assembles proofs from sub-range roots computed by
// the reference (as a node's bor_getRootHash would) and compares them with
// Prove, for every index of every tree size up to 300 and random larger ones.
func TestProofFromSubranges(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	check := func(leaves []common.Hash, i uint64) {
		n := uint64(len(leaves))
		tree, err := NewTree(leaves)
		require.NoError(t, err)
		ranges, err := ProofSubranges(n, i)
		require.NoError(t, err)
		roots := make([]common.Hash, len(ranges))
		for k, rg := range ranges {
			roots[k] = refRoot(leaves[rg.Start : rg.End+1])
		}
		got, err := ProofFromSubranges(n, i, roots)
		require.NoError(t, err)
		want, _ := tree.Prove(i)
		if len(got) != len(want) {
			t.Fatalf("n=%d i=%d: %d siblings, want %d", n, i, len(got), len(want))
		}
		for k := range want {
			if got[k] != want[k] {
				t.Fatalf("n=%d i=%d: sibling %d differs", n, i, k)
			}
		}
		if len(ranges) > 0 {
			if _, err := ProofFromSubranges(n, i, roots[1:]); !errors.Is(err, ErrBadRange) {
				t.Fatalf("short roots: %v", err)
			}
		}
	}
	for n := 1; n <= 150; n++ {
		leaves := randomLeaves(r, n)
		for i := 0; i < n; i++ {
			check(leaves, uint64(i))
		}
	}
	for k := 0; k < 20; k++ {
		n := 1 + r.IntN(1<<15)
		check(randomLeaves(r, n), uint64(r.IntN(n)))
	}
	if _, err := ProofSubranges(10, 10); !errors.Is(err, ErrIndexOutOfRange) {
		t.Fatalf("index 10 of 10: %v", err)
	}
	if _, err := ProofSubranges(0, 0); !errors.Is(err, ErrNoLeaves) {
		t.Fatalf("empty: %v", err)
	}
}

func TestAppendProofDoesNotAllocate(t *testing.T) {
	tree, err := NewTree(randomLeaves(rand.New(rand.NewPCG(9, 9)), 1000))
	require.NoError(t, err)
	buf := make([]common.Hash, 0, tree.Depth())
	allocs := testing.AllocsPerRun(100, func() {
		buf, _ = tree.AppendProof(buf[:0], 777)
	})
	if allocs != 0 {
		t.Fatalf("AppendProof allocates %v times", allocs)
	}
}

// TestRebuild: rebuilding over other leaves gives the tree NewTree gives,
// growing and shrinking, and a rejected rebuild leaves the tree unchanged.
func TestRebuild(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 21))
	tree, err := NewTree(randomLeaves(r, 100))
	require.NoError(t, err)
	for _, n := range []int{1, 7, 100, 5000, parallelLeaves + 3, 64, 3} {
		leaves := randomLeaves(r, n)
		if err := tree.Rebuild(leaves); err != nil {
			t.Fatal(err)
		}
		if tree.Root() != refRoot(leaves) || tree.Len() != uint64(n) {
			t.Fatalf("n=%d: rebuilt root differs", n)
		}
		i := uint64(r.IntN(n))
		proof, _ := tree.Prove(i)
		if err := Verify(tree.Root(), i, leaves[i], proof); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
	}
	root := tree.Root()
	if err := tree.Rebuild(nil); !errors.Is(err, ErrNoLeaves) || tree.Root() != root {
		t.Fatalf("empty rebuild: %v", err)
	}
}
