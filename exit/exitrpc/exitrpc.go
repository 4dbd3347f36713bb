// Package exitrpc connects the exit builder and finder to chains: a BTTC
// node (eth_ and bor_ namespaces) as an exit.ChildChainReader, and a root
// chain contract as an exit.RootChainReader. Both take the small chains
// interfaces, so a chains/evm client brings its retries, failover,
// timeouts and typed errors; neither does I/O when constructed.
package exitrpc

import (
	"context"
	"math/big"
	"strconv"
	"strings"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/exit"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package.
const (
	// ErrBackend: the node failed (the cause is the chains adapter's
	// error, e.g. a *evm.Error).
	ErrBackend = ErrorKind("ErrBackend")
	// ErrBadAnswer: the node answered, but not what the method returns:
	// a missing block, a malformed root hash, undecodable return data.
	ErrBadAnswer = ErrorKind("ErrBadAnswer")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is the package's error: its kind (errors.Is matches it), a
// description with the offending values, and the cause if any (reached
// through Unwrap). Every package of the SDK returns its errors in this
// shape, always as a pointer.
type Error struct {
	Kind        ErrorKind
	Description string
	Err         error
}

// Error returns the description, followed by the cause if there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Description + ": " + e.Err.Error()
	}
	return e.Description
}

// Is reports whether target is the error's kind.
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// Unwrap returns the cause (nil if none).
func (e *Error) Unwrap() error { return e.Err }

func makeError(kind ErrorKind, cause error, desc string) *Error {
	return &Error{Kind: kind, Err: cause, Description: "exitrpc: " + desc}
}

// ChildRPC is what ChildChainNode needs from a BTTC node: receipts and
// JSON-RPC batches. *evm.Client implements it.
type ChildRPC interface {
	chains.ReceiptReader
	chains.BatchCaller
}

// ChildChainNode is exit.ChildChainReader over a BTTC node.
type ChildChainNode struct {
	c ChildRPC
}

// NewChildChainNode reads a BTTC node through c (no I/O here).
func NewChildChainNode(c ChildRPC) *ChildChainNode { return &ChildChainNode{c: c} }

// TransactionReceipt reads the receipt of tx.
func (n *ChildChainNode) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	r, err := n.c.TransactionReceipt(ctx, tx)
	if err != nil {
		return nil, makeError(ErrBackend, err, "receipt of "+tx.Hex())
	}
	return r, nil
}

// ExitData sends one JSON-RPC batch: eth_getBlockByNumber,
// eth_getBlockReceipts and one bor_getRootHash per range.
func (n *ChildChainNode) ExitData(ctx context.Context, block uint64, ranges []exit.BlockRange) (*types.Header, types.Receipts, []common.Hash, error) {
	var header *types.Header
	var receipts types.Receipts
	roots := make([]string, len(ranges))
	num := hexutil.EncodeUint64(block)
	batch := []rpc.BatchElem{
		{Method: "eth_getBlockByNumber", Args: []any{num, false}, Result: &header},
		{Method: "eth_getBlockReceipts", Args: []any{num}, Result: &receipts},
	}
	for i, r := range ranges {
		batch = append(batch, rpc.BatchElem{Method: "bor_getRootHash", Args: []any{r.Start, r.End}, Result: &roots[i]})
	}
	if err := n.c.BatchCallContext(ctx, batch); err != nil {
		return nil, nil, nil, makeError(ErrBackend, err, "exit data of block "+hexutil.EncodeUint64(block))
	}
	for _, e := range batch {
		if e.Error != nil {
			return nil, nil, nil, makeError(ErrBackend, e.Error, e.Method)
		}
	}
	if header == nil {
		return nil, nil, nil, makeError(ErrBadAnswer, nil, "block "+num+" not found")
	}
	hashes := make([]common.Hash, len(roots))
	for i, s := range roots {
		// bor_getRootHash answers hex without a 0x prefix.
		b, err := hexutil.Decode("0x" + strings.TrimPrefix(s, "0x"))
		if err != nil || len(b) != 32 {
			return nil, nil, nil, makeError(ErrBadAnswer, nil, "bor_getRootHash("+
				hexutil.EncodeUint64(ranges[i].Start)+", "+hexutil.EncodeUint64(ranges[i].End)+") = "+
				quote(s)+": not a 32-byte hex hash")
		}
		hashes[i] = common.BytesToHash(b)
	}
	return header, receipts, hashes, nil
}

func quote(s string) string {
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return `"` + s + `"`
}

// currentHeaderBlockSelector is the selector of currentHeaderBlock().
var currentHeaderBlockSelector = crypto.Keccak256([]byte("currentHeaderBlock()"))[:4]

// RootChainContract is a contract binding: exit.RootChainReader for one
// deployed root chain contract (BTTC's RootChain, or the SDK's
// CheckpointManager), read through a chains.Caller.
type RootChainContract struct {
	c       chains.Caller
	address common.Address
}

// NewRootChainContract binds the contract at address, read through c (no
// I/O here; the first call reads the chain).
func NewRootChainContract(c chains.Caller, address common.Address) *RootChainContract {
	return &RootChainContract{c: c, address: address}
}

// Address returns the bound contract's address.
func (r *RootChainContract) Address() common.Address { return r.address }

// CurrentHeaderBlock calls currentHeaderBlock() at block at (nil: latest).
func (r *RootChainContract) CurrentHeaderBlock(ctx context.Context, at *big.Int) (*big.Int, error) {
	out, err := r.c.CallContract(ctx, ethereum.CallMsg{To: &r.address, Data: currentHeaderBlockSelector}, at)
	if err != nil {
		return nil, makeError(ErrBackend, err, "currentHeaderBlock() on "+r.address.Hex())
	}
	if len(out) != 32 {
		return nil, makeError(ErrBadAnswer, nil, "currentHeaderBlock() on "+r.address.Hex()+" returned "+
			strconv.Itoa(len(out))+" bytes, want 32 (is there a root chain contract at that block?)")
	}
	return new(big.Int).SetBytes(out), nil
}

// HeaderBlock calls headerBlocks(id) at block at (nil: latest).
func (r *RootChainContract) HeaderBlock(ctx context.Context, id *big.Int, at *big.Int) (*checkpoint.HeaderBlock, error) {
	data, err := checkpoint.PackHeaderBlocks(id)
	if err != nil {
		return nil, makeError(ErrBadAnswer, err, "packing headerBlocks")
	}
	out, err := r.c.CallContract(ctx, ethereum.CallMsg{To: &r.address, Data: data}, at)
	if err != nil {
		return nil, makeError(ErrBackend, err, "headerBlocks("+id.String()+") on "+r.address.Hex())
	}
	hb, err := checkpoint.DecodeHeaderBlock(id, out)
	if err != nil {
		return nil, makeError(ErrBadAnswer, err, "headerBlocks("+id.String()+") on "+r.address.Hex())
	}
	return hb, nil
}

var (
	_ exit.ChildChainReader = (*ChildChainNode)(nil)
	_ exit.RootChainReader  = (*RootChainContract)(nil)
)
