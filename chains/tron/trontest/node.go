// Package trontest is a TRON node for tests, in process: a gRPC server on
// loopback implementing the part of java-tron's Wallet and WalletSolidity
// services that chains/tron uses, answering with TRON's own protobuf
// messages (gotron-sdk's), and executing contract calls and transactions
// on a real EVM (chains/simulated, go-ethereum's node and EVM).
//
// What it models: blocks with TRON block ids (sha256 of the header's raw
// data, the first 8 bytes replaced by the number), a solidified block a
// fixed depth behind the head, TriggerContract transactions with TaPoS
// reference blocks, expirations and fee limits, signatures over sha256 of
// the raw data, energy (the EVM gas a call uses beyond its intrinsic gas)
// charged at a fixed price, transaction infos with results, logs,
// receipts and revert messages, and the broadcast errors java-tron returns
// (signature, duplicate, expired, TaPoS, bandwidth). What it does not:
// bandwidth and energy accounting by staking, TRX transfers, TRC-10,
// multi-signature permissions, java-tron's contract address derivation
// (contracts are deployed through the EVM at EVM addresses), and its
// transaction trie (the header's txTrieRoot is sha256 over the ids).
//
// The node holds the keys of its accounts: a TRON transaction, checked
// against its TRON signature, runs as an EVM transaction of the same
// account; and a contract call sent to the EVM directly (setup, a user's
// deposit) shows in its block as a TRON transaction of the same account.
package trontest

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/api"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/core"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/anypb"
)

// Config configures a node. Zero fields take the defaults.
type Config struct {
	// Accounts are funded and can send (the node signs their EVM
	// transactions).
	Accounts []*ecdsa.PrivateKey
	// ChainID is the backing EVM chain's id (default 728126428, what
	// TRON mainnet answers to eth_chainId).
	ChainID uint64
	// EnergyPrice is the price of a unit of energy in SUN (default 420).
	EnergyPrice int64
	// SolidDepth is how far the solidified block is behind the head
	// (default 19, as on TRON with 27 witnesses).
	SolidDepth uint64
	// BlockInterval is the time between block timestamps (default 3 s).
	BlockInterval time.Duration
	// Expiration is how long after the head's time a transaction built
	// by TriggerContract expires (default 60 s, java-tron's).
	Expiration time.Duration
	// NoEstimateEnergy refuses EstimateEnergy as java-tron does when
	// vm.estimateEnergy is off.
	NoEstimateEnergy bool
}

func (c *Config) defaults() {
	if c.ChainID == 0 {
		c.ChainID = 728126428
	}
	if c.EnergyPrice == 0 {
		c.EnergyPrice = 420
	}
	if c.SolidDepth == 0 {
		c.SolidDepth = 19
	}
	if c.BlockInterval == 0 {
		c.BlockInterval = 3 * time.Second
	}
	if c.Expiration == 0 {
		c.Expiration = 60 * time.Second
	}
}

// Node is a TRON node on a simulated EVM.
type Node struct {
	cfg     Config
	evm     *simulated.Chain
	keys    map[common.Address]*ecdsa.PrivateKey
	witness common.Address
	genesis int64 // ms

	mu      sync.Mutex
	blocks  []*block
	infos   map[[32]byte]*core.TransactionInfo
	txs     map[[32]byte]*core.Transaction
	pending []*core.Transaction
	lose    int   // broadcasts to accept and then lose
	lost    int   // broadcasts lost so far
	refused int   // pending transactions the EVM refused (dropped from their block)
	shift   int64 // ms added to the timestamps of the next blocks

	srv     *grpc.Server
	lis     net.Listener
	calls   atomic.Int64
	callsMu sync.Mutex
	methods map[string]int64
}

type block struct {
	header *core.BlockHeader
	id     [32]byte
	txs    []*core.Transaction
}

// New starts a node: its EVM, with the accounts funded, and block 0.
func New(cfg Config) *Node {
	cfg.defaults()
	alloc := types.GenesisAlloc{}
	n := &Node{cfg: cfg, keys: map[common.Address]*ecdsa.PrivateKey{}, infos: map[[32]byte]*core.TransactionInfo{},
		txs: map[[32]byte]*core.Transaction{}, genesis: 1_700_000_000_000, witness: common.HexToAddress("0x7e57")}
	for _, k := range cfg.Accounts {
		a := crypto.PubkeyToAddress(k.PublicKey)
		n.keys[a] = k
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))}
	}
	n.evm = simulated.New(cfg.ChainID, alloc, chains.Finality{Confirmations: cfg.SolidDepth})
	n.blocks = []*block{n.makeBlock(0, [32]byte{}, nil)}
	return n
}

