package tron

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/chains"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/fbsobreira/gotron-sdk/pkg/client"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/api"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/core"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
)

// The kinds of error of the adapter.
const (
	// ErrNode: the node failed or gave an answer that does not parse.
	ErrNode = ErrorKind("ErrNode")
	// ErrReverted: the call or transaction reverted; the description has
	// the decoded reason.
	ErrReverted = ErrorKind("ErrReverted")
	// ErrOutOfEnergy: the transaction ran out of energy (its fee limit
	// was too low).
	ErrOutOfEnergy = ErrorKind("ErrOutOfEnergy")
	// ErrExpired: the transaction expired before a block included it.
	ErrExpired = ErrorKind("ErrExpired")
	// ErrBandwidth: the account cannot pay the transaction's bandwidth
	// (or does not exist on the chain).
	ErrBandwidth = ErrorKind("ErrBandwidth")
	// ErrRejected: the node refused the transaction for another reason
	// (signature, TaPoS, validation); the description has its code.
	ErrRejected = ErrorKind("ErrRejected")
)

func wrapf(kind ErrorKind, cause error, format string, args ...any) *Error {
	e := errorf(kind, format, args...)
	e.Err = cause
	return e
}

// Client reads a TRON node through gotron-sdk's gRPC client: the full
// node's Wallet service for the head, blocks, transaction infos and
// transactions, the WalletSolidity service for the solidified (final)
// block and calls at it.
//
// Headers are go-ethereum headers built from TRON block headers: Number,
// Time (seconds), ParentHash (the parent's TRON block id), TxHash (the
// transaction trie root), Coinbase (the witness) and MixDigest (the
// block's TRON block id, see BlockID). Their Hash is a hash of those
// fields, stable for a block, and the BlockHash of every log and receipt
// the client returns; it is not TRON's block id.
type Client struct {
	full    *client.GrpcClient
	solidTo *grpc.ClientConn
	wallet  api.WalletClient
	solid   api.WalletSolidityClient
}

// Dial connects to a full node's gRPC address (host:port) and its
// solidity service (solidity: its address, or "" when the full node
// serves it too). Plain connections: put TLS in opts. Dial does no I/O:
// the first call connects.
func Dial(full, solidity string, opts ...grpc.DialOption) (*Client, error) {
	if len(opts) == 0 {
		opts = []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	}
	g := client.NewGrpcClient(full)
	if err := g.Start(opts...); err != nil {
		return nil, wrapf(ErrNode, err, "connecting to %s", full)
	}
	c := &Client{full: g, wallet: g.Client}
	if solidity == "" || solidity == full {
		c.solid = api.NewWalletSolidityClient(g.Conn)
		return c, nil
	}
	conn, err := grpc.NewClient(solidity, opts...)
	if err != nil {
		g.Stop()
		return nil, wrapf(ErrNode, err, "connecting to %s", solidity)
	}
	c.solidTo, c.solid = conn, api.NewWalletSolidityClient(conn)
	return c, nil
}

// Close closes the connections.
func (c *Client) Close() {
	c.full.Stop()
	if c.solidTo != nil {
		c.solidTo.Close()
	}
}

// Wallet returns gotron-sdk's Wallet client, for calls the adapter does
// not wrap.
func (c *Client) Wallet() api.WalletClient { return c.wallet }

// BlockID returns the TRON block id of a header the client returned.
func BlockID(h *types.Header) common.Hash { return h.MixDigest }

func header(b *api.BlockExtention) (*types.Header, error) {
	raw := b.GetBlockHeader().GetRawData()
	if raw == nil || len(b.GetBlockid()) != 32 {
		return nil, ethereum.NotFound
	}
	h := &types.Header{Number: big.NewInt(raw.Number), Time: uint64(raw.Timestamp / 1000), ParentHash: common.BytesToHash(raw.ParentHash),
		TxHash: common.BytesToHash(raw.TxTrieRoot), MixDigest: common.BytesToHash(b.Blockid), Difficulty: new(big.Int)}
	if w, err := FromBytes(raw.WitnessAddress); err == nil {
		h.Coinbase = w.EVM()
	}
	return h, nil
}

