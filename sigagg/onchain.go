package sigagg

import (
	"bytes"
	"math/big"
	"slices"

	"github.com/bttc-relay/sdk/internal/secp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Ecrecover is a root chain's ecrecover, which differs between virtual
// machines in one corner.
type Ecrecover uint8

const (
	// EVMEcrecover: Ethereum and BNB Chain. A signature whose recovered key
	// would be the point at infinity fails (address 0), and the
	// StakeManager loop then reverts.
	EVMEcrecover Ecrecover = iota
	// TRONEcrecover: java-tron's precompile (actuator/.../vm/
	// PrecompiledContracts.java, ECRecover.execute → signatureToAddress)
	// hashes the recovered key's uncompressed encoding without its first
	// byte; the encoding of infinity is the single byte 0x00, so the
	// result is the last 20 bytes of keccak256 of empty input,
	// TRONInfinitySigner, and the loop goes on instead of reverting.
	TRONEcrecover
)

// TRONInfinitySigner is what TRON's ecrecover returns for a signature
// whose key is the point at infinity (see TRONEcrecover).
var TRONInfinitySigner = common.BytesToAddress(crypto.Keccak256(nil)[12:])

// OnChainOptions describes the root chain beyond the validator set.
type OnChainOptions struct {
	// Ecrecover is the root chain's (the zero value is EVMEcrecover).
	Ecrecover Ecrecover
	// Jailed are the validators in the StakeManager's signer list whose
	// status is Locked (jailed). They are not in the validator set (they
	// neither count toward the threshold nor sign for it), but each of
	// their signatures takes a slot in the contract's fixed-size memory
	// array (see SimulateOnChain).
	Jailed []common.Address
}

// OnChainResult is what the root chain's signature loop makes of a list.
type OnChainResult struct {
	// Accepted: the transaction would not revert and the quorum is met.
	Accepted bool
	// Reverted: the transaction would revert for a reason other than the
	// quorum (the length pre-check, a failed ecrecover, the memory bound);
	// RevertReason says which. A list that is not Accepted and not
	// Reverted falls short of the quorum: QuorumShortfall describes it.
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
	// Slots is how many entries the contract wrote to its memory array of
	// unsigned validators, of SlotCapacity.
	Slots, SlotCapacity int
}

// Reason says in words why the list is not accepted ("" if it is): the
// revert reason, or the quorum shortfall with its numbers.
func (r *OnChainResult) Reason() string {
	switch {
	case r.Accepted:
		return ""
	case r.Reverted:
		return r.RevertReason
	case r.Got != nil && r.Needed != nil:
		return "2/3+1 non-majority: " + r.Got.String() + " counted, " + r.Needed.String() + " needed"
	}
	return "not accepted"
}

// Revert reasons of SimulateOnChain.
const (
	RevertNoSet          = "no validator set"
	RevertTooFew         = "2/3+1 non-majority! (fewer signatures than the threshold)"
	RevertEcrecover      = "ecrecover failed"
	RevertMemoryBound    = "unsigned-validator array out of bounds (invalid opcode in BTTC's StakeManager)"
	RevertBadPolicyOrSet = "invalid policy"
)

// SimulateOnChain runs the root chain's StakeManager signature loop
// (_checkSignaturesAndIncreaseReward) over sigs exactly, so a relayer can
// predict a submission before paying for it and an auditor can compare
// with the contract. The contract's state is set (the validators with
// their stake; a validator of power 0 is present but never counted, as
// the contract's _isValidator requires amount > 0) and opts:
//
//   - under CountQuorum (BTTC) the transaction first requires
//     len(sigs) >= Threshold(n) of the n validators in set (the
//     StakeManager's stakerCount);
//   - per signature: v is the low byte of its third word, +27 if below 27;
//     v not 27 or 28, or s > n/2, gives signer address 0; otherwise
//     ecrecover, and a failed ecrecover reverts the whole transaction (on
//     TRON a key at infinity gives TRONInfinitySigner instead);
//   - a signer equal to the previous one is skipped, one below it stops the
//     loop, one not counted (not in set, power 0, jailed) does not become
//     the previous, and a counted validator becomes the previous;
//   - the contract tracks validators that did not sign in a memory array of
//     len(signer list) + n entries, the signer list being set plus
//     opts.Jailed sorted by address. Each counted signer appends the
//     validators of the signer list it skipped over since the last one; each
//     jailed signer's signature appends one entry and moves the walk on by
//     one; after the loop the rest of the list is appended. An append past
//     the end is an invalid opcode: the transaction reverts (a long list of
//     copies of a jailed validator's signature reaches it);
//   - the result is accepted when the counted amount reaches the threshold.
//
// An invalid policy or nil set yields a reverted result.
func SimulateOnChain(digest common.Hash, sigs []Signature, set *ValidatorSet, policy Policy, opts OnChainOptions) OnChainResult {
	res := OnChainResult{StoppedAt: -1, Got: new(big.Int)}
	if set == nil {
		res.Reverted, res.RevertReason = true, RevertNoSet
		return res
	}
	needed, err := policy.Needed(set)
	if err != nil {
		res.Reverted, res.RevertReason = true, RevertBadPolicyOrSet+": "+err.Error()
		return res
	}
	res.Needed = needed
	if policy == CountQuorum && big.NewInt(int64(len(sigs))).Cmp(needed) < 0 {
		res.Reverted, res.RevertReason = true, RevertTooFew
		return res
	}
	list := signerList(set, opts.Jailed)
	jailed := make(map[common.Address]bool, len(opts.Jailed))
	for _, a := range opts.Jailed {
		jailed[a] = true
	}
	slots := slotArray{capacity: len(list) + set.Len()}
	res.SlotCapacity = slots.capacity
	walk := 0 // the contract's validatorIndex into the signer list
	revert := func(reason string) OnChainResult {
		res.Reverted, res.RevertReason = true, reason
		res.Signers, res.Indices, res.Got = nil, nil, new(big.Int)
		res.Slots = slots.used
		return res
	}
	var prev common.Address
	for i := range sigs {
		signer, ok := contractSigner(digest, &sigs[i], opts.Ecrecover)
		if !ok {
			return revert(RevertEcrecover + " (signature " + itoa(i) + ")")
		}
		if signer == prev {
			continue
		}
		if bytes.Compare(signer[:], prev[:]) < 0 {
			res.StoppedAt = i
			break
		}
		j, inSet := set.index[signer]
		switch {
		case inSet && set.vals[j].Power.Sign() > 0:
			res.Signers = append(res.Signers, signer)
			res.Indices = append(res.Indices, j)
			prev = signer
			// _fillUnsignedValidators: append the validators skipped over.
			for walk < len(list) && list[walk] != signer {
				if !slots.append() {
					return revert(RevertMemoryBound)
				}
				walk++
			}
			walk++
		case jailed[signer] && !inSet:
			if !slots.append() {
				return revert(RevertMemoryBound)
			}
			walk++
		}
	}
	res.Got = policy.amount(set, res.Indices)
	res.Accepted = res.Got.Cmp(needed) >= 0
	if res.Accepted {
		// After the quorum check, the rest of the list is appended.
		for ; walk < len(list); walk++ {
			if !slots.append() {
				res.Accepted = false
				return revert(RevertMemoryBound)
			}
		}
	}
	res.Slots = slots.used
	return res
}

// slotArray is the contract's fixed-size memory array, counted.
type slotArray struct{ used, capacity int }

func (s *slotArray) append() bool {
	if s.used >= s.capacity {
		return false
	}
	s.used++
	return true
}

// signerList is the StakeManager's signers array: every validator's
// address, jailed ones included, sorted ascending.
func signerList(set *ValidatorSet, jailed []common.Address) []common.Address {
	list := make([]common.Address, 0, set.Len()+len(jailed))
	for _, v := range set.vals {
		list = append(list, v.Address)
	}
	for _, a := range jailed {
		if _, dup := set.index[a]; !dup {
			list = append(list, a)
		}
	}
	sortAddresses(list)
	return list
}

// contractSigner is ECVerify.ecrecovery as the contract runs it: the low
// byte of V, +27 below 27; address 0 for a V other than 27 or 28 or a high
// s; otherwise ecrecover, where false means the contract reverts.
func contractSigner(digest common.Hash, sig *Signature, ecr Ecrecover) (common.Address, bool) {
	v := sig[64]
	if v < 27 {
		v += 27
	}
	if (v != 27 && v != 28) || sig.S().Cmp(curveHalfN) > 0 {
		return common.Address{}, true
	}
	in := secp.Sig{Hash: digest, V: v - 27}
	copy(in.R[:], sig[:32])
	copy(in.S[:], sig[32:64])
	x, y, out := secp.RecoverOutcome(&in)
	switch {
	case out == secp.Recovered:
		return common.BytesToAddress(crypto.Keccak256(x[:], y[:])[12:]), true
	case out == secp.Infinity && ecr == TRONEcrecover:
		return TRONInfinitySigner, true
	}
	return common.Address{}, false
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

func sortAddresses(a []common.Address) {
	slices.SortFunc(a, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
}
