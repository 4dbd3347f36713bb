package sigagg

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// OnChainResult is what the root chain's signature loop makes of a list.
type OnChainResult struct {
	// Accepted: the transaction would not revert and the quorum is met.
	Accepted bool
	// Reverted: the transaction would revert (the length pre-check or an
	// ecrecover failure); RevertReason says which.
	Reverted     bool
	RevertReason string
	// Signers are the counted signers in order, Indices their positions in
	// the set.
	Signers []common.Address
	Indices []int
	// Got is the counted signers or power; Needed the threshold.
	Got, Needed *big.Int
	// StoppedAt is the index of the signature that ended the loop (a
	// signer below the previous one), or -1 if it ran to the end.
	StoppedAt int
}

// SimulateOnChain runs the root chain's StakeManager signature loop over
// sigs exactly (FORMATS.md §4), so a relayer can predict a submission
// before paying for it and an auditor can compare with the contract:
//
//   - under CountQuorum (BTTC) the transaction first requires
//     len(sigs) >= Threshold(n);
//   - per signature: v is its last byte, +27 if below 27; v not 27 or 28,
//     or s > n/2, gives signer address 0; otherwise ecrecover, and a failed
//     ecrecover reverts the whole transaction;
//   - a signer equal to the previous one is skipped, one below it stops the
//     loop, one not in the set is not counted (and does not become the
//     previous), and a counted validator becomes the previous;
//   - the result is accepted when the counted amount reaches the threshold.
//
// An invalid policy or nil set yields a reverted result.
func SimulateOnChain(digest common.Hash, sigs []Signature, set *ValidatorSet, policy Policy) OnChainResult {
	res := OnChainResult{StoppedAt: -1, Got: new(big.Int)}
	if set == nil {
		res.Reverted, res.RevertReason = true, "no validator set"
		return res
	}
	needed, err := policy.Needed(set)
	if err != nil {
		res.Reverted, res.RevertReason = true, err.Error()
		return res
	}
	res.Needed = needed
	if policy == CountQuorum && big.NewInt(int64(len(sigs))).Cmp(needed) < 0 {
		res.Reverted, res.RevertReason = true, "fewer signatures than the threshold"
		return res
	}
	var prev common.Address
	for i := range sigs {
		sig := &sigs[i]
		v := sig[64]
		if v < 27 {
			v += 27
		}
		var signer common.Address
		if (v == 27 || v == 28) && sig.S().Cmp(curveHalfN) <= 0 {
			rec := *sig
			rec[64] = v - 27
			addr, _, err := rec.recoverAt(digest, i)
			if err != nil {
				res.Reverted, res.RevertReason = true, err.Error()
				res.Signers, res.Indices = nil, nil
				res.Got = new(big.Int)
				return res
			}
			signer = addr
		}
		if signer == prev {
			continue
		}
		if bytes.Compare(signer[:], prev[:]) < 0 {
			res.StoppedAt = i
			break
		}
		j, ok := set.index[signer]
		if !ok {
			continue
		}
		res.Signers = append(res.Signers, signer)
		res.Indices = append(res.Indices, j)
		prev = signer
	}
	res.Got = policy.amount(set, res.Indices)
	res.Accepted = res.Got.Cmp(needed) >= 0
	return res
}
