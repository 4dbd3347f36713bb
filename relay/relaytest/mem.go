package relaytest

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/relay"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// MemChain is an in-memory chain of blocks 0..N, all final, without logs
// or transactions: a relay.Source and relay.DestChain for engine tests
// and benchmarks. Its headers link (each names its parent's hash). Make
// one with NewMemChain.
type MemChain struct {
	N      uint64
	hashes []common.Hash // of blocks 0..N
}

// NewMemChain returns the chain of blocks 0..n.
func NewMemChain(n uint64) MemChain {
	c := MemChain{N: n, hashes: make([]common.Hash, 0, n+1)}
	for i := uint64(0); i <= n; i++ {
		c.hashes = append(c.hashes, c.header(i).Hash())
	}
	return c
}

func (c MemChain) header(n uint64) *types.Header {
	var parent common.Hash
	if n > 0 {
		if uint64(len(c.hashes)) >= n {
			parent = c.hashes[n-1]
		} else {
			parent = c.header(n - 1).Hash() // a literal MemChain: linked all the same
		}
	}
	return &types.Header{Number: new(big.Int).SetUint64(n), ParentHash: parent, Difficulty: big.NewInt(1)}
}

// Head implements chains.HeadReader.
func (c MemChain) Head(context.Context) (*types.Header, error) { return c.header(c.N), nil }

// HeaderByNumber implements chains.HeaderReader.
func (c MemChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return c.header(c.N), nil
	}
	if n.Uint64() > c.N {
		return nil, ethereum.NotFound
	}
	return c.header(n.Uint64()), nil
}

// FilterLogs implements chains.LogReader: there are none.
func (c MemChain) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}

// TransactionReceipt implements chains.ReceiptReader: there are none.
func (c MemChain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}

// SendTransaction implements chains.TxSender (and drops the transaction).
func (c MemChain) SendTransaction(context.Context, *types.Transaction) error { return nil }

// PendingNonceAt is always 0.
func (c MemChain) PendingNonceAt(context.Context, common.Address) (uint64, error) { return 0, nil }

// NonceAt is always 0.
func (c MemChain) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) { return 0, nil }

// MemJob makes PerBlock events per block ("ev/<block>/<i>"), each proven
// at once, or never when Fail is set (every attempt fails with it).
type MemJob struct {
	PerBlock int
	Fail     error
}

// Observe implements relay.Job.
func (j MemJob) Observe(_ context.Context, _ relay.Source, from, to uint64) ([]*relay.Task, error) {
	out := make([]*relay.Task, 0, int(to-from+1)*j.PerBlock)
	for b := from; b <= to; b++ {
		for i := 0; i < j.PerBlock; i++ {
			out = append(out, &relay.Task{ID: fmt.Sprintf("ev/%d/%d", b, i), Block: b, LogIndex: uint(i), Data: []byte{1}})
		}
	}
	return out, nil
}

// Prove implements relay.Job.
func (j MemJob) Prove(_ context.Context, t *relay.Task) (bool, string, error) {
	if j.Fail != nil {
		return false, "", j.Fail
	}
	t.Payload = t.Data
	return true, "", nil
}

// DoneDest already has every effect: the engine confirms without sending.
type DoneDest struct{}

// Delivered implements relay.Destination.
func (DoneDest) Delivered(context.Context, *relay.Task) (bool, error) { return true, nil }

// Call implements relay.Destination (never used: everything is delivered).
func (DoneDest) Call(*relay.Task) (common.Address, []byte, uint64, error) {
	return common.Address{}, nil, 0, errors.New("relaytest: DoneDest sends nothing")
}
