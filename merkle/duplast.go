package merkle

import (
	"github.com/ethereum/go-ethereum/common"
)

// DupLastTree is the Merkle tree of github.com/cbergoon/merkletree v0.2.0
// with keccak256, which BTTC's Delivery Chain uses for the dividend
// account root: leaves as given, an odd leaf count duplicates the last
// leaf, the last node of an odd intermediate level is hashed with itself,
// parent = keccak256(left ‖ right). One leaf h gives keccak256(h ‖ h).
//
// A DupLastTree is immutable once built and safe for concurrent use.
type DupLastTree struct {
	l *levels
}

// NewDupLastTree builds the tree over leaves.
func NewDupLastTree(leaves []common.Hash) (*DupLastTree, error) {
	l, err := newLevels(leaves, padDuplicate, plain)
	if err != nil {
		return nil, err
	}
	return &DupLastTree{l: l}, nil
}

// Root returns the root hash.
func (t *DupLastTree) Root() common.Hash { return t.l.root() }

// Len returns the number of leaves (without the duplicate).
func (t *DupLastTree) Len() uint64 { return t.l.count[0] }

// Depth returns the number of siblings in every proof.
func (t *DupLastTree) Depth() int { return t.l.depth }

// Prove returns the siblings of leaf index from the leaf up. Where the node
// is the duplicated last one, its sibling is itself. Bit k of index says
// whether the node is a right child at height k.
func (t *DupLastTree) Prove(index uint64) ([]common.Hash, error) {
	return t.l.appendProof(make([]common.Hash, 0, t.l.depth), index)
}

// AppendProof appends the proof of leaf index to dst without allocating
// when dst has room.
func (t *DupLastTree) AppendProof(dst []common.Hash, index uint64) ([]common.Hash, error) {
	return t.l.appendProof(dst, index)
}

// VerifyDupLast checks that leaf is at index under root in a duplicate-last
// tree of leafCount leaves. It is strict: the proof must have exactly the
// tree's depth (ErrProofDepth) and where the node is the last of an odd
// level, its sibling must be the node itself (ErrBadDuplicate).
func VerifyDupLast(root common.Hash, leafCount, index uint64, leaf common.Hash, proof []common.Hash) error {
	if leafCount == 0 {
		return makeError(ErrNoLeaves, "merkle: a tree needs at least one leaf")
	}
	if leafCount > MaxLeaves {
		return makeError(ErrTooManyLeaves, "merkle: "+uitoa(leafCount)+" leaves, more than MaxLeaves")
	}
	if index >= leafCount {
		return makeError(ErrIndexOutOfRange,
			"merkle: leaf index "+uitoa(index)+" not below leaf count "+uitoa(leafCount))
	}
	if d := treeDepth(leafCount, padDuplicate); len(proof) != d {
		return makeError(ErrProofDepth, "merkle: proof of "+uitoa(uint64(len(proof)))+
			" siblings for a tree of depth "+uitoa(uint64(d)))
	}
	h, count, i := leaf, leafCount, index
	for k := range proof {
		if i&1 == 0 && i+1 == count && proof[k] != h {
			return makeError(ErrBadDuplicate, "merkle: sibling at height "+uitoa(uint64(k))+
				" of the last node must be the node itself")
		}
		if i&1 == 0 {
			h = hashPair(&h, &proof[k])
		} else {
			h = hashPair(&proof[k], &h)
		}
		i >>= 1
		count = (count + 1) / 2
	}
	if h != root {
		return makeError(ErrRootMismatch, "merkle: proof leads to root "+h.Hex()+", want "+root.Hex())
	}
	return nil
}
