package checkpoint

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"slices"

	"github.com/bttc-relay/sdk/internal/keccak"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// HeaderLeaf returns the checkpoint-tree leaf of a block:
// keccak256(pad32(number) ‖ pad32(time) ‖ txRoot ‖ receiptRoot).
func HeaderLeaf(number, time uint64, txRoot, receiptRoot common.Hash) common.Hash {
	var buf [128]byte
	binary.BigEndian.PutUint64(buf[24:32], number)
	binary.BigEndian.PutUint64(buf[56:64], time)
	copy(buf[64:96], txRoot[:])
	copy(buf[96:128], receiptRoot[:])
	h, _ := keccak.Sum256Short(buf[:]) // 128 bytes fit one block
	return h
}

// HeaderLeaves returns the leaves of headers, which must be consecutive
// blocks (ErrNotContiguous), at least one (ErrNoHeaders) and at most
// MaxLength (ErrInvalid).
func HeaderLeaves(headers []*types.Header) ([]common.Hash, error) {
	if len(headers) == 0 {
		return nil, makeError(ErrNoHeaders, "no headers")
	}
	if len(headers) > MaxLength {
		return nil, makeError(ErrInvalid, "%d headers, more than %d", len(headers), MaxLength)
	}
	leaves := make([]common.Hash, len(headers))
	for i, h := range headers {
		if h == nil || h.Number == nil || !h.Number.IsUint64() {
			return nil, makeError(ErrInvalid, "header %d has no uint64 number", i)
		}
		n := h.Number.Uint64()
		if i > 0 && n != headers[i-1].Number.Uint64()+1 {
			return nil, makeError(ErrNotContiguous, "header %d is block %d, want %d", i, n, headers[i-1].Number.Uint64()+1)
		}
		leaves[i] = HeaderLeaf(n, h.Time, h.TxHash, h.ReceiptHash)
	}
	return leaves, nil
}

// RootHash returns the checkpoint root of consecutive headers: what a BTTC
// node's bor_getRootHash(first, last) returns.
func RootHash(headers []*types.Header) (common.Hash, error) {
	leaves, err := HeaderLeaves(headers)
	if err != nil {
		return common.Hash{}, err
	}
	tree, err := merkle.NewTree(leaves)
	if err != nil {
		return common.Hash{}, err
	}
	return tree.Root(), nil
}

// DividendAccount is a validator's accumulated fee, as Delivery keeps it.
type DividendAccount struct {
	User      common.Address
	FeeAmount *big.Int
}

// AccountLeaf returns keccak256(pad32(user) ‖ pad32(fee)).
func (a DividendAccount) AccountLeaf() (common.Hash, error) {
	if a.FeeAmount == nil || a.FeeAmount.Sign() < 0 || a.FeeAmount.BitLen() > 256 {
		return common.Hash{}, makeError(ErrBadAccount, "account %s has fee %v, not a uint256", a.User, a.FeeAmount)
	}
	var buf [64]byte
	copy(buf[12:32], a.User[:])
	a.FeeAmount.FillBytes(buf[32:64])
	return crypto.Keccak256Hash(buf[:]), nil
}

// AccountRootHash returns Delivery's account root: the accounts sorted by
// user address, their leaves in a duplicate-last tree (cbergoon/merkletree
// v0.2.0 semantics; one account gives keccak256(h ‖ h)).
func AccountRootHash(accounts []DividendAccount) (common.Hash, error) {
	if len(accounts) == 0 {
		return common.Hash{}, makeError(ErrNoHeaders, "no dividend accounts")
	}
	sorted := slices.Clone(accounts)
	slices.SortStableFunc(sorted, func(a, b DividendAccount) int { return bytes.Compare(a.User[:], b.User[:]) })
	leaves := make([]common.Hash, len(sorted))
	for i, a := range sorted {
		l, err := a.AccountLeaf()
		if err != nil {
			return common.Hash{}, err
		}
		leaves[i] = l
	}
	tree, err := merkle.NewDupLastTree(leaves)
	if err != nil {
		return common.Hash{}, err
	}
	return tree.Root(), nil
}