// Head implements chains.HeadReader: the solidified block (TRON's
// finality: confirmed by more than 2/3 of the witnesses).
func (c *Client) Head(ctx context.Context) (*types.Header, error) {
	b, err := c.solid.GetNowBlock2(ctx, &api.EmptyMessage{})
	if err != nil {
		return nil, wrapf(ErrNode, err, "solidified block")
	}
	return header(b)
}

// HeaderByNumber implements chains.HeaderReader (nil: the newest block).
// A block the node does not have is ethereum.NotFound.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	var (
		b   *api.BlockExtention
		err error
	)
	if number == nil {
		b, err = c.wallet.GetNowBlock2(ctx, &api.EmptyMessage{})
	} else {
		if !number.IsInt64() {
			return nil, ethereum.NotFound
		}
		b, err = c.wallet.GetBlockByNum2(ctx, &api.NumberMessage{Num: number.Int64()})
	}
	if err != nil {
		return nil, wrapf(ErrNode, err, "block %v", number)
	}
	h, err := header(b)
	if err == nil && number != nil && h.Number.Cmp(number) != 0 {
		return nil, ethereum.NotFound
	}
	return h, err
}

// logs converts a transaction info's logs (TRON logs carry the 20-byte
// address) to go-ethereum logs.
func logs(info *core.TransactionInfo, h *types.Header, txIndex uint, first uint) []*types.Log {
	out := make([]*types.Log, 0, len(info.Log))
	for i, l := range info.Log {
		topics := make([]common.Hash, len(l.Topics))
		for j, t := range l.Topics {
			topics[j] = common.BytesToHash(t)
		}
		out = append(out, &types.Log{Address: common.BytesToAddress(l.Address), Topics: topics, Data: l.Data,
			BlockNumber: h.Number.Uint64(), BlockHash: h.Hash(), TxHash: common.BytesToHash(info.Id), TxIndex: txIndex,
			Index: first + uint(i)})
	}
	return out
}

// FilterLogs implements chains.LogFilterer over the transaction infos of
// each block in the range (GetTransactionInfoByBlockNum): a block range
// only (TRON has no log index by hash); a call per block, and one more
// (its header) for a block with transactions.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash != nil {
		return nil, errorf(ErrNode, "logs by block hash are not supported; give a block range")
	}
	to := q.ToBlock
	if to == nil {
		h, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		to = h.Number
	}
	from := q.FromBlock
	if from == nil {
		from = to
	}
	var out []types.Log
	for n := from.Int64(); n <= to.Int64(); n++ {
		infos, err := c.wallet.GetTransactionInfoByBlockNum(ctx, &api.NumberMessage{Num: n})
		if err != nil {
			return nil, wrapf(ErrNode, err, "transaction infos of block %d", n)
		}
		if len(infos.GetTransactionInfo()) == 0 {
			continue
		}
		h, err := c.HeaderByNumber(ctx, big.NewInt(n))
		if err != nil {
			return nil, err
		}
		index := uint(0)
		for i, info := range infos.GetTransactionInfo() {
			for _, l := range logs(info, h, uint(i), index) {
				if matches(l, q) {
					out = append(out, *l)
				}
			}
			index += uint(len(info.GetLog()))
		}
	}
	return out, nil
}

func matches(l *types.Log, q ethereum.FilterQuery) bool {
	if len(q.Addresses) > 0 {
		ok := false
		for _, a := range q.Addresses {
			ok = ok || a == l.Address
		}
		if !ok {
			return false
		}
	}
	if len(q.Topics) > len(l.Topics) {
		return false
	}
	for i, alts := range q.Topics {
		if len(alts) == 0 {
			continue
		}
		ok := false
		for _, t := range alts {
			ok = ok || t == l.Topics[i]
		}
		if !ok {
			return false
		}
	}
	return true
}

// Result is what a TRON transaction did, from its transaction info.
type Result struct {
	Receipt *types.Receipt
	// Info is the node's transaction info.
	Info *core.TransactionInfo
	// Energy is the energy used; Fee the SUN the transaction burned in
	// all (energy, bandwidth and any other fee: java-tron's total).
	Energy, Fee int64
}

