package mpt

import (
	"bytes"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// Bounds on proofs.
const (
	// MaxProofNodes bounds the number of nodes in a proof (a path of 64
	// nibbles needs at most 65).
	MaxProofNodes = 80
	// MaxNodeSize bounds one node's encoding (a full branch node of 16
	// hashes and a value is about 532 bytes plus the value).
	MaxNodeSize = 1 << 20
)

// Mode selects how strictly Verify reads a proof.
type Mode uint8

const (
	// ContractMode reproduces the BTTC root contracts'
	// MerklePatriciaProof.verify exactly: it does not check the
	// hex-prefix flag of leaf and extension keys (so a key may be read as
	// a leaf where the trie has an extension, or the other way round) and
	// ignores nodes after the one holding the value. Use it to predict
	// what the contract accepts.
	ContractMode Mode = iota
	// StrictMode additionally requires a leaf key to carry a leaf flag
	// (2 or 3) and an extension key an extension flag (0 or 1), a zero
	// padding nibble in even-length keys and in the path (whose flag must
	// be 0 or 1), and no nodes after the value:
	// it accepts only proofs of a well-formed trie. Upstream Polygon added
	// the flag check to its contract in October 2024; BTTC's contract does
	// not have it. Use it to decide whether a proof is genuine.
	StrictMode
)

// Verify checks that the trie with the given root maps path to value,
// given the proof nodes (raw RLP encodings, root first). The path is in
// the contract's encoding: hex-prefix bytes whose first nibble is a flag
// (odd flag: the second nibble is the first path nibble; even flag: the
// second nibble is padding). For receipts it is ReceiptPath(txIndex) =
// 0x00 ‖ RLP(txIndex). It returns nil or an *Error naming the node at fault.
func Verify(root common.Hash, path []byte, nodes [][]byte, value []byte, mode Mode) error {
	nibbles := PathNibbles(path)
	if len(nibbles) == 0 {
		return nodeError(ErrEmptyPath, -1, "empty path")
	}
	if mode == StrictMode && (path[0]>>4 > 1 || (path[0]>>4 == 0 && path[0]&0x0f != 0)) {
		// The contract reads only the flag's parity and skips the padding
		// nibble unread, so 0x00... and 0x05... are the same path to it.
		return nodeError(ErrBadHexPrefix, -1, "path flag byte %#02x: want 0x00 or 0x1n", path[0])
	}
	if len(nodes) > MaxProofNodes {
		return nodeError(ErrTooLarge, -1, "%d nodes, more than %d", len(nodes), MaxProofNodes)
	}
	key := root
	ptr := 0
	for i, node := range nodes {
		if ptr > len(nibbles) {
			return nodeError(ErrPathMismatch, i, "path exhausted")
		}
		if crypto.Keccak256Hash(node) != key {
			return nodeError(ErrNodeHash, i, "hash %x, parent references %x", crypto.Keccak256(node), key)
		}
		items, err := splitNode(node)
		if err != nil {
			return nodeError(ErrBadNode, i, "%v", err)
		}
		done := func(stored []byte) error {
			if !bytes.Equal(stored, value) {
				return nodeError(ErrValueMismatch, i, "value differs")
			}
			if mode == StrictMode && i != len(nodes)-1 {
				return nodeError(ErrTrailingNodes, i+1, "%d nodes after the value", len(nodes)-1-i)
			}
			return nil
		}
		switch len(items) {
		case 17:
			if ptr == len(nibbles) {
				return done(items[16])
			}
			if key, err = childRef(items[nibbles[ptr]]); err != nil {
				return nodeError(ErrBadNode, i, "branch %d: %v", nibbles[ptr], err)
			}
			ptr++
		case 2:
			encoded := items[0]
			partial := PathNibbles(encoded)
			traversed := 0
			if len(partial) <= len(nibbles)-ptr && bytes.Equal(partial, nibbles[ptr:ptr+len(partial)]) {
				traversed = len(partial)
			}
			leaf := ptr+traversed == len(nibbles)
			if mode == StrictMode {
				if err := checkHexPrefix(encoded, leaf); err != nil {
					return nodeError(ErrBadHexPrefix, i, "%v", err)
				}
			}
			if leaf {
				return done(items[1])
			}
			if traversed == 0 {
				return nodeError(ErrPathMismatch, i, "key does not match the path at nibble %d", ptr)
			}
			ptr += traversed
			if key, err = childRef(items[1]); err != nil {
				return nodeError(ErrBadNode, i, "extension: %v", err)
			}
		default:
			return nodeError(ErrBadNode, i, "%d items, want 2 or 17", len(items))
		}
	}
	return nodeError(ErrProofTooShort, -1, "no value after %d nodes", len(nodes))
}

// PathNibbles is the contract's _getNibbleArray: the nibbles of b
// after its flag nibble, skipping the padding nibble when the flag is even.
func PathNibbles(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	all := make([]byte, 0, 2*len(b))
	for _, x := range b {
		all = append(all, x>>4, x&0x0f)
	}
	if flag := all[0]; flag == 1 || flag == 3 {
		return all[1:]
	}
	return all[2:]
}

// checkHexPrefix checks a key's flag against the node's role: 2 or 3 for
// a leaf, 0 or 1 for an extension; an even flag needs a zero padding nibble.
func checkHexPrefix(encoded []byte, leaf bool) error {
	if len(encoded) == 0 {
		return errorf("empty key")
	}
	flag := encoded[0] >> 4
	switch {
	case flag > 3:
		return errorf("flag %d", flag)
	case leaf && flag < 2:
		return errorf("extension flag %d where the path ends (a leaf)", flag)
	case !leaf && flag >= 2:
		return errorf("leaf flag %d where the path goes on (an extension)", flag)
	case flag%2 == 0 && encoded[0]&0x0f != 0:
		return errorf("non-zero padding nibble")
	}
	return nil
}

// splitNode decodes a node: a canonical RLP list of strings (children,
// keys and values) with nothing after it. A 17-item list is a branch, a
// 2-item list a leaf or extension.
func splitNode(node []byte) ([][]byte, error) {
	if len(node) > MaxNodeSize {
		return nil, errorf("%d bytes, more than %d", len(node), MaxNodeSize)
	}
	content, rest, err := rlp.SplitList(node)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, errorf("%d bytes after the node", len(rest))
	}
	var items [][]byte
	for len(content) > 0 {
		if len(items) == 17 {
			return nil, errorf("more than 17 items")
		}
		kind, val, r, err := rlp.Split(content)
		if err != nil {
			return nil, err
		}
		if kind == rlp.List {
			return nil, errorf("inline child node (not supported by the root contracts)")
		}
		items = append(items, val)
		content = r
	}
	return items, nil
}

// childRef reads a child reference: exactly a 32-byte hash (the
// contract's toUintStrict; an empty slot or inline node is rejected).
func childRef(item []byte) (common.Hash, error) {
	if len(item) != 32 {
		return common.Hash{}, errorf("child reference of %d bytes, want a 32-byte hash", len(item))
	}
	return common.BytesToHash(item), nil
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