// EVM returns the backing chain, to deploy and set up contracts. Send
// through it, then seal with the node's Commit (never the chain's own),
// so every EVM block is a TRON block.
func (n *Node) EVM() *simulated.Chain { return n.evm }

// Config returns the node's configuration (with defaults filled in).
func (n *Node) Config() Config { return n.cfg }

// Listen serves the Wallet and WalletSolidity services on addr
// ("127.0.0.1:0" for any free port) until Close.
func (n *Node) Listen(addr string) (string, error) {
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	n.lis = lis
	n.srv = grpc.NewServer(grpc.UnaryInterceptor(func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		n.calls.Add(1)
		n.callsMu.Lock()
		if n.methods == nil {
			n.methods = map[string]int64{}
		}
		n.methods[info.FullMethod]++
		n.callsMu.Unlock()
		return h(ctx, req)
	}))
	api.RegisterWalletServer(n.srv, &wallet{n: n})
	api.RegisterWalletSolidityServer(n.srv, &solidity{n: n})
	go func() { _ = n.srv.Serve(lis) }()
	return lis.Addr().String(), nil
}

// Calls returns how many gRPC calls the node has served.
func (n *Node) Calls() int64 { return n.calls.Load() }

// CallsByMethod returns the calls served per gRPC method
// ("/protocol.Wallet/GetNowBlock2", …).
func (n *Node) CallsByMethod() map[string]int64 {
	n.callsMu.Lock()
	defer n.callsMu.Unlock()
	out := make(map[string]int64, len(n.methods))
	for k, v := range n.methods {
		out[k] = v
	}
	return out
}

// Close stops the server and the EVM.
func (n *Node) Close() {
	if n.srv != nil {
		n.srv.Stop()
	}
	n.evm.Close()
}

// LoseBroadcasts makes the node accept the next k broadcasts and then
// lose them (a transaction that never reaches a witness): they expire.
func (n *Node) LoseBroadcasts(k int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.lose += k
}

// Lost returns how many broadcasts the node has lost (LoseBroadcasts).
func (n *Node) Lost() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.lost
}

// Refused returns how many pending transactions the EVM refused to
// execute (dropped from their block, as java-tron drops them).
func (n *Node) Refused() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.refused
}

// AdvanceTime moves the timestamps of the next blocks forward by d.
func (n *Node) AdvanceTime(d time.Duration) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.shift += d.Milliseconds()
}

// Include seals a block with an EVM transaction sent through EVM() and
// returns its receipt.
func (n *Node) Include(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	if err := n.evm.WaitPending(ctx, tx); err != nil {
		return nil, err
	}
	if _, err := n.Commit(ctx); err != nil {
		return nil, err
	}
	return n.evm.TransactionReceipt(ctx, tx)
}

// Mine commits a block every interval until stop is called.
func (n *Node) Mine(every time.Duration) (stop func()) {
	return simulated.Repeat(every, func() error {
		_, err := n.Commit(context.Background())
		return err
	})
}

func (n *Node) makeBlock(num int64, parent [32]byte, txs []*core.Transaction) *block {
	root := sha256.New()
	for _, tx := range txs {
		id := txID(tx)
		root.Write(id[:])
	}
	raw := &core.BlockHeaderRaw{Timestamp: n.genesis + num*n.cfg.BlockInterval.Milliseconds() + n.shift, TxTrieRoot: root.Sum(nil),
		ParentHash: parent[:], Number: num, WitnessAddress: tron.FromEVM(n.witness).Bytes(), Version: 31}
	b, _ := proto.Marshal(raw)
	id := sha256.Sum256(b)
	binary.BigEndian.PutUint64(id[:8], uint64(num))
	return &block{header: &core.BlockHeader{RawData: raw}, id: id, txs: txs}
}

