// Package exittest provides a deterministic in-memory BTTC chain with
// withdraw burns and a fake BTTC JSON-RPC node serving it over HTTP on
// loopback, with an injected per-request latency and counters of round
// trips and calls. Tests, benchmarks and examples of exit proofs use it;
// nothing here talks to a real network.
package exittest

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"time"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
)

// Burn is a withdraw burn in the chain.
type Burn struct {
	Tx         common.Hash
	Block      uint64
	Withdrawer common.Address
	Amount     *big.Int
}

// Chain is a BTTC chain of consecutive blocks starting at block First.
// Every block has a few receipts; one in every BurnEvery blocks holds a
// burn of ChildToken (BTTC's withdraw log, to the zero address).
type Chain struct {
	First      uint64
	Headers    []*types.Header
	Receipts   []types.Receipts
	ChildToken common.Address
	Burns      []Burn

	txs map[common.Hash][2]uint64 // block, index
}

// NewChain generates blocks [first, first+n) from seed.
func NewChain(seed uint64, first uint64, n int, childToken common.Address) *Chain {
	c := &Chain{First: first, ChildToken: childToken, txs: map[common.Hash][2]uint64{}}
	word := func(parts ...uint64) common.Hash {
		buf := make([]byte, 8*(len(parts)+1))
		binary.BigEndian.PutUint64(buf, seed)
		for i, p := range parts {
			binary.BigEndian.PutUint64(buf[8*(i+1):], p)
		}
		return crypto.Keccak256Hash(buf)
	}
	parent := word(0, 0)
	for i := 0; i < n; i++ {
		number := first + uint64(i)
		count := 1 + int(word(number, 1)[0]%4)
		receipts := make(types.Receipts, count)
		var gas uint64
		for j := range receipts {
			tx := word(number, 2, uint64(j))
			gas += 21000 + uint64(j)*1000
			r := &types.Receipt{Type: types.LegacyTxType, Status: types.ReceiptStatusSuccessful,
				CumulativeGasUsed: gas, GasUsed: 21000, TxHash: tx, TransactionIndex: uint(j)}
			other := common.BytesToAddress(word(number, 3, uint64(j)).Bytes())
			r.Logs = append(r.Logs, &types.Log{Address: other, Topics: []common.Hash{bttc.TransferEventID, word(number, 4), word(number, 5)},
				Data: word(number, 6).Bytes()})
			if j == count-1 && i%3 == 1 {
				withdrawer := common.BytesToAddress(word(number, 7).Bytes())
				amount := new(big.Int).SetBytes(word(number, 8).Bytes()[:8])
				r.Logs = append(r.Logs, &types.Log{Address: childToken,
					Topics: []common.Hash{bttc.WithdrawToEventID, common.BytesToHash(withdrawer.Bytes()), {}},
					Data:   common.BigToHash(amount).Bytes()})
				c.Burns = append(c.Burns, Burn{Tx: tx, Block: number, Withdrawer: withdrawer, Amount: amount})
			}
			for k, l := range r.Logs {
				l.TxHash, l.TxIndex, l.Index, l.BlockNumber = tx, uint(j), uint(k), number
			}
			r.Bloom = types.CreateBloom(r)
			receipts[j] = r
			c.txs[tx] = [2]uint64{number, uint64(j)}
		}
		h := &types.Header{
			ParentHash: parent, Number: new(big.Int).SetUint64(number), Time: 1_700_000_000 + 2*number,
			Difficulty: big.NewInt(1), GasLimit: 30_000_000, GasUsed: gas,
			TxHash:      word(number, 9), // transactions are not modelled; the root is opaque here
			ReceiptHash: types.DeriveSha(receipts, trie.NewStackTrie(nil)),
			Extra:       []byte{},
		}
		for _, r := range receipts {
			r.BlockNumber, r.BlockHash = h.Number, h.Hash()
			for _, l := range r.Logs {
				l.BlockHash = r.BlockHash
			}
		}
		parent = h.Hash()
		c.Headers = append(c.Headers, h)
		c.Receipts = append(c.Receipts, receipts)
	}
	return c
}

// header returns block number's header, or nil.
func (c *Chain) header(number uint64) *types.Header {
	if number < c.First || number >= c.First+uint64(len(c.Headers)) {
		return nil
	}
	return c.Headers[number-c.First]
}

