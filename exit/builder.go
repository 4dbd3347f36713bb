package exit

import (
	"context"
	"math/big"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// BlockRange is an inclusive range of BTTC block numbers.
type BlockRange struct{ Start, End uint64 }

// ChildChainReader is what the builder needs from the BTTC chain.
// exitrpc.ChildChainNode implements it over a BTTC node's JSON-RPC.
type ChildChainReader interface {
	// TransactionReceipt returns the receipt of a transaction (its block
	// number, index and logs).
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
	// ExitData returns block's header, all its receipts, and the
	// checkpoint root (bor_getRootHash) of each range, in as few round
	// trips as the transport allows (one JSON-RPC batch for exitrpc.ChildChainNode).
	ExitData(ctx context.Context, block uint64, ranges []BlockRange) (*types.Header, types.Receipts, []common.Hash, error)
}

// Builder builds exit payloads from a BTTC chain: two round trips per exit
// once the checkpoint is known (the burn receipt, then one batch with the
// block header, its receipts and ceil(log2 n) sub-range roots), never the
// checkpoint's n headers.
type Builder struct {
	Chain ChildChainReader
	// Layout is the receipt and burn format (required; see Expect.Layout).
	Layout bttc.Layout
}

// Build returns the exit payload of the first burn of childToken in
// transaction tx, in checkpoint cp, and checks it with Verify (strict
// receipt proof) before returning it.
func (b *Builder) Build(ctx context.Context, tx common.Hash, childToken common.Address, cp checkpoint.HeaderBlock) (*Payload, error) {
	return b.build(ctx, tx, childToken, cp, -1)
}

// BuildLog is Build for the burn at block log index logIndex (the log's
// types.Log.Index), for a transaction with several burns of the token:
// each is its own exit.
func (b *Builder) BuildLog(ctx context.Context, tx common.Hash, logIndex uint, childToken common.Address, cp checkpoint.HeaderBlock) (*Payload, error) {
	return b.build(ctx, tx, childToken, cp, int(logIndex))
}

func (b *Builder) build(ctx context.Context, tx common.Hash, childToken common.Address, cp checkpoint.HeaderBlock, blockLogIndex int) (*Payload, error) {
	if !b.Layout.Valid() {
		return nil, makeError(ErrBadLayout, nil, "Builder.Layout is %s; set bttc.BTTC or bttc.Upstream", b.Layout)
	}
	if cp.ID == nil {
		return nil, makeError(ErrWrongCheckpoint, nil, "the header block has no id (the payload's header number)")
	}
	rec, err := b.Chain.TransactionReceipt(ctx, tx)
	if err != nil {
		return nil, makeError(ErrBackend, err, "receipt of %s", tx)
	}
	if rec == nil || rec.BlockNumber == nil || !rec.BlockNumber.IsUint64() {
		return nil, makeError(ErrNotFound, nil, "no receipt for %s", tx)
	}
	logIndex := -1
	for i, l := range rec.Logs {
		if blockLogIndex >= 0 && l.Index != uint(blockLogIndex) {
			continue
		}
		if _, err := burn(l, childToken, b.Layout); err == nil {
			logIndex = i
			break
		}
	}
	if logIndex < 0 {
		return nil, makeError(ErrWrongLog, nil, "transaction %s burns no %s", tx, childToken)
	}
	block := rec.BlockNumber.Uint64()
	if block < cp.Start || block > cp.End {
		return nil, makeError(ErrWrongCheckpoint, nil, "block %d outside checkpoint %d-%d", block, cp.Start, cp.End)
	}
	n, index := cp.End-cp.Start+1, block-cp.Start
	subs, err := merkle.ProofSubranges(n, index)
	if err != nil {
		return nil, makeError(ErrWrongCheckpoint, err, "checkpoint range")
	}
	ranges := make([]BlockRange, len(subs))
	for i, s := range subs {
		ranges[i] = BlockRange{Start: cp.Start + s.Start, End: cp.Start + s.End}
	}
	header, receipts, roots, err := b.Chain.ExitData(ctx, block, ranges)
	if err != nil {
		return nil, makeError(ErrBackend, err, "block %d data", block)
	}
	if header == nil || header.Number == nil || header.Number.Uint64() != block || len(roots) != len(ranges) {
		return nil, makeError(ErrBackend, nil, "inconsistent answer for block %d", block)
	}
	blockProof, err := merkle.ProofFromSubranges(n, index, roots)
	if err != nil {
		return nil, makeError(ErrBackend, err, "assembling the block proof")
	}
	trie, err := mpt.NewReceiptTrieForHeader(header, receipts)
	if err != nil {
		return nil, makeError(ErrBackend, err, "receipts of block %d", block)
	}
	if rec.TransactionIndex >= uint(trie.Len()) {
		return nil, makeError(ErrBackend, nil, "transaction index %d of %d receipts", rec.TransactionIndex, trie.Len())
	}
	proof, err := trie.Prove(uint64(rec.TransactionIndex))
	if err != nil {
		return nil, makeError(ErrBackend, err, "receipt proof")
	}
	p := &Payload{
		HeaderNumber: new(big.Int).Set(cp.ID),
		BlockProof:   merkle.ProofBytes(blockProof),
		BlockNumber:  block,
		BlockTime:    header.Time,
		TxRoot:       header.TxHash,
		ReceiptRoot:  header.ReceiptHash,
		Receipt:      proof.Value,
		ReceiptProof: proof.Nodes,
		BranchMask:   proof.Path,
		LogIndex:     uint64(logIndex),
	}
	if _, err := Verify(p, Expect{HeaderBlock: cp, ChildToken: childToken, Layout: b.Layout, ProofMode: mpt.StrictMode}); err != nil {
		return nil, err
	}
	return p, nil
}