// txID is sha256 of the transaction's raw data (computed here, not with
// chains/tron's TxID, so the adapter's ids are checked against an
// independent computation).
func txID(tx *core.Transaction) [32]byte {
	b, _ := proto.Marshal(tx.GetRawData())
	return sha256.Sum256(b)
}

func (n *Node) head() *block { return n.blocks[len(n.blocks)-1] }

// solidified is solidNumber under the node's lock.
func (n *Node) solidified() int64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.solidNumber()
}

func (n *Node) solidNumber() int64 {
	h := int64(len(n.blocks) - 1)
	return max(0, h-int64(n.cfg.SolidDepth))
}

// Commit seals a block with the pending transactions that have not
// expired (and any EVM transactions sent directly) and returns its number.
func (n *Node) Commit(ctx context.Context) (int64, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	num := int64(len(n.blocks))
	ts := n.genesis + num*n.cfg.BlockInterval.Milliseconds() + n.shift
	type sent struct {
		tx      *core.Transaction
		evm     *types.Transaction
		msg     ethereum.CallMsg
		intrins uint64
	}
	head, err := n.evm.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	price := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9))
	// Every pending transaction leaves the pool now, whatever happens
	// below: one handed to the EVM must never be handed over again (it
	// would run twice under the next nonce).
	pending := n.pending
	n.pending = nil
	var in []sent
	nonces := map[common.Address]uint64{} // the next nonce per owner within this block
	for _, tx := range pending {
		if tx.GetRawData().GetExpiration() <= ts {
			continue // expired before a witness packed it
		}
		owner, ct, err := trigger(tx)
		if err != nil {
			continue
		}
		key := n.keys[owner]
		// The EVM pool promotes a transaction asynchronously: right after
		// one is added, its pending nonce may not count it yet. The
		// nonces handed out in this block are counted here.
		nonce, seen := nonces[owner]
		if !seen {
			if nonce, err = n.evm.PendingNonceAt(ctx, owner); err != nil {
				return 0, err
			}
		}
		energy := uint64(tx.GetRawData().GetFeeLimit() / n.cfg.EnergyPrice)
		intr, floor := intrinsic(ct.Data)
		gas := max(intr+energy, floor)
		to := common.BytesToAddress(ct.ContractAddress[1:])
		etx, err := types.SignNewTx(key, types.LatestSignerForChainID(n.evm.ID()), &types.LegacyTx{Nonce: nonce, GasPrice: price,
			Gas: gas, To: &to, Data: ct.Data, Value: big.NewInt(ct.CallValue)})
		if err != nil {
			return 0, err
		}
		if err := n.evm.SendTransaction(ctx, etx); err != nil {
			// A transaction a witness cannot execute is dropped, as
			// java-tron drops it; the block goes on with the others.
			n.refused++
			continue
		}
		nonces[owner] = nonce + 1
		in = append(in, sent{tx: tx, evm: etx, msg: ethereum.CallMsg{From: owner, To: &to, Gas: gas, Data: ct.Data,
			Value: big.NewInt(ct.CallValue)}, intrins: intr})
	}
	hash := n.evm.Commit()
	evmBlock, err := n.evm.HeaderByHash(ctx, hash)
	if err != nil {
		return 0, err
	}
	if evmBlock.Number.Int64() != num {
		return 0, fmt.Errorf("trontest: EVM block %d sealed as TRON block %d (was the EVM committed directly?)", evmBlock.Number, num)
	}
	receipts, err := n.evm.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, true))
	if err != nil {
		return 0, err
	}
	bySent := map[common.Hash]*sent{}
	for i := range in {
		bySent[in[i].evm.Hash()] = &in[i]
	}
	if len(receipts) < len(in) {
		return 0, fmt.Errorf("trontest: %d transactions sent, %d in the sealed block", len(in), len(receipts))
	}
	var txs []*core.Transaction
	for _, rec := range receipts {
		s := bySent[rec.TxHash]
		if s == nil {
			// Sent through EVM() directly: a TRON transaction of the
			// same account all the same (contract creations are not).
			etx, err := n.evm.TransactionInBlock(ctx, hash, rec.TransactionIndex)
			if err != nil {
				return 0, err
			}
			from, err := types.Sender(types.LatestSignerForChainID(n.evm.ID()), etx)
			if err != nil || etx.To() == nil {
				continue
			}
			ct := &core.TriggerSmartContract{OwnerAddress: tron.FromEVM(from).Bytes(), ContractAddress: tron.FromEVM(*etx.To()).Bytes(),
				Data: etx.Data(), CallValue: etx.Value().Int64()}
			param, err := anypb.New(ct)
			if err != nil {
				return 0, err
			}
			parent := n.head()
			tx := &core.Transaction{RawData: &core.TransactionRaw{RefBlockBytes: parent.id[6:8], RefBlockHash: parent.id[8:16],
				Expiration: ts + n.cfg.Expiration.Milliseconds(), Timestamp: ts, FeeLimit: int64(etx.Gas()) * n.cfg.EnergyPrice,
				Contract: []*core.Transaction_Contract{{Type: core.Transaction_Contract_TriggerSmartContract, Parameter: param}}}}
			if key := n.keys[from]; key != nil {
				id := txID(tx)
				if sig, err := crypto.Sign(id[:], key); err == nil {
					tx.Signature = [][]byte{sig}
				}
			}
			intr, _ := intrinsic(etx.Data())
			s = &sent{tx: tx, evm: etx, msg: ethereum.CallMsg{From: from, To: etx.To(), Gas: etx.Gas(), Data: etx.Data(), Value: etx.Value()},
				intrins: intr}
		}
		id := txID(s.tx)
		used := int64(rec.GasUsed) - int64(s.intrins)
		info := &core.TransactionInfo{Id: id[:], BlockNumber: num, BlockTimeStamp: ts,
			Receipt: &core.ResourceReceipt{EnergyUsageTotal: max(used, 0), EnergyFee: max(used, 0) * n.cfg.EnergyPrice,
				NetUsage: int64(proto.Size(s.tx))}}
		ret := core.Transaction_Result_SUCCESS
		if rec.Status != types.ReceiptStatusSuccessful {
			info.Result = core.TransactionInfo_FAILED
			if rec.GasUsed >= s.evm.Gas() {
				ret = core.Transaction_Result_OUT_OF_ENERGY
				info.ResMessage = []byte("Not enough energy")
			} else {
				ret = core.Transaction_Result_REVERT
				info.ResMessage = []byte("REVERT opcode executed")
				// The revert data, from the call replayed on the
				// block's parent state.
				_, cerr := n.evm.CallContract(ctx, s.msg, big.NewInt(num-1))
				if data, ok := revertData(cerr); ok {
					info.ContractResult = [][]byte{data}
				}
			}
		} else {
			for _, l := range rec.Logs {
				topics := make([][]byte, len(l.Topics))
				for i, t := range l.Topics {
					topics[i] = append([]byte(nil), t[:]...)
				}
				info.Log = append(info.Log, &core.TransactionInfo_Log{Address: l.Address.Bytes(), Topics: topics, Data: l.Data})
			}
			info.ContractResult = [][]byte{{}}
		}
		info.Receipt.Result = ret
		info.Fee = info.Receipt.EnergyFee // bandwidth is free here: the total is the energy's
		s.tx.Ret = []*core.Transaction_Result{{ContractRet: ret}}
		n.infos[id] = info
		n.txs[id] = s.tx
		txs = append(txs, s.tx)
	}
	n.blocks = append(n.blocks, n.makeBlock(num, n.head().id, txs))
	return num, nil
}

