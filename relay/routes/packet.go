package routes

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/statesync"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// PacketSigner gives the validators' signatures over a packet checkpoint
// for one destination (the EIP-712 domain): the in-process KeySigner now,
// the Delivery network later.
type PacketSigner interface {
	SignPacketCheckpoint(ctx context.Context, cp *eventpacket.PacketCheckpoint, d eventpacket.Domain) ([]sigagg.Signature, error)
}

// SignPacketCheckpoint implements PacketSigner.
func (s *KeySigner) SignPacketCheckpoint(_ context.Context, cp *eventpacket.PacketCheckpoint, d eventpacket.Domain) ([]sigagg.Signature, error) {
	return s.sign(cp.Digest(d), func(k *ecdsa.PrivateKey) (sigagg.Signature, error) { return eventpacket.Sign(cp, d, k) })
}

// PacketEvents reads the packets a source chain emitted for a destination
// chain in blocks [from, to], in log order.
type PacketEvents interface {
	Packets(ctx context.Context, src relay.Source, from, to, destChainID uint64) ([]*eventpacket.Packet, error)
}

// OutboxEvents are the PacketSent events of a PacketOutbox (v2 packets).
type OutboxEvents struct{ Outbox common.Address }

// Packets implements PacketEvents.
func (o OutboxEvents) Packets(ctx context.Context, src relay.Source, from, to, dest uint64) ([]*eventpacket.Packet, error) {
	logs, err := src.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: u(from), ToBlock: u(to), Addresses: []common.Address{o.Outbox},
		Topics: [][]common.Hash{{eventpacket.PacketSentEventID}, nil, {common.BigToHash(u(dest))}}})
	if err != nil {
		return nil, err
	}
	var out []*eventpacket.Packet
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		p, err := eventpacket.DecodePacketSent(&logs[i])
		if err != nil {
			continue // not a well-formed packet: nothing to deliver
		}
		out = append(out, p)
	}
	return out, nil
}

// StateSyncEvents are a root chain StateSender's StateSynced events
// (deposits and token mappings), as packets (eventpacket.FromStateSynced):
// the deposit route.
type StateSyncEvents struct {
	StateSender common.Address
	ChainID     uint64
}

