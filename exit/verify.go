package exit

import (
	"bytes"
	"math/big"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
)

// Rules selects the receipt and log format of the root contracts.
type Rules uint8

const (
	// BTTCRules: receipts must be legacy (untyped) and the burn log is
	// BTTC's withdraw event (topic 0 WithdrawEventSig, topic 1 the
	// withdrawer, topic 2 the zero address, data the amount).
	BTTCRules Rules = iota
	// UpstreamRules: a leading receipt type byte is stripped and the burn
	// log is an ERC20 Transfer to the zero address.
	UpstreamRules
)

// Event signatures the root predicates accept as burns.
var (
	// WithdrawEventSig is keccak256("WithdrawTo(address,address,uint256)"),
	// BTTC's ERC20Predicate WITHDRAW_EVENT_SIG.
	WithdrawEventSig = common.HexToHash("0x67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd8")
	// TransferEventSig is keccak256("Transfer(address,address,uint256)").
	TransferEventSig = common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
)

// Checkpoint is a checkpoint as the root chain holds it: its id and the
// stored header block.
type Checkpoint struct {
	ID *big.Int
	checkpoint.HeaderBlock
}

// Expect is what Verify checks a payload against.
type Expect struct {
	Checkpoint Checkpoint
	ChildToken common.Address
	Rules      Rules
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
// the child token under the rules. It returns the withdrawal with its exit
// hash, or the first failure.
func Verify(p *Payload, exp Expect) (*Withdrawal, error) {
	cp := exp.Checkpoint
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
	log, err := receiptLog(p.Receipt, p.LogIndex, exp.Rules)
	if err != nil {
		return nil, err
	}
	w, err := burn(log, exp.ChildToken, exp.Rules)
	if err != nil {
		return nil, err
	}
	w.ExitHash = p.ExitHash()
	return w, nil
}

// receiptLog decodes the receipt and returns its log at index.
func receiptLog(receipt []byte, index uint64, rules Rules) (*types.Log, error) {
	if len(receipt) == 0 {
		return nil, makeError(ErrBadReceipt, nil, "empty receipt")
	}
	if receipt[0] < 0xc0 { // a typed receipt: type byte, then the list
		if rules == BTTCRules {
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

// burn checks that log burns childToken under rules.
func burn(log *types.Log, childToken common.Address, rules Rules) (*Withdrawal, error) {
	if log.Address != childToken {
		return nil, makeError(ErrWrongLog, nil, "log of %s, want child token %s", log.Address, childToken)
	}
	sig := WithdrawEventSig
	if rules == UpstreamRules {
		sig = TransferEventSig
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
