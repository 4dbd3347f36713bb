package merkle

import (
	"fmt"

	"github.com/bttc-relay/sdk/internal/keccak"
	"github.com/ethereum/go-ethereum/common"
)

// scheme is a tree's interior-node hash with its zero-subtree hashes:
// zero[k] is the root of a subtree of height k whose leaves are all 32
// zero bytes, zero[0] = 0, zero[k] = pair(zero[k-1], zero[k-1]).
type scheme struct {
	pair func(left, right *common.Hash) common.Hash
	zero [MaxDepth + 1]common.Hash
}

func newScheme(pair func(left, right *common.Hash) common.Hash) *scheme {
	s := &scheme{pair: pair}
	for k := 1; k <= MaxDepth; k++ {
		s.zero[k] = pair(&s.zero[k-1], &s.zero[k-1])
	}
	return s
}

// The two schemes, read-only tables computed once: BTTC's plain
// keccak256(left ‖ right), and the tagged keccak256(0x01 ‖ left ‖ right).
var (
	plain  = newScheme(hashPair)
	tagged = newScheme(hashTaggedPair)
)

// zeroHashes are the plain scheme's zero-subtree hashes z(k).
var zeroHashes = &plain.zero

// ZeroHash returns z(height), the root of an all-padding subtree of the
// given height, for height <= MaxDepth.
func ZeroHash(height int) (common.Hash, error) {
	if height < 0 || height > MaxDepth {
		return common.Hash{}, makeError(ErrProofTooDeep,
			fmt.Sprintf("zero hash height %d outside [0, %d]", height, MaxDepth))
	}
	return zeroHashes[height], nil
}

// hashPair is keccak256(left ‖ right), the interior-node hash.
func hashPair(left, right *common.Hash) common.Hash {
	return keccak.HashPair((*[32]byte)(left), (*[32]byte)(right))
}