// revertData returns the revert data an EVM call's error carries.
func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	hexData, ok := de.ErrorData().(string)
	return common.FromHex(hexData), ok
}

// intrinsic returns the EVM gas a call with data costs before it runs
// (21000 and the calldata) and the EIP-7623 floor: energy is what a call
// uses beyond the first.
func intrinsic(data []byte) (gas, floor uint64) {
	var zero, nonzero uint64
	for _, b := range data {
		if b == 0 {
			zero++
		} else {
			nonzero++
		}
	}
	return 21000 + 16*nonzero + 4*zero, 21000 + 10*(4*nonzero+zero)
}

// trigger returns the owner and call of a TriggerSmartContract
// transaction.
func trigger(tx *core.Transaction) (common.Address, *core.TriggerSmartContract, error) {
	cs := tx.GetRawData().GetContract()
	if len(cs) != 1 || cs[0].GetType() != core.Transaction_Contract_TriggerSmartContract {
		return common.Address{}, nil, errors.New("not one TriggerSmartContract")
	}
	ct := new(core.TriggerSmartContract)
	if err := cs[0].GetParameter().UnmarshalTo(ct); err != nil {
		return common.Address{}, nil, err
	}
	owner, err := tron.FromBytes(ct.OwnerAddress)
	if err != nil {
		return common.Address{}, nil, err
	}
	if _, err := tron.FromBytes(ct.ContractAddress); err != nil {
		return common.Address{}, nil, err
	}
	return owner.EVM(), ct, nil
}

