package mpt

import (
	"bytes"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

// ReceiptTrie is the receipt trie of one block: key RLP(txIndex), value
// the receipt's consensus encoding (legacy receipts as the RLP list
// [status, cumulativeGas, logsBloom, logs]; typed receipts with their
// type byte first), as go-ethereum's types.Receipts encodes them.
type ReceiptTrie struct {
	trie   *trie.Trie
	values [][]byte
}

// NewReceiptTrie builds the trie of a block's receipts, in transaction
// order.
func NewReceiptTrie(receipts types.Receipts) (*ReceiptTrie, error) {
	t := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	values := make([][]byte, len(receipts))
	var buf bytes.Buffer
	for i := range receipts {
		buf.Reset()
		receipts.EncodeIndex(i, &buf)
		values[i] = bytes.Clone(buf.Bytes())
		if err := t.Update(receiptKey(uint64(i)), values[i]); err != nil {
			return nil, nodeError(ErrBadNode, -1, "inserting receipt %d: %v", i, err)
		}
	}
	return &ReceiptTrie{trie: t, values: values}, nil
}

// NewReceiptTrieForHeader builds the trie and checks its root against the
// header's ReceiptHash (ErrRootMismatch).
func NewReceiptTrieForHeader(header *types.Header, receipts types.Receipts) (*ReceiptTrie, error) {
	t, err := NewReceiptTrie(receipts)
	if err != nil {
		return nil, err
	}
	if got := t.Root(); got != header.ReceiptHash {
		return nil, nodeError(ErrRootMismatch, -1, "receipts give root %s, header has %s", got, header.ReceiptHash)
	}
	return t, nil
}

// Root returns the trie root: the block's receiptsRoot.
func (t *ReceiptTrie) Root() common.Hash { return t.trie.Hash() }

// Len returns the number of receipts.
func (t *ReceiptTrie) Len() int { return len(t.values) }

// Proof is a receipt's membership proof in the form the root contracts
// take: the raw trie nodes from the root down and the path 0x00 ‖
// RLP(txIndex).
type Proof struct {
	Path  []byte
	Nodes [][]byte
	// Value is the receipt's consensus encoding, the value the proof ends at.
	Value []byte
}

// Prove returns the proof of the receipt at txIndex.
func (t *ReceiptTrie) Prove(txIndex uint64) (*Proof, error) {
	if txIndex >= uint64(len(t.values)) {
		return nil, nodeError(ErrIndexOutOfRange, -1, "no receipt %d of %d", txIndex, len(t.values))
	}
	var nodes orderedNodes
	if err := t.trie.Prove(receiptKey(txIndex), &nodes); err != nil {
		return nil, nodeError(ErrBadNode, -1, "proving receipt %d: %v", txIndex, err)
	}
	return &Proof{Path: ReceiptPath(txIndex), Nodes: nodes, Value: bytes.Clone(t.values[txIndex])}, nil
}

// orderedNodes collects proof nodes in the order the trie writes them
// (root first).
type orderedNodes [][]byte

func (o *orderedNodes) Put(_ []byte, value []byte) error {
	*o = append(*o, bytes.Clone(value))
	return nil
}

func (o *orderedNodes) Delete([]byte) error { return nil }

func receiptKey(i uint64) []byte {
	k, _ := rlp.EncodeToBytes(i) // encoding a uint64 cannot fail
	return k
}

// ReceiptPath returns the path of a receipt in the contracts' form:
// 0x00 ‖ RLP(txIndex) (the exit payload's branch mask).
func ReceiptPath(txIndex uint64) []byte {
	return append([]byte{0x00}, receiptKey(txIndex)...)
}

// EncodeNodes encodes proof nodes as the exit payload carries them: one
// RLP list whose items are the nodes' own encodings (each node is itself
// an RLP list, embedded as is).
func EncodeNodes(nodes [][]byte) []byte {
	size := 0
	for _, n := range nodes {
		size += len(n)
	}
	out := make([]byte, 0, size+9)
	out = appendListHeader(out, size)
	for _, n := range nodes {
		out = append(out, n...)
	}
	return out
}

func appendListHeader(b []byte, size int) []byte {
	if size < 56 {
		return append(b, 0xc0+byte(size))
	}
	var lenBytes []byte
	for s := size; s > 0; s >>= 8 {
		lenBytes = append([]byte{byte(s)}, lenBytes...)
	}
	return append(append(b, 0xf7+byte(len(lenBytes))), lenBytes...)
}

// DecodeNodes parses EncodeNodes' output strictly: one canonical RLP list
// of at most MaxProofNodes lists, nothing after it. It never allocates
// more than the input's size.
func DecodeNodes(b []byte) ([][]byte, error) {
	content, rest, err := rlp.SplitList(b)
	if err != nil {
		return nil, nodeError(ErrBadNode, -1, "proof is not an RLP list: %v", err)
	}
	if len(rest) != 0 {
		return nil, nodeError(ErrBadNode, -1, "%d bytes after the proof", len(rest))
	}
	var nodes [][]byte
	for len(content) > 0 {
		if len(nodes) == MaxProofNodes {
			return nil, nodeError(ErrTooLarge, -1, "more than %d nodes", MaxProofNodes)
		}
		kind, _, r, err := rlp.Split(content)
		if err != nil {
			return nil, nodeError(ErrBadNode, len(nodes), "%v", err)
		}
		if kind != rlp.List {
			return nil, nodeError(ErrBadNode, len(nodes), "node is not an RLP list")
		}
		nodes = append(nodes, content[:len(content)-len(r)])
		content = r
	}
	return nodes, nil
}
