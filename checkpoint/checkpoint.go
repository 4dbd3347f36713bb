package checkpoint

import (
	"crypto/ecdsa"
	"encoding/binary"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// MaxLength is the most blocks one checkpoint may cover: the limit of
// bor_getRootHash (2^15). Delivery's own parameter is lower (1024).
const MaxLength = 1 << 15

// DataLen returns the length of checkpoint data in layout l: 224 bytes
// (7 words: upstream's six plus the epoch) for BTTC, 192 (6 words) for
// Upstream, 0 for an invalid layout.
func DataLen(l bttc.Layout) int {
	switch l {
	case bttc.BTTC:
		return 7 * 32
	case bttc.Upstream:
		return 6 * 32
	}
	return 0
}

// Data is checkpoint data: what Delivery validators agree on and sign: a range of
// BTTC blocks, the Merkle root of their headers and the root of the
// dividend accounts.
type Data struct {
	Proposer        common.Address
	StartBlock      uint64
	EndBlock        uint64
	RootHash        common.Hash
	AccountRootHash common.Hash
	BorChainID      uint64
	Epoch           uint64 // BTTC only: TRON ack count + 1
}

// ValidateBasic checks what Delivery checks of a checkpoint message
// without state: a non-zero root hash and proposer, start below end, and
// (for this SDK) a range of at most MaxLength blocks.
func (c *Data) ValidateBasic() error {
	switch {
	case c.RootHash == (common.Hash{}):
		return makeError(ErrInvalid, "zero root hash")
	case c.Proposer == (common.Address{}):
		return makeError(ErrInvalid, "zero proposer")
	case c.StartBlock >= c.EndBlock:
		return makeError(ErrInvalid, "start %d not below end %d", c.StartBlock, c.EndBlock)
	case c.EndBlock-c.StartBlock >= MaxLength:
		return makeError(ErrInvalid, "%d blocks, more than %d", c.EndBlock-c.StartBlock+1, MaxLength)
	}
	return nil
}

// SignBytes returns the data validators sign and the root contract
// receives: pad32(proposer) ‖ pad32(start) ‖ pad32(end) ‖ rootHash ‖
// accountRootHash ‖ pad32(borChainID), and for BTTC ‖ pad32(epoch). An
// invalid layout gives nil.
func (c *Data) SignBytes(v bttc.Layout) []byte {
	if !v.Valid() {
		return nil
	}
	out := make([]byte, DataLen(v))
	copy(out[12:32], c.Proposer[:])
	binary.BigEndian.PutUint64(out[56:64], c.StartBlock)
	binary.BigEndian.PutUint64(out[88:96], c.EndBlock)
	copy(out[96:128], c.RootHash[:])
	copy(out[128:160], c.AccountRootHash[:])
	binary.BigEndian.PutUint64(out[184:192], c.BorChainID)
	if v == bttc.BTTC {
		binary.BigEndian.PutUint64(out[216:224], c.Epoch)
	}
	return out
}

// VoteHash returns keccak256(0x01 ‖ SignBytes(v)): what each validator
// signs (0x01 is the side-transaction vote "yes"; there is no Ethereum
// signed-message prefix).
func (c *Data) VoteHash(v bttc.Layout) common.Hash {
	return voteHash(c.SignBytes(v))
}

func voteHash(data []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{0x01}, data)
}

// DecodeSignBytes parses checkpoint data strictly: 192 bytes (Upstream) or
// 224 (BTTC); the proposer word's 12 padding bytes and the 24 high bytes
// of every number word must be zero (numbers are uint64 here).
func DecodeSignBytes(data []byte) (*Data, bttc.Layout, error) {
	var v bttc.Layout
	switch len(data) {
	case DataLen(bttc.BTTC):
		v = bttc.BTTC
	case DataLen(bttc.Upstream):
		v = bttc.Upstream
	default:
		return nil, 0, makeError(ErrBadLength, "%d bytes of checkpoint data, want 192 or 224", len(data))
	}
	if !allZero(data[:12]) {
		return nil, 0, makeError(ErrBadPadding, "proposer word has non-zero padding")
	}
	c := &Data{
		Proposer:        common.BytesToAddress(data[12:32]),
		RootHash:        common.BytesToHash(data[96:128]),
		AccountRootHash: common.BytesToHash(data[128:160]),
	}
	type numWord struct {
		at   int
		dst  *uint64
		name string
	}
	words := []numWord{{32, &c.StartBlock, "start"}, {64, &c.EndBlock, "end"}, {160, &c.BorChainID, "borChainID"}}
	if v == bttc.BTTC {
		words = append(words, numWord{192, &c.Epoch, "epoch"})
	}
	for _, w := range words {
		if !allZero(data[w.at : w.at+24]) {
			return nil, 0, makeError(ErrBadPadding, "%s does not fit 64 bits", w.name)
		}
		*w.dst = binary.BigEndian.Uint64(data[w.at+24 : w.at+32])
	}
	return c, v, nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// Sign signs the checkpoint's vote hash with a validator key: 65 bytes,
// low-s, V 0 or 1.
func Sign(c *Data, v bttc.Layout, key *ecdsa.PrivateKey) (sigagg.Signature, error) {
	if !v.Valid() {
		return sigagg.Signature{}, makeError(ErrBadLayout, "layout %s", v)
	}
	h := c.VoteHash(v)
	raw, err := crypto.Sign(h[:], key)
	if err != nil {
		return sigagg.Signature{}, wrapError(ErrInvalid, err, "signing")
	}
	return sigagg.ParseSignature(raw)
}
