package eventpacket

import (
	"encoding/binary"
	"runtime"
	"sync"

	"github.com/bttc-relay/sdk/merkle"
	"github.com/ethereum/go-ethereum/common"
)

// Batch is a set of packets committed by one Merkle root: the tagged tree
// of package merkle over the packets' leaf hashes, in batch order
// (keccak256(0x00 ‖ packetHash) leaves, keccak256(0x01 ‖ left ‖ right)
// nodes, zero padding to a power of two).
type Batch struct {
	packets []*Packet
	tree    *merkle.Tree
}

// MaxBatch bounds the packets of one batch.
const MaxBatch = 1 << 20

// NewBatch validates and hashes the packets and builds their tree. Two
// packets with the same ID are refused (ErrDuplicatePacket).
func NewBatch(packets []*Packet) (*Batch, error) {
	if len(packets) == 0 || len(packets) > MaxBatch {
		return nil, makeError(ErrInvalid, nil, "batch of %d packets, want 1..%d", len(packets), MaxBatch)
	}
	leaves, err := leafHashes(packets)
	if err != nil {
		return nil, err
	}
	ids := make(map[common.Hash]int, len(packets))
	for i, p := range packets {
		id := p.id()
		if j, dup := ids[id]; dup {
			return nil, makeError(ErrDuplicatePacket, nil, "packets %d and %d have the same ID %s", j, i, id)
		}
		ids[id] = i
	}
	tree, err := merkle.NewTaggedTree(leaves)
	if err != nil {
		return nil, makeError(ErrInvalid, err, "building the tree")
	}
	return &Batch{packets: packets, tree: tree}, nil
}

// Root returns the packet root.
func (b *Batch) Root() common.Hash { return b.tree.Root() }

// Len returns the number of packets.
func (b *Batch) Len() uint64 { return b.tree.Len() }

// Prove returns the inclusion proof of packet i.
func (b *Batch) Prove(i uint64) (*Proof, error) {
	sib, err := b.tree.Prove(i)
	if err != nil {
		return nil, makeError(ErrInvalid, err, "proving packet %d", i)
	}
	return &Proof{Index: i, Siblings: sib}, nil
}

// Proof is a packet's inclusion proof: its index in the batch and its
// siblings from the leaf up.
type Proof struct {
	Index    uint64
	Siblings []common.Hash
}

// Bytes returns the proof's wire form: pad32(index) ‖ siblings (32 bytes
// each), ready for a contract as (uint256 index, bytes32[] siblings)
// after splitting.
func (p *Proof) Bytes() []byte {
	out := make([]byte, 32, 32+32*len(p.Siblings))
	binary.BigEndian.PutUint64(out[24:32], p.Index)
	return merkle.AppendProofBytes(out, p.Siblings)
}

// ParseProof parses the wire form strictly: a 32-byte index that fits 64
// bits, then whole 32-byte siblings, at most merkle.MaxDepth of them.
func ParseProof(b []byte) (*Proof, error) {
	if len(b) < 32 {
		return nil, makeError(ErrMalformed, nil, "proof of %d bytes", len(b))
	}
	for _, x := range b[:24] {
		if x != 0 {
			return nil, makeError(ErrMalformed, nil, "proof index does not fit 64 bits")
		}
	}
	sib, err := merkle.ParseProof(b[32:])
	if err != nil {
		return nil, makeError(ErrMalformed, err, "proof siblings")
	}
	return &Proof{Index: binary.BigEndian.Uint64(b[24:32]), Siblings: sib}, nil
}

// VerifyInclusion checks that packet is in the batch with the given root
// and packet count (merkle.VerifyTagged: exact depth, index below count).
func VerifyInclusion(root common.Hash, count uint64, packet *Packet, proof *Proof) error {
	if proof == nil {
		return makeError(ErrNotIncluded, nil, "no proof")
	}
	leaf, err := packet.LeafHash()
	if err != nil {
		return err
	}
	if err := merkle.VerifyTagged(root, count, proof.Index, leaf, proof.Siblings); err != nil {
		return makeError(ErrNotIncluded, err, "packet %s not in root %s", packet.id(), root)
	}
	return nil
}

// parallelPackets is the batch size from which leaves are hashed on
// GOMAXPROCS goroutines.
const parallelPackets = 1024

// leafHashes validates, encodes and hashes every packet, in parallel
// chunks for large batches; the first invalid packet's error is returned.
func leafHashes(packets []*Packet) ([]common.Hash, error) {
	leaves := make([]common.Hash, len(packets))
	errs := make([]error, len(packets))
	hash := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			leaves[i], errs[i] = packets[i].LeafHash()
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if len(packets) < parallelPackets || workers == 1 {
		hash(0, len(packets))
	} else {
		var wg sync.WaitGroup
		wg.Add(workers)
		for w := 0; w < workers; w++ {
			go func() {
				defer wg.Done()
				hash(w*len(packets)/workers, (w+1)*len(packets)/workers)
			}()
		}
		wg.Wait()
	}
	for i, err := range errs {
		if err != nil {
			return nil, makeError(ErrInvalid, err, "packet %d", i)
		}
	}
	return leaves, nil
}
