package merkle

import (
	"github.com/bttc-relay/sdk/internal/keccak"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The one-byte tags of a tagged tree: a leaf hash is keccak256(LeafTag ‖
// data) and an interior node keccak256(NodeTag ‖ left ‖ right), so no leaf
// can be passed off as an interior node or the other way round (the
// inputs differ in their first byte and, for 32-byte data, in length).
const (
	LeafTag = 0x00
	NodeTag = 0x01
)

// TaggedLeaf returns keccak256(LeafTag ‖ data).
func TaggedLeaf(data []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{LeafTag}, data)
}

// hashTaggedPair is keccak256(NodeTag ‖ left ‖ right): 65 bytes, one block.
func hashTaggedPair(left, right *common.Hash) common.Hash {
	var buf [65]byte
	buf[0] = NodeTag
	copy(buf[1:33], left[:])
	copy(buf[33:], right[:])
	h, _ := keccak.Sum256Short(buf[:])
	return h
}

// NewTaggedTree builds a domain-separated tree over leaf hashes (made with
// TaggedLeaf or another leaf-tagged hash): interior nodes are
// keccak256(NodeTag ‖ left ‖ right), the leaves are padded on the right to a
// power of two with 32 zero bytes (a value no tagged leaf hash takes), and
// bit k of a leaf's index says whether it is the right child at height k.
// The returned Tree proves with Prove and AppendProof as usual; verify with
// VerifyTagged.
func NewTaggedTree(leaves []common.Hash) (*Tree, error) {
	l, err := newLevels(leaves, padZero, tagged)
	if err != nil {
		return nil, err
	}
	return &Tree{l: l}, nil
}

// VerifyTagged checks that leaf is at index under root in a tagged tree of
// leafCount leaves. It is strict: the index must be below leafCount
// (ErrIndexOutOfRange) and the proof must have exactly the tree's depth,
// ceil(log2 leafCount) (ErrProofDepth).
func VerifyTagged(root common.Hash, leafCount, index uint64, leaf common.Hash, proof []common.Hash) error {
	if err := checkLeafCount(leafCount); err != nil {
		return err
	}
	if index >= leafCount {
		return makeError(ErrIndexOutOfRange,
			"merkle: leaf index "+uitoa(index)+" not below leaf count "+uitoa(leafCount))
	}
	if d := treeDepth(leafCount, padZero); len(proof) != d {
		return makeError(ErrProofDepth, "merkle: proof of "+uitoa(uint64(len(proof)))+
			" siblings for a tree of depth "+uitoa(uint64(d)))
	}
	if h := tagged.fold(leaf, index, proof); h != root {
		return makeError(ErrRootMismatch, "merkle: proof leads to root "+h.Hex()+", want "+root.Hex())
	}
	return nil
}
