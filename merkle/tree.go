package merkle

import (
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// Bounds on what the package builds and verifies.
const (
	// MaxLeaves bounds the leaf count of a tree built here (a tree of
	// MaxLeaves leaves holds 1 GiB of nodes). A BTTC checkpoint covers at
	// most 2^15 blocks.
	MaxLeaves = 1 << maxTreeDepth
	// MaxDepth bounds the number of siblings in a proof. Every index a uint64
	// can hold fits a proof of this depth.
	MaxDepth = 64
)

// Tree is the BTTC checkpoint Merkle tree: the leaves as given (never
// re-hashed), in index order, padded on the right to a power of two with
// 32-zero-byte leaves, and parent = keccak256(left ‖ right). It is the tree
// of bor_getRootHash and of the root contracts' Merkle.checkMembership.
//
// A Tree is immutable once built (until Rebuild) and safe for concurrent use.
type Tree struct {
	l *levels
}

// NewTree builds the tree over leaves. Padding subtrees are never hashed:
// they are the precomputed zero hashes, so the cost is about len(leaves)-1
// hashes whatever the padding. Large trees are built on GOMAXPROCS
// goroutines.
func NewTree(leaves []common.Hash) (*Tree, error) {
	l, err := newLevels(leaves, padZero, plain)
	if err != nil {
		return nil, err
	}
	return &Tree{l: l}, nil
}

// Rebuild replaces the tree with one over leaves, reusing its node array
// when it is large enough: a relayer that builds one checkpoint tree after
// another allocates (and collects) nothing in steady state. Rebuild must
// not run concurrently with any other method of t; on error t is unchanged.
func (t *Tree) Rebuild(leaves []common.Hash) error {
	if err := checkLeafCount(uint64(len(leaves))); err != nil {
		return err
	}
	t.l.reset(leaves)
	return nil
}

// Root returns the root hash. The root of a single leaf is the leaf.
func (t *Tree) Root() common.Hash { return t.l.root() }

// Len returns the number of leaves (without padding).
func (t *Tree) Len() uint64 { return t.l.count[0] }

// Depth returns the number of siblings in every proof: ceil(log2(Len())).
func (t *Tree) Depth() int { return t.l.depth }

// Leaf returns leaf index.
func (t *Tree) Leaf(index uint64) (common.Hash, error) {
	if index >= t.Len() {
		return common.Hash{}, makeError(ErrIndexOutOfRange,
			"merkle: leaf index "+uitoa(index)+" not below leaf count "+uitoa(t.Len()))
	}
	return t.l.nodes[index], nil
}

// Prove returns the proof of leaf index: its siblings from the leaf up to
// the root, Depth() of them.
func (t *Tree) Prove(index uint64) ([]common.Hash, error) {
	return t.l.appendProof(make([]common.Hash, 0, t.l.depth), index)
}

// AppendProof appends the proof of leaf index to dst and returns the
// extended slice; it does not allocate when dst has room for Depth() more
// hashes.
func (t *Tree) AppendProof(dst []common.Hash, index uint64) ([]common.Hash, error) {
	return t.l.appendProof(dst, index)
}

func uitoa(v uint64) string { return strconv.FormatUint(v, 10) }