// Err returns the transaction's failure as a typed error (nil if it
// succeeded): ErrOutOfEnergy, or ErrReverted with the decoded reason.
func (r *Result) Err() error {
	if r.Info.GetResult() != core.TransactionInfo_FAILED {
		return nil
	}
	id := fmt.Sprintf("%x", r.Info.Id)
	switch r.Info.GetReceipt().GetResult() {
	case core.Transaction_Result_OUT_OF_ENERGY, core.Transaction_Result_OUT_OF_TIME:
		return errorf(ErrOutOfEnergy, "transaction %s ran out of energy after %d (raise the fee limit)", id, r.Energy)
	}
	var data []byte
	if len(r.Info.ContractResult) > 0 {
		data = r.Info.ContractResult[0]
	}
	return errorf(ErrReverted, "transaction %s reverted: %s", id, RevertReason(data, string(r.Info.ResMessage)))
}

// RevertReason decodes revert data (Error(string), Panic(uint256) or raw
// bytes); fallback is used when there is none.
func RevertReason(data []byte, fallback string) string {
	if len(data) == 0 {
		if fallback == "" {
			return "no reason given"
		}
		return fallback
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return fmt.Sprintf("%q", reason)
	}
	return fmt.Sprintf("revert data 0x%x", data)
}

// TransactionResult returns the outcome of transaction id (its TRON
// transaction id) once a block includes it; ethereum.NotFound before.
func (c *Client) TransactionResult(ctx context.Context, id common.Hash) (*Result, error) {
	info, err := c.wallet.GetTransactionInfoById(ctx, &api.BytesMessage{Value: id[:]})
	if err != nil {
		return nil, wrapf(ErrNode, err, "transaction info of %x", id)
	}
	if len(info.GetId()) == 0 {
		return nil, ethereum.NotFound
	}
	h, err := c.HeaderByNumber(ctx, big.NewInt(info.BlockNumber))
	if err != nil {
		return nil, err
	}
	rec := &types.Receipt{Type: types.LegacyTxType, TxHash: id, BlockNumber: new(big.Int).Set(h.Number), BlockHash: h.Hash(),
		GasUsed: uint64(info.GetReceipt().GetEnergyUsageTotal()), Status: types.ReceiptStatusSuccessful}
	if info.GetResult() == core.TransactionInfo_FAILED {
		rec.Status = types.ReceiptStatusFailed
	} else if len(info.GetLog()) > 0 {
		// Log indices count from the block's first log, as FilterLogs
		// gives them: the block's earlier transactions are read for that.
		infos, err := c.wallet.GetTransactionInfoByBlockNum(ctx, &api.NumberMessage{Num: info.BlockNumber})
		if err != nil {
			return nil, wrapf(ErrNode, err, "transaction infos of block %d", info.BlockNumber)
		}
		first := uint(0)
		for i, other := range infos.GetTransactionInfo() {
			if common.BytesToHash(other.GetId()) == id {
				rec.TransactionIndex = uint(i)
				break
			}
			first += uint(len(other.GetLog()))
		}
		rec.Logs = logs(info, h, rec.TransactionIndex, first)
	}
	rec.CumulativeGasUsed = rec.GasUsed
	if len(info.ContractAddress) == 21 {
		if a, err := FromBytes(info.ContractAddress); err == nil {
			rec.ContractAddress = a.EVM()
		}
	}
	return &Result{Receipt: rec, Info: info, Energy: info.GetReceipt().GetEnergyUsageTotal(), Fee: info.GetFee()}, nil
}

// TransactionReceipt implements chains.ReceiptReader: the receipt of a
// TRON transaction by its id (GasUsed is the energy used; a failed
// transaction has status 0, its reason in TransactionResult).
func (c *Client) TransactionReceipt(ctx context.Context, id common.Hash) (*types.Receipt, error) {
	r, err := c.TransactionResult(ctx, id)
	if err != nil {
		return nil, err
	}
	return r.Receipt, nil
}

func trigger(msg ethereum.CallMsg) *core.TriggerSmartContract {
	ct := &core.TriggerSmartContract{OwnerAddress: FromEVM(msg.From).Bytes(), Data: msg.Data}
	if msg.To != nil {
		ct.ContractAddress = FromEVM(*msg.To).Bytes()
	}
	if msg.Value != nil {
		ct.CallValue = msg.Value.Int64()
	}
	return ct
}

