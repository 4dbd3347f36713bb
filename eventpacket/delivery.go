package eventpacket

import (
	"context"
	"sync"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
)

// VerifyDelivery is the one check a destination verifier makes before
// acting on a packet: the packet and checkpoint are valid; the packet
// comes from the checkpoint's source chain, is addressed to d's chain and
// lies in the checkpoint's height range; the checkpoint names set; the
// packet is in the checkpoint's packet root; and the checkpoint's EIP-712
// digest for d carries canonical signatures reaching policy's quorum of
// set. It returns nil or the first failure, typed (ErrWrongSource,
// ErrWrongDestination, ErrOutOfRange, ErrWrongValidatorSet,
// ErrNotIncluded wrapping merkle's reason, ErrBadSignatures wrapping
// sigagg's, ...). Replay protection is the caller's, by packet ID (see
// ReplayGuard).
func VerifyDelivery(d Domain, packet *Packet, proof *Proof, cp *PacketCheckpoint, sigs []sigagg.Signature, set *sigagg.ValidatorSet, policy sigagg.Policy) error {
	if err := packet.ValidateBasic(); err != nil {
		return err
	}
	if err := cp.ValidateBasic(); err != nil {
		return err
	}
	switch {
	case packet.SourceChainID != cp.SourceChainID:
		return makeError(ErrWrongSource, nil, "packet from chain %d, checkpoint of chain %d", packet.SourceChainID, cp.SourceChainID)
	case packet.DestChainID != d.ChainID:
		return makeError(ErrWrongDestination, nil, "packet for chain %d, verifier on chain %d", packet.DestChainID, d.ChainID)
	case packet.SourceBlockNumber < cp.StartHeight || packet.SourceBlockNumber > cp.EndHeight:
		return makeError(ErrOutOfRange, nil, "packet at height %d, checkpoint covers %d-%d",
			packet.SourceBlockNumber, cp.StartHeight, cp.EndHeight)
	case set == nil || cp.ValidatorSetHash != set.Hash():
		return makeError(ErrWrongValidatorSet, nil, "checkpoint names validator set %s", cp.ValidatorSetHash)
	}
	if err := VerifyInclusion(cp.PacketRoot, cp.PacketCount, packet, proof); err != nil {
		return err
	}
	if _, err := sigagg.Verify(cp.Digest(d), sigs, set, policy); err != nil {
		return makeError(ErrBadSignatures, err, "checkpoint %d of chain %d", cp.Number, cp.SourceChainID)
	}
	return nil
}

// ReplayGuard remembers delivered packet IDs. Implementations may do I/O
// (a relayer's guard lives in its store), so both calls take a context
// and return an error; a guard must never answer "not seen" when it could
// not tell.
type ReplayGuard interface {
	// Seen reports whether id was marked.
	Seen(ctx context.Context, id common.Hash) (bool, error)
	// Mark records id, failing with ErrReplay if it was already marked.
	// Check and record are one atomic step, and the record is durable
	// (for a durable guard) when Mark returns nil.
	Mark(ctx context.Context, id common.Hash) error
}

// MemoryGuard is an in-memory ReplayGuard, safe for concurrent use. It
// forgets everything when the process ends; a relayer needs a durable one.
type MemoryGuard struct {
	mu   sync.Mutex
	seen map[common.Hash]struct{}
}

// NewMemoryGuard returns an empty guard.
func NewMemoryGuard() *MemoryGuard { return &MemoryGuard{seen: map[common.Hash]struct{}{}} }

// Seen reports whether id was marked.
func (g *MemoryGuard) Seen(ctx context.Context, id common.Hash) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	_, ok := g.seen[id]
	return ok, nil
}

// Mark records id or fails with ErrReplay.
func (g *MemoryGuard) Mark(ctx context.Context, id common.Hash) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, ok := g.seen[id]; ok {
		return makeError(ErrReplay, nil, "packet %s already delivered", id)
	}
	g.seen[id] = struct{}{}
	return nil
}
