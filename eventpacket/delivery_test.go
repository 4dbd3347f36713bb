package eventpacket_test

import (
	"bytes"
	"context"
	"errors"
	"github.com/stretchr/testify/require"
	"math/rand/v2"
	"testing"

	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/eventpacket/packettest"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
)

var inbox = common.HexToAddress("0x00000000000000000000000000000000000001b0")

func delivery(t testing.TB, seed uint64) *packettest.Delivery {
	return packettest.New(seed).SignedBatch(37, 199, eventpacket.DefaultDomain(1, inbox), 7)
}

func TestVerifyDelivery(t *testing.T) {
	d := delivery(t, 1)
	for i, p := range d.Packets {
		proof, err := d.Batch.Prove(uint64(i))
		require.NoError(t, err)
		if err := eventpacket.VerifyDelivery(d.Domain, p, proof, d.Checkpoint, d.Signatures, d.Set, sigagg.CountQuorum); err != nil {
			t.Fatalf("packet %d: %v", i, err)
		}
	}
	p, proof := d.Packets[5], must(d.Batch.Prove(5))
	check := func(name string, dom eventpacket.Domain, p *eventpacket.Packet, proof *eventpacket.Proof, cp *eventpacket.PacketCheckpoint, sigs []sigagg.Signature, kind error) {
		t.Helper()
		err := eventpacket.VerifyDelivery(dom, p, proof, cp, sigs, d.Set, sigagg.CountQuorum)
		if !errors.Is(err, kind) {
			t.Fatalf("%s: %v, want %v", name, err, kind)
		}
	}
	// Signed for chain 1 and one inbox: another chain or contract fails.
	other := d.Domain
	other.VerifyingContract[0] ^= 1
	check("other contract", other, p, proof, d.Checkpoint, d.Signatures, sigagg.ErrUnknownSigner)
	other = d.Domain
	other.ChainID = 56
	check("other chain", other, p, proof, d.Checkpoint, d.Signatures, eventpacket.ErrWrongDestination)
	other.Name = "Another Bridge"
	other.ChainID = 1
	check("other name", other, p, proof, d.Checkpoint, d.Signatures, eventpacket.ErrBadSignatures)

	cp := *d.Checkpoint
	cp.SourceChainID = 200
	check("source", d.Domain, p, proof, &cp, d.Signatures, eventpacket.ErrWrongSource)
	cp = *d.Checkpoint
	cp.EndHeight = p.SourceBlockNumber - 1
	cp.StartHeight = 0
	check("range", d.Domain, p, proof, &cp, d.Signatures, eventpacket.ErrOutOfRange)
	cp = *d.Checkpoint
	cp.ValidatorSetHash[0] ^= 1
	check("set", d.Domain, p, proof, &cp, d.Signatures, eventpacket.ErrWrongValidatorSet)
	cp = *d.Checkpoint
	cp.PacketCount++ // same depth: the proof holds, the signatures do not
	check("count", d.Domain, p, proof, &cp, d.Signatures, eventpacket.ErrBadSignatures)
	cp.PacketCount = 1000 // another depth: the proof fails first
	check("count depth", d.Domain, p, proof, &cp, d.Signatures, merkle.ErrProofDepth)
	check("quorum", d.Domain, p, proof, d.Checkpoint, d.Signatures[:4], sigagg.ErrQuorum)
	check("wrong proof", d.Domain, p, must(d.Batch.Prove(6)), d.Checkpoint, d.Signatures, eventpacket.ErrNotIncluded)
}

// TestDeliveryMutations: one changed byte anywhere — in the packet's
// encoding, the proof, the checkpoint's fields or a signature — and
// VerifyDelivery fails.
func TestDeliveryMutations(t *testing.T) {
	d := delivery(t, 2)
	idx := uint64(11)
	p, proof := d.Packets[idx], must(d.Batch.Prove(idx))
	verify := func(p *eventpacket.Packet, proof *eventpacket.Proof, cp *eventpacket.PacketCheckpoint, sigs []sigagg.Signature) error {
		return eventpacket.VerifyDelivery(d.Domain, p, proof, cp, sigs, d.Set, sigagg.CountQuorum)
	}
	if err := verify(p, proof, d.Checkpoint, d.Signatures); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(2, 2))
	enc, _ := p.Encode()
	for i := range enc {
		bad := bytes.Clone(enc)
		bad[i] ^= byte(1 + r.IntN(255))
		q, err := eventpacket.Decode(bad)
		if err != nil {
			continue
		}
		if verify(q, proof, d.Checkpoint, d.Signatures) == nil {
			t.Fatalf("packet byte %d changed, still delivered", i)
		}
	}
	pb := proof.Bytes()
	for i := range pb {
		bad := bytes.Clone(pb)
		bad[i] ^= byte(1 + r.IntN(255))
		q, err := eventpacket.ParseProof(bad)
		if err != nil {
			continue
		}
		if verify(p, q, d.Checkpoint, d.Signatures) == nil {
			t.Fatalf("proof byte %d changed, still delivered", i)
		}
	}
	hashes := []*common.Hash{&d.Checkpoint.PacketRoot, &d.Checkpoint.StateRoot, &d.Checkpoint.ValidatorSetHash}
	for k := range hashes {
		for b := 0; b < 32; b++ {
			cp := *d.Checkpoint
			h := []*common.Hash{&cp.PacketRoot, &cp.StateRoot, &cp.ValidatorSetHash}[k]
			h[b] ^= 0x10
			if verify(p, proof, &cp, d.Signatures) == nil {
				t.Fatalf("checkpoint hash %d byte %d changed, still delivered", k, b)
			}
		}
	}
	for k, mod := range []func(c *eventpacket.PacketCheckpoint){
		func(c *eventpacket.PacketCheckpoint) { c.Number++ }, func(c *eventpacket.PacketCheckpoint) { c.StartHeight-- },
		func(c *eventpacket.PacketCheckpoint) { c.EndHeight++ }, func(c *eventpacket.PacketCheckpoint) { c.Version++ },
	} {
		cp := *d.Checkpoint
		mod(&cp)
		if verify(p, proof, &cp, d.Signatures) == nil {
			t.Fatalf("checkpoint field %d changed, still delivered", k)
		}
	}
	for i := range d.Signatures {
		for b := 0; b < 65; b++ {
			sigs := append([]sigagg.Signature(nil), d.Signatures...)
			sigs[i][b] ^= byte(1 + r.IntN(255))
			if verify(p, proof, d.Checkpoint, sigs) == nil {
				t.Fatalf("signature %d byte %d changed, still delivered", i, b)
			}
		}
	}
}

func TestMemoryGuard(t *testing.T) {
	g := eventpacket.NewMemoryGuard()
	id := common.HexToHash("0x01")
	if seen, _ := g.Seen(context.Background(), id); seen {
		t.Fatal("fresh guard has seen")
	}
	if err := g.Mark(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if err := g.Mark(context.Background(), id); !errors.Is(err, eventpacket.ErrReplay) {
		t.Fatalf("second delivery: %v", err)
	}
	if seen, _ := g.Seen(context.Background(), id); !seen {
		t.Fatal("marked id not seen")
	}
}

func TestNewBatchRejectsDuplicates(t *testing.T) {
	ps := packettest.New(3).Packets(4, 199, 1, 0, 9)
	ps[3].Emitter, ps[3].Sequence = ps[1].Emitter, ps[1].Sequence
	if _, err := eventpacket.NewBatch(ps); !errors.Is(err, eventpacket.ErrDuplicatePacket) {
		t.Fatal(err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
