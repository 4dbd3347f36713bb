package exit

import (
	"bytes"
	"math/big"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// Expect is what Verify checks a payload against.
type Expect struct {
	// HeaderBlock is the stored header block (checkpoint) the exit proves
	// against; if its ID is set, the payload's header number must equal
	// it.
	HeaderBlock checkpoint.HeaderBlock
	ChildToken  common.Address
	// Layout is the receipt and burn-log format (required): bttc.BTTC
	// (legacy receipts, the WithdrawTo event) or bttc.Upstream (typed
	// receipts stripped, an ERC20 Transfer to the zero address).
	Layout bttc.Layout
	// ProofMode is how the receipt proof is read; the zero value is
	// mpt.ContractMode (what the BTTC contract accepts). mpt.StrictMode
	// also rejects what the contract wrongly accepts.
	ProofMode mpt.Mode
}

// Withdrawal is a verified exit.
type Withdrawal struct {
	Withdrawer common.Address
	Amount     *big.Int
	ChildToken common.Address
	// ExitHash is the root contract's replay key for this exit.
	ExitHash common.Hash
	Log      *types.Log
}

// Verify checks a payload fully off-chain, as the root contracts would:
// the header number is the checkpoint's, the block is inside its range and
// its leaf is in its root (block proof), the receipt is in the block's
// receipt trie (receipt proof), and the log at the log index is a burn of
// the child token in the layout. It returns the withdrawal with its exit
// hash, or the first failure.
func Verify(p *Payload, exp Expect) (*Withdrawal, error) {
	if !exp.Layout.Valid() {
		return nil, makeError(ErrBadLayout, nil, "Expect.Layout is %s; set bttc.BTTC or bttc.Upstream", exp.Layout)
	}
	if p == nil {
		return nil, makeError(ErrMalformed, nil, "nil payload")
	}
	cp := exp.HeaderBlock
	if cp.ID != nil && (p.HeaderNumber == nil || cp.ID.Cmp(p.HeaderNumber) != 0) {
		return nil, makeError(ErrWrongCheckpoint, nil, "header number %v, checkpoint %v", p.HeaderNumber, cp.ID)
	}
	if p.BlockNumber < cp.Start || p.BlockNumber > cp.End {
		return nil, makeError(ErrWrongCheckpoint, nil, "block %d outside checkpoint %d-%d", p.BlockNumber, cp.Start, cp.End)
	}
	leaf := checkpoint.HeaderLeaf(p.BlockNumber, p.BlockTime, p.TxRoot, p.ReceiptRoot)
	if err := merkle.VerifyBytes(cp.Root, p.BlockNumber-cp.Start, leaf, p.BlockProof); err != nil {
		return nil, makeError(ErrBlockProof, err, "block %d not in checkpoint root %s", p.BlockNumber, cp.Root)
	}
	if exp.ProofMode == mpt.StrictMode {
		// The branch mask must be exactly 0x00 ‖ RLP(txIndex).
		var idx uint64
		if len(p.BranchMask) < 2 || rlp.DecodeBytes(p.BranchMask[1:], &idx) != nil || !bytes.Equal(mpt.ReceiptPath(idx), p.BranchMask) {
			return nil, makeError(ErrReceiptProof, nil, "branch mask %x is not 0x00 ‖ RLP(txIndex)", p.BranchMask)
		}
	}
	if err := mpt.Verify(p.ReceiptRoot, p.BranchMask, p.ReceiptProof, p.Receipt, exp.ProofMode); err != nil {
		return nil, makeError(ErrReceiptProof, err, "receipt not in block %d", p.BlockNumber)
	}
	log, err := receiptLog(p.Receipt, p.LogIndex, exp.Layout)
	if err != nil {
		return nil, err
	}
	w, err := burn(log, exp.ChildToken, exp.Layout)
	if err != nil {
		return nil, err
	}
	w.ExitHash = p.ExitHash()
	return w, nil
}

// receiptLog decodes the receipt and returns its log at index.
func receiptLog(receipt []byte, index uint64, layout bttc.Layout) (*types.Log, error) {
	if len(receipt) == 0 {
		return nil, makeError(ErrBadReceipt, nil, "empty receipt")
	}
	if receipt[0] < 0xc0 { // a typed receipt: type byte, then the list
		if layout == bttc.BTTC {
			return nil, makeError(ErrBadReceipt, nil, "typed receipt (type %d); BTTC's contract reads legacy receipts only", receipt[0])
		}
		receipt = receipt[1:]
	}
	var r struct {
		PostStateOrStatus []byte
		CumulativeGasUsed uint64
		Bloom             types.Bloom
		Logs              []struct {
			Address common.Address
			Topics  []common.Hash
			Data    []byte
		}
	}
	if err := rlp.DecodeBytes(receipt, &r); err != nil {
		return nil, makeError(ErrBadReceipt, err, "decoding receipt")
	}
	if index >= uint64(len(r.Logs)) {
		return nil, makeError(ErrNoSuchLog, nil, "log %d of %d", index, len(r.Logs))
	}
	l := r.Logs[index]
	return &types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data}, nil
}

// burn checks that log burns childToken in the layout.
func burn(log *types.Log, childToken common.Address, layout bttc.Layout) (*Withdrawal, error) {
	if log.Address != childToken {
		return nil, makeError(ErrWrongLog, nil, "log of %s, want child token %s", log.Address, childToken)
	}
	sig := bttc.WithdrawToEventID
	if layout == bttc.Upstream {
		sig = bttc.TransferEventID
	}
	if len(log.Topics) < 3 || log.Topics[0] != sig {
		return nil, makeError(ErrWrongLog, nil, "not a burn event")
	}
	if log.Topics[2] != (common.Hash{}) {
		return nil, makeError(ErrWrongLog, nil, "burn to %s, want the zero address", log.Topics[2])
	}
	if len(log.Data) > 32 {
		return nil, makeError(ErrWrongLog, nil, "amount of %d bytes", len(log.Data))
	}
	return &Withdrawal{
		Withdrawer: common.BytesToAddress(log.Topics[1][12:]),
		Amount:     new(big.Int).SetBytes(log.Data),
		ChildToken: childToken,
		Log:        log,
	}, nil
}
