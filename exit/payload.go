package exit

import (
	"math/big"

	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// Bounds on payloads.
const (
	// MaxPayloadSize bounds an encoded payload.
	MaxPayloadSize = 4 << 20
	// MaxBlockProofDepth bounds the block proof: a checkpoint covers at most
	// 2^15 blocks.
	MaxBlockProofDepth = 15
)

// Payload is the input of RootChainManager.exit(bytes): an RLP list of
// ten items proving that a burn log is in a block that is in a checkpoint.
type Payload struct {
	HeaderNumber *big.Int    // 0: the checkpoint id (a multiple of 10000)
	BlockProof   []byte      // 1: siblings of the block's leaf, 32 bytes each, leaf to root
	BlockNumber  uint64      // 2
	BlockTime    uint64      // 3
	TxRoot       common.Hash // 4
	ReceiptRoot  common.Hash // 5
	Receipt      []byte      // 6: the receipt's consensus encoding
	ReceiptProof [][]byte    // 7: trie nodes, root first (carried as one RLP list)
	BranchMask   []byte      // 8: 0x00 ‖ RLP(txIndex)
	LogIndex     uint64      // 9: the log's index within the receipt
}

// Encode returns the RLP encoding exit(bytes) takes.
func (p *Payload) Encode() ([]byte, error) {
	if p.HeaderNumber == nil || p.HeaderNumber.Sign() < 0 {
		return nil, makeError(ErrMalformed, nil, "header number %v", p.HeaderNumber)
	}
	out, err := rlp.EncodeToBytes([]any{
		p.HeaderNumber, p.BlockProof, p.BlockNumber, p.BlockTime, p.TxRoot, p.ReceiptRoot,
		p.Receipt, mpt.EncodeNodes(p.ReceiptProof), p.BranchMask, p.LogIndex,
	})
	if err != nil {
		return nil, makeError(ErrMalformed, err, "encoding")
	}
	return out, nil
}

// Decode parses a payload strictly: one canonical RLP list of exactly ten
// strings with nothing after it, canonical integers (uint64 except the
// header number, at most 32 bytes), 32-byte roots, a block proof of whole
// 32-byte words no deeper than MaxBlockProofDepth, a non-empty receipt and
// branch mask, and a receipt proof that DecodeNodes accepts.
func Decode(b []byte) (*Payload, error) {
	if len(b) > MaxPayloadSize {
		return nil, makeError(ErrMalformed, nil, "%d bytes, more than %d", len(b), MaxPayloadSize)
	}
	content, rest, err := rlp.SplitList(b)
	if err != nil || len(rest) != 0 {
		return nil, makeError(ErrMalformed, err, "not one RLP list")
	}
	var items [10][]byte
	for i := 0; i < 10; i++ {
		kind, val, r, err := rlp.Split(content)
		if err != nil || kind == rlp.List {
			return nil, makeError(ErrMalformed, err, "item %d is not a string", i)
		}
		items[i], content = val, r
	}
	if len(content) != 0 {
		return nil, makeError(ErrMalformed, nil, "more than 10 items")
	}
	p := &Payload{BlockProof: items[1], Receipt: items[6], BranchMask: items[8]}
	if len(items[0]) > 32 || (len(items[0]) > 0 && items[0][0] == 0) {
		return nil, makeError(ErrMalformed, nil, "header number is not a canonical uint256")
	}
	p.HeaderNumber = new(big.Int).SetBytes(items[0])
	for _, f := range []struct {
		at  int
		dst *uint64
	}{{2, &p.BlockNumber}, {3, &p.BlockTime}, {9, &p.LogIndex}} {
		v, err := canonicalUint64(items[f.at])
		if err != nil {
			return nil, makeError(ErrMalformed, err, "item %d", f.at)
		}
		*f.dst = v
	}
	for _, f := range []struct {
		at  int
		dst *common.Hash
	}{{4, &p.TxRoot}, {5, &p.ReceiptRoot}} {
		if len(items[f.at]) != 32 {
			return nil, makeError(ErrMalformed, nil, "item %d is %d bytes, want 32", f.at, len(items[f.at]))
		}
		*f.dst = common.BytesToHash(items[f.at])
	}
	if len(p.BlockProof)%32 != 0 || len(p.BlockProof)/32 > MaxBlockProofDepth {
		return nil, makeError(ErrMalformed, nil, "block proof of %d bytes", len(p.BlockProof))
	}
	if len(p.Receipt) == 0 || len(p.BranchMask) == 0 {
		return nil, makeError(ErrMalformed, nil, "empty receipt or branch mask")
	}
	if p.ReceiptProof, err = mpt.DecodeNodes(items[7]); err != nil {
		return nil, makeError(ErrMalformed, err, "receipt proof")
	}
	return p, nil
}

func canonicalUint64(b []byte) (uint64, error) {
	if len(b) > 8 || (len(b) > 0 && b[0] == 0) {
		return 0, errNotUint64
	}
	var v uint64
	for _, x := range b {
		v = v<<8 | uint64(x)
	}
	return v, nil
}

var errNotUint64 = makeError(ErrMalformed, nil, "not a canonical uint64")

// ExitHash returns the root contract's replay key for this exit:
// keccak256(abi.encodePacked(uint256 blockNumber, nibbles(branchMask),
// uint256 logIndex)), where nibbles(branchMask) is the contract's nibble
// array of the branch mask (one byte per nibble).
func (p *Payload) ExitHash() common.Hash {
	buf := make([]byte, 0, 64+2*len(p.BranchMask))
	buf = append(buf, common.BigToHash(new(big.Int).SetUint64(p.BlockNumber)).Bytes()...)
	buf = append(buf, mpt.PathNibbles(p.BranchMask)...)
	buf = append(buf, common.BigToHash(new(big.Int).SetUint64(p.LogIndex)).Bytes()...)
	return crypto.Keccak256Hash(buf)
}
