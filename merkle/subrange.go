package merkle

import (
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

// Subrange is a run of leaves [Start, End] (indices into the tree,
// inclusive) whose root is one sibling of a proof, at Height in the tree.
// Its root is what a BTTC node's bor_getRootHash(first+Start, first+End)
// returns for a checkpoint whose first block is first. The last sibling of
// a tree may cover fewer than 2^Height leaves; its root is then lifted with
// zero hashes by ProofFromSubranges.
type Subrange struct {
	Height     int
	Start, End uint64
}

// Len returns the number of leaves in the range.
func (r Subrange) Len() uint64 { return r.End - r.Start + 1 }

// ProofSubranges returns the sub-ranges whose roots, together with zero
// hashes for siblings that are all padding, make up the proof of leaf
// index in a checkpoint tree of n leaves: at most ceil(log2 n) ranges,
// in order from the leaf up. A caller fetches their roots (one
// bor_getRootHash each, batchable) instead of every header of the range.
func ProofSubranges(n, index uint64) ([]Subrange, error) {
	if n == 0 {
		return nil, makeError(ErrNoLeaves, "merkle: a tree needs at least one leaf")
	}
	if n > MaxLeaves {
		return nil, makeError(ErrTooManyLeaves, "merkle: "+uitoa(n)+" leaves, more than MaxLeaves")
	}
	if index >= n {
		return nil, makeError(ErrIndexOutOfRange,
			"merkle: leaf index "+uitoa(index)+" not below leaf count "+uitoa(n))
	}
	depth := bits.Len64(n - 1)
	out := make([]Subrange, 0, depth)
	for h := 0; h < depth; h++ {
		start := ((index >> h) ^ 1) << h
		if start >= n {
			continue // all padding: z(h)
		}
		out = append(out, Subrange{Height: h, Start: start, End: min(start+(1<<h), n) - 1})
	}
	return out, nil
}

// ProofFromSubranges assembles the proof of leaf index in a checkpoint tree
// of n leaves from roots[i], the root of ProofSubranges(n, index)[i], and
// zero hashes. The result equals NewTree(leaves).Prove(index).
func ProofFromSubranges(n, index uint64, roots []common.Hash) ([]common.Hash, error) {
	ranges, err := ProofSubranges(n, index)
	if err != nil {
		return nil, err
	}
	if len(roots) != len(ranges) {
		return nil, makeError(ErrBadRange, "merkle: "+uitoa(uint64(len(roots)))+
			" sub-range roots for "+uitoa(uint64(len(ranges)))+" sub-ranges")
	}
	depth := bits.Len64(n - 1)
	proof := make([]common.Hash, depth)
	next := 0
	for h := 0; h < depth; h++ {
		if next == len(ranges) || ranges[next].Height != h {
			proof[h] = zeroHashes[h]
			continue
		}
		// A short last range has a root of height ceil(log2 len) < h:
		// the rest of its subtree is padding on the right.
		node := roots[next]
		for k := bits.Len64(ranges[next].Len() - 1); k < h; k++ {
			node = hashPair(&node, &zeroHashes[k])
		}
		proof[h] = node
		next++
	}
	return proof, nil
}
