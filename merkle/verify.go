package merkle

import (
	"github.com/ethereum/go-ethereum/common"
)

// Verify checks that leaf is at index under root, with proof the siblings
// from the leaf up. It has exactly the semantics of the root contracts'
// Merkle.checkMembership: the index must be below 2^len(proof), bit k of
// the index says whether the node is the right child at height k (then
// h = keccak256(sibling ‖ h), else keccak256(h ‖ sibling)), and the result
// must equal root. It returns nil when the proof holds and otherwise an
// Error of kind ErrProofTooDeep, ErrIndexOutOfRange or ErrRootMismatch.
//
// Like the contract, Verify does not know the tree's leaf count: a proof
// for a padding position verifies if the caller asks for it.
func Verify(root common.Hash, index uint64, leaf common.Hash, proof []common.Hash) error {
	if len(proof) > MaxDepth {
		return makeError(ErrProofTooDeep,
			"merkle: proof of "+uitoa(uint64(len(proof)))+" siblings, more than MaxDepth")
	}
	if len(proof) < 64 && index>>len(proof) != 0 {
		return makeError(ErrIndexOutOfRange,
			"merkle: leaf index "+uitoa(index)+" too big for a proof of "+uitoa(uint64(len(proof)))+" siblings")
	}
	if got := plain.fold(leaf, index, proof); got != root {
		return makeError(ErrRootMismatch,
			"merkle: proof leads to root "+got.Hex()+", want "+root.Hex())
	}
	return nil
}

// fold hashes leaf up along proof as Merkle.checkMembership does: bit k
// of index says whether the node is the right child at height k.
func (s *scheme) fold(leaf common.Hash, index uint64, proof []common.Hash) common.Hash {
	h := leaf
	for i := range proof {
		if index&1 == 0 {
			h = s.pair(&h, &proof[i])
		} else {
			h = s.pair(&proof[i], &h)
		}
		index >>= 1
	}
	return h
}

// VerifyBytes is Verify on the calldata form of a proof (32-byte siblings
// concatenated), as the contract receives it; a length that is not a
// multiple of 32 is ErrProofLength.
func VerifyBytes(root common.Hash, index uint64, leaf common.Hash, proof []byte) error {
	p, err := ParseProof(proof)
	if err != nil {
		return err
	}
	return Verify(root, index, leaf, p)
}

// ProofBytes returns the calldata form of a proof: the siblings
// concatenated, 32 bytes each.
func ProofBytes(proof []common.Hash) []byte {
	return AppendProofBytes(make([]byte, 0, 32*len(proof)), proof)
}

// AppendProofBytes appends the calldata form of proof to dst.
func AppendProofBytes(dst []byte, proof []common.Hash) []byte {
	for i := range proof {
		dst = append(dst, proof[i][:]...)
	}
	return dst
}

// ParseProof parses the calldata form strictly: the length must be a
// multiple of 32 (ErrProofLength) and hold at most MaxDepth siblings
// (ErrProofTooDeep). The result never outgrows the input.
func ParseProof(b []byte) ([]common.Hash, error) {
	if len(b)%32 != 0 {
		return nil, makeError(ErrProofLength,
			"merkle: proof of "+uitoa(uint64(len(b)))+" bytes is not a multiple of 32")
	}
	if len(b)/32 > MaxDepth {
		return nil, makeError(ErrProofTooDeep,
			"merkle: proof of "+uitoa(uint64(len(b)/32))+" siblings, more than MaxDepth")
	}
	p := make([]common.Hash, len(b)/32)
	for i := range p {
		copy(p[i][:], b[32*i:])
	}
	return p, nil
}