func (n *Node) extention(b *block) *api.BlockExtention {
	out := &api.BlockExtention{BlockHeader: b.header, Blockid: append([]byte(nil), b.id[:]...)}
	for _, tx := range b.txs {
		id := txID(tx)
		out.Transactions = append(out.Transactions, &api.TransactionExtention{Transaction: tx, Txid: id[:], Result: &api.Return{Result: true}})
	}
	return out
}

func (n *Node) blockByNum(num int64, limit int64) *api.BlockExtention {
	n.mu.Lock()
	defer n.mu.Unlock()
	if num < 0 || num > limit || num >= int64(len(n.blocks)) {
		return &api.BlockExtention{} // java-tron answers an empty block
	}
	return n.extention(n.blocks[num])
}

func (n *Node) infosOf(num int64) *api.TransactionInfoList {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := &api.TransactionInfoList{}
	if num < 0 || num >= int64(len(n.blocks)) {
		return out
	}
	for _, tx := range n.blocks[num].txs {
		out.TransactionInfo = append(out.TransactionInfo, n.infos[txID(tx)])
	}
	return out
}

func (n *Node) info(id []byte, limit int64) *core.TransactionInfo {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(id) != 32 {
		return &core.TransactionInfo{}
	}
	info := n.infos[[32]byte(id)]
	if info == nil || info.BlockNumber > limit {
		return &core.TransactionInfo{} // java-tron answers an empty info
	}
	return info
}

// constant runs a call at block num (the head when num < 0) and answers
// as TriggerConstantContract does.
func (n *Node) constant(ctx context.Context, ct *core.TriggerSmartContract, num int64) (*api.TransactionExtention, error) {
	owner, err := tron.FromBytes(ct.OwnerAddress)
	if err != nil {
		owner = tron.Address{} // java-tron allows calls without an owner
	}
	to, err := tron.FromBytes(ct.ContractAddress)
	if err != nil {
		return &api.TransactionExtention{Result: &api.Return{Code: api.Return_CONTRACT_VALIDATE_ERROR, Message: []byte(err.Error())}}, nil
	}
	toEVM := to.EVM()
	msg := ethereum.CallMsg{From: owner.EVM(), To: &toEVM, Data: ct.Data, Value: big.NewInt(ct.CallValue)}
	var at *big.Int
	if num >= 0 {
		at = big.NewInt(num)
	}
	out, err := n.evm.CallContract(ctx, msg, at)
	intr, _ := intrinsic(ct.Data)
	if err != nil {
		if data, ok := revertData(err); ok {
			return &api.TransactionExtention{ConstantResult: [][]byte{data},
				Result: &api.Return{Result: true, Code: api.Return_SUCCESS, Message: []byte("REVERT opcode executed")},
				Transaction: &core.Transaction{Ret: []*core.Transaction_Result{{Ret: core.Transaction_Result_FAILED,
					ContractRet: core.Transaction_Result_REVERT}}}}, nil
		}
		return &api.TransactionExtention{Result: &api.Return{Code: api.Return_CONTRACT_EXE_ERROR, Message: []byte(err.Error())}}, nil
	}
	gas, err := n.evm.EstimateGas(ctx, msg)
	if err != nil {
		gas = intr
	}
	return &api.TransactionExtention{ConstantResult: [][]byte{out}, EnergyUsed: int64(gas - min(gas, intr)),
		Result:      &api.Return{Result: true},
		Transaction: &core.Transaction{Ret: []*core.Transaction_Result{{ContractRet: core.Transaction_Result_SUCCESS}}}}, nil
}

// wallet is the Wallet service (a full node).
type wallet struct {
	api.UnimplementedWalletServer
	n *Node
}

