// Package simulated is a test chain behind the chains interfaces:
// go-ethereum's simulated backend (an in-process node with a real EVM)
// with Commit, Fork and Rollback, its chain configured with the forks
// live on Ethereum mainnet. Tests and the example relayer use it; it
// needs no network.
package simulated

import (
	"context"
	"math/big"
	"reflect"

	"github.com/bttc-relay/sdk/chains"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	gethsim "github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain is a simulated chain.
type Chain struct {
	gethsim.Client
	backend  *gethsim.Backend
	finality chains.Finality
	chainID  *big.Int
}

// New starts a chain with the given id, funded accounts and finality rule.
func New(chainID uint64, alloc types.GenesisAlloc, finality chains.Finality) *Chain {
	id := new(big.Int).SetUint64(chainID)
	b := gethsim.NewBackend(alloc, func(_ *node.Config, ethConf *ethconfig.Config) {
		cfg := *params.AllDevChainProtocolChanges
		cfg.BogotaTime = nil // only forks live on mainnet: a realistic gas schedule
		cfg.ChainID = id
		ethConf.Genesis.Config = &cfg
	})
	return &Chain{Client: b.Client(), backend: b, finality: finality, chainID: id}
}

// ID returns the chain id.
func (c *Chain) ID() *big.Int { return new(big.Int).Set(c.chainID) }

// Head returns the newest header final under the chain's rule: the latest
// minus the confirmations (tags are not served by the simulated chain, so
// a tag rule falls back to the latest block).
func (c *Chain) Head(ctx context.Context) (*types.Header, error) {
	latest, err := c.HeaderByNumber(ctx, nil)
	if err != nil || c.finality.Confirmations == 0 {
		return latest, err
	}
	n := latest.Number.Uint64()
	if n < c.finality.Confirmations {
		return c.HeaderByNumber(ctx, big.NewInt(0))
	}
	return c.HeaderByNumber(ctx, new(big.Int).SetUint64(n-c.finality.Confirmations))
}

// Commit seals a block with the pending transactions and returns its hash.
func (c *Chain) Commit() common.Hash { return c.backend.Commit() }

// Rollback drops the pending transactions.
func (c *Chain) Rollback() { c.backend.Rollback() }

// Fork makes the chain continue from parent: blocks committed afterwards
// build a new branch, which becomes canonical once it is longer (a reorg).
func (c *Chain) Fork(parent common.Hash) error { return c.backend.Fork(parent) }

// RPC returns the node's in-process JSON-RPC client, for components that
// take an rpc.Client (such as chains/evm behind a test proxy).
// go-ethereum's simulated client wraps an *ethclient.Client in an
// embedded field that hides its Client() method; the field itself is
// exported, so reflection reaches it.
func (c *Chain) RPC() *rpc.Client {
	f := reflect.ValueOf(c.Client).FieldByName("Client")
	ec, _ := f.Interface().(*ethclient.Client)
	return ec.Client()
}

// Close stops the node.
func (c *Chain) Close() error { return c.backend.Close() }

var _ chains.Reader = (*Chain)(nil)