// CallContract implements chains.Caller with TriggerConstantContract.
// java-tron runs constant calls on its current state only: block nil
// calls the full node (the newest block); any block number calls the
// solidity service, whose state is the solidified block's — final, and at
// least as new as any final block the caller names.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	var (
		ext *api.TransactionExtention
		err error
	)
	if block == nil {
		ext, err = c.wallet.TriggerConstantContract(ctx, trigger(msg))
	} else {
		ext, err = c.solid.TriggerConstantContract(ctx, trigger(msg))
	}
	if err != nil {
		return nil, wrapf(ErrNode, err, "constant call to %s", addrOf(msg.To))
	}
	if err := constantErr(ext, msg.To); err != nil {
		return nil, err
	}
	if len(ext.ConstantResult) == 0 {
		return nil, nil
	}
	return ext.ConstantResult[0], nil
}

func addrOf(a *common.Address) string {
	if a == nil {
		return "(no contract)"
	}
	return FromEVM(*a).String()
}

func constantErr(ext *api.TransactionExtention, to *common.Address) error {
	rets := ext.GetTransaction().GetRet()
	reverted := len(rets) > 0 && rets[0].ContractRet == core.Transaction_Result_REVERT
	if reverted {
		var data []byte
		if len(ext.ConstantResult) > 0 {
			data = ext.ConstantResult[0]
		}
		return errorf(ErrReverted, "call to %s reverted: %s", addrOf(to), RevertReason(data, string(ext.GetResult().GetMessage())))
	}
	if r := ext.GetResult(); r != nil && r.Code != api.Return_SUCCESS {
		return errorf(ErrRejected, "call to %s: %s: %s", addrOf(to), r.Code, r.Message)
	}
	return nil
}

// EstimateEnergy returns the energy a call would use now: the node's
// EstimateEnergy, or, where the node does not estimate (the method
// unimplemented, or refused as java-tron does without vm.estimateEnergy),
// the energy a constant call used. A reverting call is ErrReverted with
// its reason (from the constant call's result).
func (c *Client) EstimateEnergy(ctx context.Context, msg ethereum.CallMsg) (int64, error) {
	est, err := c.wallet.EstimateEnergy(ctx, trigger(msg))
	switch {
	case err == nil && est.GetResult().GetCode() == api.Return_SUCCESS:
		return est.EnergyRequired, nil
	case err != nil && status.Code(err) != codes.Unimplemented:
		return 0, wrapf(ErrNode, err, "estimating energy for %s", addrOf(msg.To))
	}
	ext, err := c.wallet.TriggerConstantContract(ctx, trigger(msg))
	if err != nil {
		return 0, wrapf(ErrNode, err, "constant call to %s", addrOf(msg.To))
	}
	if err := constantErr(ext, msg.To); err != nil {
		return 0, err
	}
	return ext.EnergyUsed, nil
}

// EnergyPrice returns the chain's price of energy in SUN
// (GetChainParameters: getEnergyFee).
func (c *Client) EnergyPrice(ctx context.Context) (int64, error) {
	ps, err := c.wallet.GetChainParameters(ctx, &api.EmptyMessage{})
	if err != nil {
		return 0, wrapf(ErrNode, err, "chain parameters")
	}
	for _, p := range ps.GetChainParameter() {
		if p.Key == "getEnergyFee" {
			return p.Value, nil
		}
	}
	return 0, errorf(ErrNode, "the node's chain parameters have no getEnergyFee")
}

// TxID returns a transaction's id: sha256 of its raw data.
func TxID(raw []byte) common.Hash { return sha256.Sum256(raw) }

// broadcastErr maps a broadcast answer to a typed error (nil when
// accepted, or when the node already has the transaction).
func broadcastErr(r *api.Return, id common.Hash) error {
	if r.GetResult() || r.GetCode() == api.Return_SUCCESS || r.GetCode() == api.Return_DUP_TRANSACTION_ERROR {
		return nil
	}
	kind := ErrRejected
	switch r.GetCode() {
	case api.Return_BANDWITH_ERROR:
		kind = ErrBandwidth
	case api.Return_TRANSACTION_EXPIRATION_ERROR:
		kind = ErrExpired
	}
	return errorf(kind, "broadcasting %x: %s: %s", id, r.GetCode(), r.GetMessage())
}

var (
	_ chains.Reader = (*Client)(nil)
	_ chains.Caller = (*Client)(nil)
)
