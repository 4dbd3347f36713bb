package merkle

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The reference implementations below are deliberately naive and use
// go-ethereum's keccak, not the package's: they are the oracle the fast
// code is tested against.

// refPad pads leaves with zero hashes to the next power of two.
func refPad(leaves []common.Hash) []common.Hash {
	size := 1
	for size < len(leaves) {
		size *= 2
	}
	out := make([]common.Hash, size)
	copy(out, leaves)
	return out
}

// refRoot is the checkpoint-tree root by plain recursion over the padded leaves.
func refRoot(leaves []common.Hash) common.Hash {
	return refRootPadded(refPad(leaves), len(leaves))
}

// refRootPadded hashes p, of which the first real entries are leaves and the
// rest padding; an all-padding subtree is the zero hash of its height.
func refRootPadded(p []common.Hash, real int) common.Hash {
	if real <= 0 {
		return refZero(len(p))
	}
	if len(p) == 1 {
		return p[0]
	}
	half := len(p) / 2
	l, r := refRootPadded(p[:half], real), refRootPadded(p[half:], real-half)
	return crypto.Keccak256Hash(l[:], r[:])
}

// refZero is the root of size zero leaves (size a power of two).
func refZero(size int) common.Hash {
	var z common.Hash
	for ; size > 1; size /= 2 {
		z = crypto.Keccak256Hash(z[:], z[:])
	}
	return z
}

// refProof returns the siblings of index from the leaf up.
func refProof(leaves []common.Hash, index int) []common.Hash {
	p, real := refPad(leaves), len(leaves)
	var proof []common.Hash
	for len(p) > 1 {
		half := len(p) / 2
		if index < half {
			proof = append([]common.Hash{refRootPadded(p[half:], real-half)}, proof...)
			p, real = p[:half], min(real, half)
		} else {
			proof = append([]common.Hash{refRootPadded(p[:half], real)}, proof...)
			p, index, real = p[half:], index-half, real-half
		}
	}
	return proof
}

// refVerify is Merkle.sol checkMembership transcribed literally.
func refVerify(root common.Hash, index uint64, leaf common.Hash, proof []byte) bool {
	if len(proof)%32 != 0 {
		return false
	}
	height := len(proof) / 32
	if height < 64 && index >= 1<<height {
		return false
	}
	h := leaf
	for i := 32; i <= len(proof); i += 32 {
		el := proof[i-32 : i]
		if index%2 == 0 {
			h = crypto.Keccak256Hash(h[:], el)
		} else {
			h = crypto.Keccak256Hash(el, h[:])
		}
		index /= 2
	}
	return h == root
}