func (w *wallet) GetNowBlock2(context.Context, *api.EmptyMessage) (*api.BlockExtention, error) {
	w.n.mu.Lock()
	defer w.n.mu.Unlock()
	return w.n.extention(w.n.head()), nil
}

func (w *wallet) GetBlockByNum2(_ context.Context, m *api.NumberMessage) (*api.BlockExtention, error) {
	return w.n.blockByNum(m.GetNum(), 1<<62), nil
}

func (w *wallet) GetTransactionInfoByBlockNum(_ context.Context, m *api.NumberMessage) (*api.TransactionInfoList, error) {
	return w.n.infosOf(m.GetNum()), nil
}

func (w *wallet) GetTransactionInfoById(_ context.Context, m *api.BytesMessage) (*core.TransactionInfo, error) {
	return w.n.info(m.GetValue(), 1<<62), nil
}

func (w *wallet) GetTransactionById(_ context.Context, m *api.BytesMessage) (*core.Transaction, error) {
	w.n.mu.Lock()
	defer w.n.mu.Unlock()
	if len(m.GetValue()) == 32 {
		if tx := w.n.txs[[32]byte(m.GetValue())]; tx != nil {
			return tx, nil
		}
	}
	return &core.Transaction{}, nil
}

func (w *wallet) GetChainParameters(context.Context, *api.EmptyMessage) (*core.ChainParameters, error) {
	return &core.ChainParameters{ChainParameter: []*core.ChainParameters_ChainParameter{
		{Key: "getEnergyFee", Value: w.n.cfg.EnergyPrice},
		{Key: "getTransactionFee", Value: 1000},
	}}, nil
}

func (w *wallet) TriggerConstantContract(ctx context.Context, ct *core.TriggerSmartContract) (*api.TransactionExtention, error) {
	return w.n.constant(ctx, ct, -1)
}

func (w *wallet) EstimateEnergy(ctx context.Context, ct *core.TriggerSmartContract) (*api.EstimateEnergyMessage, error) {
	if w.n.cfg.NoEstimateEnergy {
		return &api.EstimateEnergyMessage{Result: &api.Return{Code: api.Return_OTHER_ERROR,
			Message: []byte("this node does not support estimate energy")}}, nil
	}
	ext, err := w.n.constant(ctx, ct, -1)
	if err != nil {
		return nil, err
	}
	if len(ext.GetTransaction().GetRet()) > 0 && ext.Transaction.Ret[0].ContractRet != core.Transaction_Result_SUCCESS || ext.Result.Code != api.Return_SUCCESS {
		return &api.EstimateEnergyMessage{Result: &api.Return{Code: api.Return_CONTRACT_EXE_ERROR, Message: ext.Result.Message}}, nil
	}
	return &api.EstimateEnergyMessage{Result: &api.Return{Result: true}, EnergyRequired: ext.EnergyUsed}, nil
}

// TriggerContract builds an unsigned transaction referring to the head
// block, expiring Config.Expiration after the head's time.
func (w *wallet) TriggerContract(_ context.Context, ct *core.TriggerSmartContract) (*api.TransactionExtention, error) {
	if _, err := tron.FromBytes(ct.OwnerAddress); err != nil {
		return &api.TransactionExtention{Result: &api.Return{Code: api.Return_CONTRACT_VALIDATE_ERROR, Message: []byte("invalid owner address: " + err.Error())}}, nil
	}
	if _, err := tron.FromBytes(ct.ContractAddress); err != nil {
		return &api.TransactionExtention{Result: &api.Return{Code: api.Return_CONTRACT_VALIDATE_ERROR, Message: []byte("invalid contract address: " + err.Error())}}, nil
	}
	param, err := anypb.New(ct)
	if err != nil {
		return nil, err
	}
	w.n.mu.Lock()
	h := w.n.head()
	w.n.mu.Unlock()
	ts := h.header.RawData.Timestamp
	raw := &core.TransactionRaw{RefBlockBytes: h.id[6:8], RefBlockHash: h.id[8:16], Expiration: ts + w.n.cfg.Expiration.Milliseconds(),
		Timestamp: ts, Contract: []*core.Transaction_Contract{{Type: core.Transaction_Contract_TriggerSmartContract, Parameter: param}}}
	tx := &core.Transaction{RawData: raw}
	id := txID(tx)
	return &api.TransactionExtention{Transaction: tx, Txid: id[:], Result: &api.Return{Result: true}}, nil
}

