package eventpacket

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// The canonical encoding is written and read by hand, word by word: it is
// the Solidity ABI encoding of the packet tuple (see Encode), which the
// tests check against go-ethereum's abi package on every kind, and it is
// an order of magnitude cheaper than reflecting through that package.

const (
	headWords     = 13 // the packet tuple's head
	payloadOffset = headWords * 32
)

func putUint64(w []byte, v uint64) { binary.BigEndian.PutUint64(w[24:32], v) }

func putAddress(w []byte, a common.Address) { copy(w[12:32], a[:]) }

func putBig(w []byte, v *big.Int) { v.FillBytes(w[:32]) }

func padded(n int) int { return (n + 31) / 32 * 32 }

// payloadSize is the payload's encoded size.
func payloadSize(pl Payload) int {
	switch pl := pl.(type) {
	case *FTTransfer:
		return 4 * 32
	case *NFTTransfer:
		return (5 + len(pl.IDs)) * 32
	case *ContractState, *Governance:
		return 3 * 32
	case *Generic:
		return 64 + padded(len(pl.Data))
	}
	return 0
}

// writePayload writes the payload's ABI encoding into out (zeroed, of
// payloadSize bytes).
func writePayload(out []byte, pl Payload) {
	switch pl := pl.(type) {
	case *FTTransfer:
		putAddress(out[0:], pl.Token)
		putAddress(out[32:], pl.From)
		putAddress(out[64:], pl.To)
		putBig(out[96:], pl.Amount)
	case *NFTTransfer:
		putAddress(out[0:], pl.Token)
		putAddress(out[32:], pl.From)
		putAddress(out[64:], pl.To)
		putUint64(out[96:], 128)
		putUint64(out[128:], uint64(len(pl.IDs)))
		for i, id := range pl.IDs {
			putBig(out[160+32*i:], id)
		}
	case *ContractState:
		putAddress(out[0:], pl.Contract)
		copy(out[32:64], pl.Key[:])
		copy(out[64:96], pl.Value[:])
	case *Governance:
		putBig(out[0:], pl.ProposalID)
		out[63] = pl.Action
		copy(out[64:96], pl.ParamsHash[:])
	case *Generic:
		putUint64(out[0:], 32)
		putUint64(out[32:], uint64(len(pl.Data)))
		copy(out[64:], pl.Data)
	}
}

// encode writes a valid packet.
func (p *Packet) encode() []byte {
	size := payloadSize(p.Payload)
	out := make([]byte, payloadOffset+32+padded(size))
	out[31] = p.Version
	out[63] = byte(p.Kind)
	putUint64(out[64:], p.SourceChainID)
	putAddress(out[96:], p.Emitter)
	putUint64(out[128:], p.Sequence)
	putUint64(out[160:], p.SourceBlockNumber)
	copy(out[192:224], p.SourceBlockHash[:])
	copy(out[224:256], p.TxHash[:])
	putUint64(out[256:], uint64(p.LogIndex))
	putUint64(out[288:], p.Timestamp)
	putUint64(out[320:], p.DestChainID)
	putAddress(out[352:], p.Receiver)
	putUint64(out[384:], payloadOffset)
	putUint64(out[416:], uint64(size))
	writePayload(out[448:448+size], p.Payload)
	return out
}

// reader reads 32-byte words strictly: every padding byte must be zero.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = makeError(ErrMalformed, nil, format, args...)
	}
}

func (r *reader) word(at int) []byte {
	if at < 0 || at+32 > len(r.b) {
		r.fail("truncated at byte %d", at)
		return make([]byte, 32)
	}
	return r.b[at : at+32]
}

func (r *reader) zero(w []byte, n int, what string) {
	for _, x := range w[:n] {
		if x != 0 {
			r.fail("%s has non-zero padding", what)
			return
		}
	}
}

func (r *reader) uint(at, bits int, what string) uint64 {
	w := r.word(at)
	r.zero(w, 32-bits/8, what)
	var v uint64
	for _, x := range w[32-bits/8:] {
		v = v<<8 | uint64(x)
	}
	return v
}

func (r *reader) address(at int, what string) common.Address {
	w := r.word(at)
	r.zero(w, 12, what)
	return common.BytesToAddress(w[12:])
}

func (r *reader) hash(at int) common.Hash { return common.BytesToHash(r.word(at)) }

func (r *reader) big(at int) *big.Int { return new(big.Int).SetBytes(r.word(at)) }

