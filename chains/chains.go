// Package chains declares what the relay engine needs from a chain, as
// small interfaces (one to three methods, context first) that adapters
// implement and callers compose: chains/evm over JSON-RPC nodes (Ethereum,
// BNB Chain, BTTC) and chains/simulated over go-ethereum's simulated
// backend for tests and examples.
package chains

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// HeadReader reads the chain's head under the adapter's finality rule:
// the newest header that rule considers final (the latest minus a number
// of confirmations, or the "safe" or "finalized" block).
type HeadReader interface {
	Head(ctx context.Context) (*types.Header, error)
}

// HeaderReader reads a header by number.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// LogFilterer reads logs matching a query over a block range.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// ReceiptReader reads a transaction's receipt.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
}

// Caller runs a read-only call.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// BatchCaller sends several JSON-RPC calls in one round trip. Each
// element's own error is in its Error field; the returned error is a
// transport failure.
type BatchCaller interface {
	BatchCallContext(ctx context.Context, batch []rpc.BatchElem) error
}

// TxSender broadcasts a signed transaction.
type TxSender interface {
	SendTransaction(ctx context.Context, tx *types.Transaction) error
}

// Reader is what a watcher needs: heads, headers, logs and receipts.
type Reader interface {
	HeadReader
	HeaderReader
	LogFilterer
	ReceiptReader
}

// Finality is a rule for when a block is final.
type Finality struct {
	// Tag, if set, is the block tag that names the final block: "safe" or
	// "finalized" (Ethereum after the merge). It takes precedence.
	Tag string
	// Confirmations is how many blocks must follow a block for it to be
	// final, when no tag is used.
	Confirmations uint64
}
