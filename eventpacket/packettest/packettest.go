// Package packettest generates deterministic Event Packets, batches and
// signed packet checkpoints for property tests in any package. The same
// seed gives the same values everywhere.
package packettest

import (
	"encoding/binary"
	"math/big"

	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Gen derives values from a seed.
type Gen struct {
	seed uint64
	ctr  uint64
}

// New returns a generator for seed.
func New(seed uint64) *Gen { return &Gen{seed: seed} }

func (g *Gen) hash() common.Hash {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], g.seed)
	binary.BigEndian.PutUint64(buf[8:], g.ctr)
	g.ctr++
	return crypto.Keccak256Hash(buf[:])
}

func (g *Gen) addr() common.Address { return common.BytesToAddress(g.hash().Bytes()) }

func (g *Gen) uint64n(n uint64) uint64 { return binary.BigEndian.Uint64(g.hash().Bytes()) % n }

// Packet returns a valid packet of the kind (a random kind if 0) from
// source chain src to dest, at a height in [lo, hi].
func (g *Gen) Packet(kind eventpacket.Kind, src, dest uint64, lo, hi uint64) *eventpacket.Packet {
	if kind == 0 {
		kind = eventpacket.Kind(1 + g.uint64n(5))
	}
	p := &eventpacket.Packet{
		Version: eventpacket.Version, Kind: kind, SourceChainID: src, Emitter: g.addr(), Sequence: g.uint64n(1 << 40),
		SourceBlockNumber: lo + g.uint64n(hi-lo+1), SourceBlockHash: g.hash(), TxHash: g.hash(),
		LogIndex: uint32(g.uint64n(500)), Timestamp: 1_700_000_000 + g.uint64n(1<<24), DestChainID: dest, Receiver: g.addr(),
	}
	switch kind {
	case eventpacket.KindFTTransfer:
		p.Payload = &eventpacket.FTTransfer{Token: g.addr(), From: g.addr(), To: g.addr(), Amount: new(big.Int).SetBytes(g.hash().Bytes()[:12])}
	case eventpacket.KindNFTTransfer:
		ids := make([]*big.Int, 1+g.uint64n(5))
		next := g.uint64n(1000)
		for i := range ids {
			ids[i] = new(big.Int).SetUint64(next)
			next += 1 + g.uint64n(100)
		}
		p.Payload = &eventpacket.NFTTransfer{Token: g.addr(), From: g.addr(), To: g.addr(), IDs: ids}
	case eventpacket.KindContractState:
		p.Payload = &eventpacket.ContractState{Contract: g.addr(), Key: g.hash(), Value: g.hash()}
	case eventpacket.KindGovernance:
		p.Payload = &eventpacket.Governance{ProposalID: new(big.Int).SetUint64(g.uint64n(1 << 32)), Action: uint8(1 + g.uint64n(200)), ParamsHash: g.hash()}
	default:
		data := make([]byte, 1+g.uint64n(300))
		for i := range data {
			data[i] = byte(g.uint64n(256))
		}
		p.Payload = &eventpacket.Generic{Data: data}
	}
	return p
}

// Packets returns n valid packets with distinct IDs.
func (g *Gen) Packets(n int, src, dest, lo, hi uint64) []*eventpacket.Packet {
	out := make([]*eventpacket.Packet, n)
	for i := range out {
		out[i] = g.Packet(0, src, dest, lo, hi)
		out[i].Sequence = uint64(i) // distinct IDs even for a repeated emitter
	}
	return out
}

// Delivery is everything a destination verifier receives for one batch.
type Delivery struct {
	Domain     eventpacket.Domain
	Batch      *eventpacket.Batch
	Packets    []*eventpacket.Packet
	Checkpoint *eventpacket.PacketCheckpoint
	Signatures []sigagg.Signature
	Set        *sigagg.ValidatorSet
	Keys       []sigaggtest.Key
}

// SignedBatch builds a batch of n packets from src to the domain's chain,
// its checkpoint, and the signatures of a quorum (n*2/3+1) of a
// validators-sized set.
func (g *Gen) SignedBatch(n int, src uint64, d eventpacket.Domain, validators int) *Delivery {
	packets := g.Packets(n, src, d.ChainID, 1000, 2000)
	batch, err := eventpacket.NewBatch(packets)
	if err != nil {
		panic("packettest: " + err.Error()) // generated packets are valid by construction
	}
	set, keys := sigaggtest.Set(g.seed, validators)
	cp := &eventpacket.PacketCheckpoint{Version: eventpacket.Version, SourceChainID: src, Number: g.uint64n(1 << 20),
		StartHeight: 1000, EndHeight: 2000, PacketRoot: batch.Root(), PacketCount: batch.Len(), ValidatorSetHash: set.Hash()}
	var sigs []sigagg.Signature
	for _, k := range keys[:validators*2/3+1] {
		s, err := eventpacket.Sign(cp, d, k.Private)
		if err != nil {
			panic("packettest: " + err.Error())
		}
		sigs = append(sigs, s)
	}
	return &Delivery{Domain: d, Batch: batch, Packets: packets, Checkpoint: cp, Signatures: sigs, Set: set, Keys: keys}
}