// RootHash is bor_getRootHash(start, end) over the chain.
func (c *Chain) RootHash(start, end uint64) (common.Hash, error) {
	if start > end || c.header(start) == nil || c.header(end) == nil {
		return common.Hash{}, fmt.Errorf("range %d-%d outside the chain", start, end)
	}
	return checkpoint.RootHash(c.Headers[start-c.First : end-c.First+1])
}

// HeaderBlock returns the stored header block of blocks [start, end]
// with the given id, as a root chain would hold it.
func (c *Chain) HeaderBlock(id uint64, start, end uint64) (checkpoint.HeaderBlock, error) {
	root, err := c.RootHash(start, end)
	if err != nil {
		return checkpoint.HeaderBlock{}, err
	}
	return checkpoint.HeaderBlock{ID: new(big.Int).SetUint64(id), Root: root, Start: start, End: end}, nil
}

// Server is a fake BTTC node: go-ethereum's JSON-RPC server over HTTP on
// loopback, serving eth_chainId, eth_getTransactionReceipt, eth_getBlockByNumber,
// eth_getBlockReceipts and bor_getRootHash from a Chain.
type Server struct {
	*httptest.Server
	// RoundTrips counts HTTP requests (a JSON-RPC batch is one); Calls
	// counts JSON-RPC method calls.
	RoundTrips, Calls atomic.Int64
}

// NewServer starts serving chain, sleeping latency before each request.
func NewServer(chain *Chain, latency time.Duration) (*Server, error) {
	s := &Server{}
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", &ethService{chain: chain, calls: &s.Calls}); err != nil {
		return nil, err
	}
	if err := srv.RegisterName("bor", &borService{chain: chain, calls: &s.Calls}); err != nil {
		return nil, err
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.RoundTrips.Add(1)
		time.Sleep(latency)
		srv.ServeHTTP(w, r)
	}))
	return s, nil
}

// ChainID is the chain id the fake node reports: BTTC mainnet's.
const ChainID = 199

// Dial returns a raw JSON-RPC client of the server.
func (s *Server) Dial(ctx context.Context) (*rpc.Client, error) {
	return rpc.DialContext(ctx, s.URL)
}

// Connect returns a chains/evm client of the server with the BTTC preset,
// as a relayer would connect to a BTTC node (it asks eth_chainId once).
func (s *Server) Connect(ctx context.Context) (*evm.Client, error) {
	rc, err := s.Dial(ctx)
	if err != nil {
		return nil, err
	}
	return evm.New(ctx, evm.BTTC(), []*rpc.Client{rc}, evm.Options{})
}

type ethService struct {
	chain *Chain
	calls *atomic.Int64
}

var errNotFound = errors.New("not found")

// ChainId serves eth_chainId (go-ethereum derives the method name from it).
//
//lint:ignore ST1003 the JSON-RPC method is eth_chainId
func (e *ethService) ChainId() hexutil.Uint64 { return ChainID }

func (e *ethService) GetTransactionReceipt(tx common.Hash) (*types.Receipt, error) {
	e.calls.Add(1)
	loc, ok := e.chain.txs[tx]
	if !ok {
		return nil, nil
	}
	return e.chain.Receipts[loc[0]-e.chain.First][loc[1]], nil
}

func (e *ethService) GetBlockByNumber(number hexutil.Uint64, _ bool) (*types.Header, error) {
	e.calls.Add(1)
	h := e.chain.header(uint64(number))
	if h == nil {
		return nil, errNotFound
	}
	return h, nil
}

func (e *ethService) GetBlockReceipts(number hexutil.Uint64) (types.Receipts, error) {
	e.calls.Add(1)
	if e.chain.header(uint64(number)) == nil {
		return nil, errNotFound
	}
	return e.chain.Receipts[uint64(number)-e.chain.First], nil
}

type borService struct {
	chain *Chain
	calls *atomic.Int64
}

// GetRootHash answers like a BTTC node: hex without a 0x prefix.
func (b *borService) GetRootHash(start, end uint64) (string, error) {
	b.calls.Add(1)
	root, err := b.chain.RootHash(start, end)
	if err != nil {
		return "", err
	}
	return common.Bytes2Hex(root[:]), nil
}
