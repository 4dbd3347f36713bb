package merkle

import (
	"fmt"

	"github.com/bttc-relay/sdk/internal/keccak"
	"github.com/ethereum/go-ethereum/common"
)

// zeroHashes[k] is z(k), the root of a subtree of height k whose leaves are
// all 32 zero bytes: z(0) = 0, z(k) = keccak256(z(k-1) ‖ z(k-1)). It is a
// read-only table computed once.
var zeroHashes = func() (z [MaxDepth + 1]common.Hash) {
	for k := 1; k <= MaxDepth; k++ {
		z[k] = hashPair(&z[k-1], &z[k-1])
	}
	return z
}()

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