// Packets implements PacketEvents.
func (e StateSyncEvents) Packets(ctx context.Context, src relay.Source, from, to, dest uint64) ([]*eventpacket.Packet, error) {
	logs, err := src.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: u(from), ToBlock: u(to), Addresses: []common.Address{e.StateSender},
		Topics: [][]common.Hash{{statesync.StateSyncedEventID}}})
	if err != nil {
		return nil, err
	}
	times := map[uint64]uint64{}
	var out []*eventpacket.Packet
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		ev, err := statesync.DecodeStateSynced(l)
		if err != nil {
			continue
		}
		ts, ok := times[l.BlockNumber]
		if !ok {
			h, err := src.HeaderByNumber(ctx, u(l.BlockNumber))
			if err != nil {
				return nil, err
			}
			ts, times[l.BlockNumber] = h.Time, h.Time
		}
		p, err := eventpacket.FromStateSynced(ev, e.StateSender, eventpacket.Source{ChainID: e.ChainID, BlockNumber: l.BlockNumber,
			BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: uint32(l.Index), Timestamp: ts}, dest)
		if err != nil {
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

// PacketJob relays Event Packets: the packets Events reads on the source
// chain (an outbox's PacketSent events, or a StateSender's deposits),
// batched by block range (the packets of blocks [k·Range, (k+1)·Range − 1]
// form batch k, once all those blocks are final), the batch's EIP-712
// checkpoint signed by the validators for the destination inbox, and each
// packet delivered with its inclusion proof.
type PacketJob struct {
	// Events reads the packets; Source is the chain they are on.
	Events PacketEvents
	Source relay.Source
	// SourceChainID is the source chain; Domain the destination chain and
	// inbox (packets for other destinations are not taken).
	SourceChainID uint64
	Domain        eventpacket.Domain
	// Range is the blocks per batch (default 16).
	Range  uint64
	Signer PacketSigner
	Set    *sigagg.ValidatorSet
	Policy sigagg.Policy

	mu      sync.Mutex
	batches map[uint64]*signedBatch // batch number → signed batch
}

type signedBatch struct {
	batch   *eventpacket.Batch
	packets []*eventpacket.Packet
	cp      *eventpacket.PacketCheckpoint
	sigs    []sigagg.Signature
}

// PacketTaskID is the task ID of the packet with id.
func PacketTaskID(id common.Hash) string { return "packet/" + id.Hex() }

func (j *PacketJob) rangeSize() uint64 {
	if j.Range == 0 {
		return 16
	}
	return j.Range
}

// Observe implements relay.Job: one task per packet sent to the domain's
// chain.
func (j *PacketJob) Observe(ctx context.Context, src relay.Source, from, to uint64) ([]*relay.Task, error) {
	packets, err := j.Events.Packets(ctx, src, from, to, j.Domain.ChainID)
	if err != nil {
		return nil, err
	}
	var tasks []*relay.Task
	for _, p := range packets {
		id, err := p.ID()
		if err != nil {
			continue
		}
		enc, err := p.Encode()
		if err != nil {
			continue
		}
		tasks = append(tasks, &relay.Task{ID: PacketTaskID(id), Block: p.SourceBlockNumber, Data: enc})
	}
	return tasks, nil
}

// Prove implements relay.Job: the packet's batch once its whole range is
// final, signed once per batch, the delivery checked off-chain with
// eventpacket.VerifyDelivery before the calldata is built.
func (j *PacketJob) Prove(ctx context.Context, t *relay.Task) (bool, string, error) {
	packet, err := eventpacket.Decode(t.Data)
	if err != nil {
		return false, "", relay.Errorf(relay.ErrBadState, err, "stored packet of %s", t.ID)
	}
	k := t.Block / j.rangeSize()
	start, end := k*j.rangeSize(), (k+1)*j.rangeSize()-1
	final, err := j.Source.Head(ctx)
	if err != nil {
		return false, "", err
	}
	if final.Number.Uint64() < end {
		return false, fmt.Sprintf("waiting for blocks up to %d (batch %d) to be final", end, k), nil
	}
	sb, err := j.signed(ctx, k, start, end)
	if err != nil {
		return false, "", err
	}
	id, _ := packet.ID()
	index := -1
	for i, p := range sb.packets {
		if pid, _ := p.ID(); pid == id {
			index = i
		}
	}
	if index < 0 {
		return false, "", relay.Errorf(relay.ErrBadState, nil, "packet %s is not in batch %d", id, k)
	}
	proof, err := sb.batch.Prove(uint64(index))
	if err != nil {
		return false, "", err
	}
	if err := eventpacket.VerifyDelivery(j.Domain, packet, proof, sb.cp, sb.sigs, j.Set, j.Policy); err != nil {
		return false, "", err
	}
	calldata, err := packDeliver(t.Data, proof, sb.cp, sb.sigs)
	if err != nil {
		return false, "", err
	}
	t.Payload = calldata
	return true, "", nil
}

// signed returns batch k, built from the chain and signed once.
func (j *PacketJob) signed(ctx context.Context, k, start, end uint64) (*signedBatch, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if sb, ok := j.batches[k]; ok {
		return sb, nil
	}
	cp, batch, packets, err := PacketBatch(ctx, j.Events, j.Source, j.SourceChainID, j.Domain.ChainID, k, end-start+1, j.Set)
	if err != nil {
		return nil, err
	}
	if cp == nil {
		return nil, errors.New("the batch's range holds no packet for this destination")
	}
	sigs, err := j.Signer.SignPacketCheckpoint(ctx, cp, j.Domain)
	if err != nil {
		return nil, err
	}
	if j.batches == nil {
		j.batches = map[uint64]*signedBatch{}
	}
	for old := range j.batches {
		if old+256 < k {
			delete(j.batches, old) // delivered long ago, or given up
		}
	}
	sb := &signedBatch{batch: batch, packets: packets, cp: cp, sigs: sigs}
	j.batches[k] = sb
	return sb, nil
}

// PacketBatch builds batch k of packets from a source to the chain dest:
// the packets events reads in source blocks [k·rng, (k+1)·rng − 1], their
// tree, and the batch's checkpoint (Number k, committing to set). It
// returns a nil checkpoint when the range holds no packet for dest. The
// relay's PacketJob and the Delivery Chain's validators both build batches
// with it, so they sign and deliver the same checkpoint.
func PacketBatch(ctx context.Context, events PacketEvents, src relay.Source, sourceChainID, dest, k, rng uint64,
	set *sigagg.ValidatorSet) (*eventpacket.PacketCheckpoint, *eventpacket.Batch, []*eventpacket.Packet, error) {
	start, end := k*rng, (k+1)*rng-1
	packets, err := events.Packets(ctx, src, start, end, dest)
	if err != nil || len(packets) == 0 {
		return nil, nil, nil, err
	}
	batch, err := eventpacket.NewBatch(packets)
	if err != nil {
		return nil, nil, nil, err
	}
	cp := &eventpacket.PacketCheckpoint{Version: eventpacket.Version, SourceChainID: sourceChainID, Number: k,
		StartHeight: start, EndHeight: end, PacketRoot: batch.Root(), PacketCount: batch.Len(), ValidatorSetHash: set.Hash()}
	return cp, batch, packets, nil
}

// inbox is the PacketInbox ABI, parsed once.
var inbox = sync.OnceValues(func() (*abi.ABI, error) { return contracts.PacketInboxMetaData.GetAbi() })

func packDeliver(packet []byte, proof *eventpacket.Proof, cp *eventpacket.PacketCheckpoint, sigs []sigagg.Signature) ([]byte, error) {
	a, err := inbox()
	if err != nil {
		return nil, err
	}
	siblings := make([][32]byte, len(proof.Siblings))
	for i, s := range proof.Siblings {
		siblings[i] = s
	}
	words := make([][3]*big.Int, len(sigs))
	for i := range sigs {
		words[i] = sigs[i].ToContract()
	}
	arg := contracts.PacketInboxCheckpoint{Version: cp.Version, SourceChainId: u(cp.SourceChainID), Number: cp.Number,
		StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, PacketRoot: cp.PacketRoot, PacketCount: cp.PacketCount,
		StateRoot: cp.StateRoot, ValidatorSetHash: cp.ValidatorSetHash}
	return a.Pack("deliver", packet, u(proof.Index), siblings, arg, words)
}

// PacketDest delivers packets to a PacketInbox.
type PacketDest struct {
	Inbox common.Address
	Chain chains.Caller
	// Gas is the gas limit of a delivery (default 1,000,000).
	Gas uint64
}

// Delivered implements relay.Destination: the inbox has the packet's ID.
func (d *PacketDest) Delivered(ctx context.Context, t *relay.Task) (bool, error) {
	p, err := eventpacket.Decode(t.Data)
	if err != nil {
		return false, relay.Errorf(relay.ErrBadState, err, "stored packet of %s", t.ID)
	}
	id, err := p.ID()
	if err != nil {
		return false, relay.Errorf(relay.ErrBadState, err, "stored packet of %s", t.ID)
	}
	a, err := inbox()
	if err != nil {
		return false, err
	}
	data, err := a.Pack("delivered", id)
	if err != nil {
		return false, err
	}
	out, err := d.Chain.CallContract(ctx, ethereum.CallMsg{To: &d.Inbox, Data: data}, nil)
	if err != nil {
		return false, err
	}
	vals, err := a.Unpack("delivered", out)
	if err != nil || len(vals) != 1 {
		return false, fmt.Errorf("delivered returned %d bytes", len(out))
	}
	done, _ := vals[0].(bool)
	return done, nil
}

// Call implements relay.Destination.
func (d *PacketDest) Call(t *relay.Task) (common.Address, []byte, uint64, error) {
	if len(t.Payload) == 0 {
		return common.Address{}, nil, 0, relay.Errorf(relay.ErrBadState, nil, "packet %s has no calldata", t.ID)
	}
	gas := d.Gas
	if gas == 0 {
		gas = 1_000_000
	}
	return d.Inbox, t.Payload, gas, nil
}

var (
	_ relay.Job         = (*PacketJob)(nil)
	_ relay.Destination = (*PacketDest)(nil)
)
