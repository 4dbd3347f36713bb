// Package exitrpc connects the exit builder and finder to JSON-RPC nodes:
// a BTTC node (eth_ and bor_ namespaces) and a root chain node.
package exitrpc

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/exit"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChildChain is exit.ChildChain over a BTTC node's JSON-RPC.
type ChildChain struct {
	c *rpc.Client
}

// NewChildChain wraps a client connected to a BTTC node.
func NewChildChain(c *rpc.Client) *ChildChain { return &ChildChain{c: c} }

// TransactionReceipt calls eth_getTransactionReceipt.
func (cc *ChildChain) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	if err := cc.c.CallContext(ctx, &r, "eth_getTransactionReceipt", tx); err != nil {
		return nil, err
	}
	return r, nil
}

// ExitData sends one JSON-RPC batch: eth_getBlockByNumber,
// eth_getBlockReceipts and one bor_getRootHash per range.
func (cc *ChildChain) ExitData(ctx context.Context, block uint64, ranges []exit.BlockRange) (*types.Header, types.Receipts, []common.Hash, error) {
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
	if err := cc.c.BatchCallContext(ctx, batch); err != nil {
		return nil, nil, nil, err
	}
	for _, e := range batch {
		if e.Error != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", e.Method, e.Error)
		}
	}
	if header == nil {
		return nil, nil, nil, fmt.Errorf("block %d not found", block)
	}
	hashes := make([]common.Hash, len(roots))
	for i, s := range roots {
		// bor_getRootHash answers hex without a 0x prefix.
		b, err := hexutil.Decode("0x" + strings.TrimPrefix(s, "0x"))
		if err != nil || len(b) != 32 {
			return nil, nil, nil, fmt.Errorf("bor_getRootHash(%d, %d) = %q: not a 32-byte hex hash", ranges[i].Start, ranges[i].End, s)
		}
		hashes[i] = common.BytesToHash(b)
	}
	return header, receipts, hashes, nil
}

// RootChain is exit.RootChain over a root chain node, reading the root
// chain contract at Address.
type RootChain struct {
	client  *ethclient.Client
	address common.Address
	abi     abi.ABI
}

const currentHeaderBlockABI = `[{"type":"function","name":"currentHeaderBlock","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]}]`

// NewRootChain reads the root chain contract at address through c.
func NewRootChain(c *rpc.Client, address common.Address) (*RootChain, error) {
	parsed, err := abi.JSON(strings.NewReader(currentHeaderBlockABI))
	if err != nil {
		return nil, err
	}
	return &RootChain{client: ethclient.NewClient(c), address: address, abi: parsed}, nil
}

// CurrentHeaderBlock calls currentHeaderBlock().
func (r *RootChain) CurrentHeaderBlock(ctx context.Context) (*big.Int, error) {
	data, _ := r.abi.Pack("currentHeaderBlock")
	out, err := r.client.CallContract(ctx, ethereum.CallMsg{To: &r.address, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	vals, err := r.abi.Unpack("currentHeaderBlock", out)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("decoding currentHeaderBlock: %v", err)
	}
	return vals[0].(*big.Int), nil
}

// HeaderBlock calls headerBlocks(id).
func (r *RootChain) HeaderBlock(ctx context.Context, id *big.Int) (*checkpoint.HeaderBlock, error) {
	data, err := checkpoint.PackHeaderBlocks(id)
	if err != nil {
		return nil, err
	}
	out, err := r.client.CallContract(ctx, ethereum.CallMsg{To: &r.address, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	return checkpoint.DecodeHeaderBlock(out)
}