// decode parses the canonical encoding exactly: the payload offset must be
// 416, every length must match the bytes present, padding must be zero,
// and nothing may follow.
func decode(b []byte) (*Packet, error) {
	r := &reader{b: b}
	p := &Packet{
		Version:           uint8(r.uint(0, 8, "version")),
		Kind:              Kind(r.uint(32, 8, "kind")),
		SourceChainID:     r.uint(64, 64, "sourceChainId"),
		Emitter:           r.address(96, "emitter"),
		Sequence:          r.uint(128, 64, "sequence"),
		SourceBlockNumber: r.uint(160, 64, "sourceBlockNumber"),
		SourceBlockHash:   r.hash(192),
		TxHash:            r.hash(224),
		LogIndex:          uint32(r.uint(256, 32, "logIndex")),
		Timestamp:         r.uint(288, 64, "timestamp"),
		DestChainID:       r.uint(320, 64, "destChainId"),
		Receiver:          r.address(352, "receiver"),
	}
	if off := r.uint(384, 64, "payload offset"); r.err == nil && off != payloadOffset {
		r.fail("payload offset %d, want %d", off, payloadOffset)
	}
	size := r.uint(416, 64, "payload length")
	if r.err != nil {
		return nil, r.err
	}
	if size > MaxPayloadSize || uint64(len(b)) != 448+uint64(padded(int(size))) {
		return nil, makeError(ErrMalformed, nil, "payload length %d does not match %d bytes", size, len(b))
	}
	tail := b[448+size:]
	r.zero(tail, len(tail), "payload")
	if p.Version != Version {
		return nil, makeError(ErrUnknownVersion, nil, "packet version %d", p.Version)
	}
	pl, err := decodePayloadBytes(p.Kind, b[448:448+size])
	if err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, r.err
	}
	p.Payload = pl
	return p, nil
}

// decodePayloadBytes parses a payload of the kind exactly.
func decodePayloadBytes(k Kind, b []byte) (Payload, error) {
	r := &reader{b: b}
	want := -1
	var pl Payload
	switch k {
	case KindFTTransfer:
		want = 128
		pl = &FTTransfer{Token: r.address(0, "token"), From: r.address(32, "from"), To: r.address(64, "to"), Amount: r.big(96)}
	case KindNFTTransfer:
		nft := &NFTTransfer{Token: r.address(0, "token"), From: r.address(32, "from"), To: r.address(64, "to")}
		if off := r.uint(96, 64, "ids offset"); r.err == nil && off != 128 {
			r.fail("ids offset %d, want 128", off)
		}
		n := r.uint(128, 64, "ids length")
		if r.err == nil && n > MaxNFTIDs {
			return nil, makeError(ErrTooLarge, nil, "%d nft ids, more than %d", n, MaxNFTIDs)
		}
		if r.err == nil {
			want = 160 + 32*int(n)
			if len(b) == want {
				nft.IDs = make([]*big.Int, n)
				for i := range nft.IDs {
					nft.IDs[i] = r.big(160 + 32*i)
				}
			}
		}
		pl = nft
	case KindContractState:
		want = 96
		pl = &ContractState{Contract: r.address(0, "contract"), Key: r.hash(32), Value: r.hash(64)}
	case KindGovernance:
		want = 96
		pl = &Governance{ProposalID: r.big(0), Action: uint8(r.uint(32, 8, "action")), ParamsHash: r.hash(64)}
	case KindGeneric:
		if off := r.uint(0, 64, "data offset"); r.err == nil && off != 32 {
			r.fail("data offset %d, want 32", off)
		}
		n := r.uint(32, 64, "data length")
		if r.err == nil && n <= MaxPayloadSize {
			want = 64 + padded(int(n))
			if len(b) == want {
				r.zero(b[64+n:], want-64-int(n), "data")
				pl = &Generic{Data: append([]byte(nil), b[64:64+n]...)}
			}
		}
	default:
		return nil, makeError(ErrUnknownKind, nil, "packet kind %d", k)
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(b) != want {
		return nil, makeError(ErrMalformed, nil, "%s payload of %d bytes, want %d", k, len(b), want)
	}
	return pl, nil
}

// EncodePayload returns a payload's ABI encoding, the bytes an outbox
// contract takes as a packet's payload. The payload must be valid.
func EncodePayload(pl Payload) ([]byte, error) {
	if pl == nil {
		return nil, makeError(ErrPayloadMismatch, nil, "no payload")
	}
	if err := pl.validate(); err != nil {
		return nil, err
	}
	out := make([]byte, payloadSize(pl))
	writePayload(out, pl)
	return out, nil
}
