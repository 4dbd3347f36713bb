package checkpoint

import (
	"fmt"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
)

// Expect is what a verifier requires of a checkpoint besides valid
// signatures.
type Expect struct {
	// Quorum is the signature rule: sigagg.CountQuorum for BTTC.
	Quorum sigagg.Policy
	// Layout is the data layout accepted (required: bttc.BTTC or
	// bttc.Upstream).
	Layout bttc.Layout
	// ChainID, if non-zero, is the BorChainID the root contract expects.
	ChainID uint64
	// Previous, if set, is the last checkpoint on the root chain: the new
	// one must start at Previous.End + 1.
	Previous *HeaderBlock
}

// Verified is a checkpoint that passed Verify.
type Verified struct {
	Data       *Data
	Layout     bttc.Layout
	VoteHash   common.Hash
	Signatures *sigagg.Result
}

// Verify checks the raw calldata of a submitCheckpoint transaction the
// way the root chain would, but strictly and off-chain: the calldata
// decodes canonically (UnpackSubmitCheckpoint), the data is well formed
// and passes ValidateBasic, it has the expected layout, chain id and
// contiguity, and its signatures are canonical and reach the quorum of set
// (sigagg.Verify over the vote hash). It returns the first failure: an
// *Error of this package, or a sigagg error wrapped with context
// (errors.Is / errors.As see through).
//
// Callers holding checkpoint data and signatures rather than calldata
// pack them first with PackSubmitCheckpoint: there is one verifier, so
// there is one verdict.
func Verify(calldata []byte, set *sigagg.ValidatorSet, exp Expect) (*Verified, error) {
	if !exp.Layout.Valid() {
		return nil, makeError(ErrBadLayout, "Expect.Layout is %s; set bttc.BTTC or bttc.Upstream", exp.Layout)
	}
	data, sigs, err := UnpackSubmitCheckpoint(calldata)
	if err != nil {
		return nil, err
	}
	c, v, err := DecodeSignBytes(data)
	if err != nil {
		return nil, err
	}
	if err := c.ValidateBasic(); err != nil {
		return nil, err
	}
	if v != exp.Layout {
		return nil, makeError(ErrWrongLayout, "%s data, want %s", v, exp.Layout)
	}
	if exp.ChainID != 0 && c.BorChainID != exp.ChainID {
		return nil, makeError(ErrWrongChainID, "borChainID %d, want %d", c.BorChainID, exp.ChainID)
	}
	if exp.Previous != nil && c.StartBlock != exp.Previous.End+1 {
		return nil, makeError(ErrNotContiguous, "starts at %d, previous checkpoint ended at %d",
			c.StartBlock, exp.Previous.End)
	}
	vote := voteHash(data)
	res, err := sigagg.Verify(vote, sigs, set, exp.Quorum)
	if err != nil {
		return nil, fmt.Errorf("checkpoint %d-%d: %w", c.StartBlock, c.EndBlock, err)
	}
	return &Verified{Data: c, Layout: v, VoteHash: vote, Signatures: res}, nil
}