// BroadcastTransaction checks a signed transaction as java-tron does
// before it enters the pending pool.
func (w *wallet) BroadcastTransaction(_ context.Context, tx *core.Transaction) (*api.Return, error) {
	fail := func(code api.ReturnResponseCode, format string, args ...any) (*api.Return, error) {
		return &api.Return{Code: code, Message: []byte(fmt.Sprintf(format, args...))}, nil
	}
	owner, _, err := trigger(tx)
	if err != nil {
		return fail(api.Return_CONTRACT_VALIDATE_ERROR, "Contract validate error : %v", err)
	}
	id := txID(tx)
	if len(tx.Signature) != 1 || len(tx.Signature[0]) != 65 {
		return fail(api.Return_SIGERROR, "Validate signature error: want one 65-byte signature")
	}
	sig := append([]byte(nil), tx.Signature[0]...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(id[:], sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != owner {
		return fail(api.Return_SIGERROR, "Validate signature error: not signed by the owner %s", tron.FromEVM(owner))
	}
	n := w.n
	n.mu.Lock()
	defer n.mu.Unlock()
	if _, ok := n.infos[id]; ok {
		return fail(api.Return_DUP_TRANSACTION_ERROR, "Dup transaction.")
	}
	for _, p := range n.pending {
		if txID(p) == id {
			return fail(api.Return_DUP_TRANSACTION_ERROR, "Dup transaction.")
		}
	}
	head := n.head().header.RawData.Timestamp
	exp := tx.GetRawData().GetExpiration()
	if exp <= head {
		return fail(api.Return_TRANSACTION_EXPIRATION_ERROR, "Transaction expired: expiration %d, head block time %d", exp, head)
	}
	if exp > head+24*3600*1000 {
		return fail(api.Return_TRANSACTION_EXPIRATION_ERROR, "expiration %d is more than a day after the head block time %d", exp, head)
	}
	if !n.tapos(tx.GetRawData()) {
		return fail(api.Return_TAPOS_ERROR, "Tapos check error: reference block %x not on the chain", tx.GetRawData().GetRefBlockHash())
	}
	if n.keys[owner] == nil {
		return fail(api.Return_BANDWITH_ERROR, "account %s does not exist or has insufficient bandwidth", tron.FromEVM(owner))
	}
	if n.lose > 0 {
		n.lose--
		n.lost++
		return &api.Return{Result: true}, nil
	}
	n.pending = append(n.pending, tx)
	return &api.Return{Result: true}, nil
}

// tapos reports whether the transaction's reference block is a recent
// block of the chain.
func (n *Node) tapos(raw *core.TransactionRaw) bool {
	for i := len(n.blocks) - 1; i >= 0 && i >= len(n.blocks)-65536; i-- {
		id := n.blocks[i].id
		if string(id[6:8]) == string(raw.RefBlockBytes) && string(id[8:16]) == string(raw.RefBlockHash) {
			return true
		}
	}
	return false
}

// solidity is the WalletSolidity service: the chain up to the solidified
// block.
type solidity struct {
	api.UnimplementedWalletSolidityServer
	n *Node
}

func (s *solidity) GetNowBlock2(context.Context, *api.EmptyMessage) (*api.BlockExtention, error) {
	s.n.mu.Lock()
	defer s.n.mu.Unlock()
	return s.n.extention(s.n.blocks[s.n.solidNumber()]), nil
}

func (s *solidity) GetBlockByNum2(_ context.Context, m *api.NumberMessage) (*api.BlockExtention, error) {
	limit := s.n.solidified()
	return s.n.blockByNum(m.GetNum(), limit), nil
}

func (s *solidity) GetTransactionInfoById(_ context.Context, m *api.BytesMessage) (*core.TransactionInfo, error) {
	limit := s.n.solidified()
	return s.n.info(m.GetValue(), limit), nil
}

func (s *solidity) TriggerConstantContract(ctx context.Context, ct *core.TriggerSmartContract) (*api.TransactionExtention, error) {
	limit := s.n.solidified()
	return s.n.constant(ctx, ct, limit)
}
