// Package simulated is a test chain behind the chains interfaces: an
// in-process go-ethereum node with a real EVM, sealed on demand by
// go-ethereum's simulated beacon, with Commit, Fork and Rollback, its chain
// configured with the forks live on Ethereum mainnet. It also serves
// bor_getRootHash, so it can stand in for BTTC. Tests and the example
// relayer use it; it needs no network.
//
// The package assembles the node itself from go-ethereum's public parts
// (node, eth, catalyst) rather than wrapping ethclient/simulated, so that
// it can hand out the node's own JSON-RPC client (RPC) and configure block
// building for determinism: a block is never cut short by the miner's
// recommit timer, so every pending transaction is in the block Commit
// seals, however loaded the machine is.
package simulated

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrNotIncluded is returned by Mine when the transaction is not in the
// block it sealed (it was never sent, or the pool rejected it).
var ErrNotIncluded = errors.New("simulated: transaction not in the sealed block")

// buildAllowance is how long the miner may spend filling one block. The
// default (2 s) cuts blocks short on a loaded machine, which made tests
// that send many transactions and then Commit flaky.
const buildAllowance = 10 * time.Minute

// Chain is a simulated chain. The embedded client is the node's own
// in-process JSON-RPC client: every ethclient method works.
type Chain struct {
	*ethclient.Client
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	rpc      *rpc.Client
	finality chains.Finality
	chainID  *big.Int
}

// New starts a chain with the given id, funded accounts and finality rule.
func New(chainID uint64, alloc types.GenesisAlloc, finality chains.Finality) *Chain {
	c, err := open(chainID, alloc, finality)
	if err != nil {
		// Only a broken go-ethereum build gets here: the node has no
		// data directory, no network and a fixed configuration.
		panic(fmt.Sprintf("simulated: starting the node: %v", err))
	}
	return c
}

func open(chainID uint64, alloc types.GenesisAlloc, finality chains.Finality) (*Chain, error) {
	id := new(big.Int).SetUint64(chainID)
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil // only forks live on mainnet: a realistic gas schedule
	cfg.ChainID = id

	genesisAlloc := core.SystemContractAllocs()
	maps.Copy(genesisAlloc, alloc)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: &cfg, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: genesisAlloc}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.Miner.Recommit = buildAllowance
	// No log index: eth_getLogs searches the blocks' blooms instead. The
	// index (filter maps) lags a chain mined faster than it indexes, or
	// one that was just reorganized, and a search then waits for it —
	// up to the client's request timeout, again and again on a loaded
	// machine — or fails with "failed to retrieve log value pointer".
	// go-ethereum's own simulated backend disables it for the same
	// reason; a test chain's ranges are short enough to search unindexed.
	ethConf.LogNoHistory = true

	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, err
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, err
	}
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))},
		{Namespace: "bor", Service: &borAPI{chain: backend.BlockChain()}},
	})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, err
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, err
	}
	if err := beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
		stack.Close()
		return nil, err
	}
	client := stack.Attach()
	// No wait for the indexer here: at genesis it has nothing to do and
	// reports "in progress" until the first block.
	return &Chain{Client: ethclient.NewClient(client), stack: stack, eth: backend, beacon: beacon, rpc: client, finality: finality, chainID: id}, nil
}

// indexWait bounds how long Commit waits for the transaction indexer. The
// indexer does not start a new run for a head that arrives while it is
// busy (it waits for the next head), so the wait must be short; receipts
// of sealed blocks are readable at once either way, and only a query for
// an unknown transaction may meet "indexing in progress" meanwhile
// (chains/evm reports it as ErrIndexing).
const indexWait = 250 * time.Millisecond

// promoteWait bounds how long Mine waits for the pool to promote a
// transaction.
const promoteWait = 10 * time.Second

// waitIndexed waits until the node's transaction indexer reports that it
// has caught up with the head. Until it has, the node answers a receipt
// or transaction query for an unknown hash with "transaction indexing is
// in progress" instead of "not found", which a client retries as a
// transient failure; the indexer runs in the background, so right after a
// block it may not have reported yet.
func (c *Chain) waitIndexed() {
	deadline := time.Now().Add(indexWait)
	for time.Now().Before(deadline) {
		p, err := c.eth.BlockChain().TxIndexProgress()
		if err != nil || p.Done() {
			return
		}
		time.Sleep(time.Millisecond)
	}
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

// Finality returns the chain's finality rule.
func (c *Chain) Finality() chains.Finality { return c.finality }

// Commit seals a block with every pending transaction and returns its
// hash, once the node's transaction index has caught up with it.
func (c *Chain) Commit() common.Hash {
	h := c.beacon.Commit()
	c.waitIndexed()
	return h
}

// Mine waits until the pool has tx (and the sender's earlier transactions)
// pending, seals a block and returns tx's receipt from that block, read by
// the block's hash (so it never races the node's transaction index). It
// fails with ErrNotIncluded if tx is not in the block.
func (c *Chain) Mine(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	if err := c.waitPromoted(ctx, tx); err != nil {
		return nil, err
	}
	block := c.Commit()
	receipts, err := c.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(block, true))
	if err != nil {
		return nil, err
	}
	for _, r := range receipts {
		if r.TxHash == tx {
			return r, nil
		}
	}
	return nil, fmt.Errorf("%w: %s (block %s has %d transactions)", ErrNotIncluded, tx, block, len(receipts))
}

// WaitPending waits until the pool holds tx as pending, so the next
// block sealed includes it (see Mine; for sealers that wrap the chain).
func (c *Chain) WaitPending(ctx context.Context, tx common.Hash) error {
	return c.waitPromoted(ctx, tx)
}

// waitPromoted waits until the pool has promoted tx to pending (its
// sender's pending nonce is past it): the pool promotes queued
// transactions in the background, and a block sealed before that would
// leave it out.
func (c *Chain) waitPromoted(ctx context.Context, hash common.Hash) error {
	tx, pending, err := c.TransactionByHash(ctx, hash)
	if err != nil || !pending {
		return nil // mined already, or unknown: Mine reports it
	}
	from, err := types.Sender(types.LatestSignerForChainID(c.chainID), tx)
	if err != nil {
		return nil
	}
	deadline := time.Now().Add(promoteWait)
	for time.Now().Before(deadline) {
		n, err := c.PendingNonceAt(ctx, from)
		if err != nil {
			return err
		}
		if n > tx.Nonce() {
			return nil
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

// Rollback drops the pending transactions.
func (c *Chain) Rollback() { c.beacon.Rollback() }

// Fork makes the chain continue from parent: blocks committed afterwards
// build a new branch, which becomes canonical once it is longer (a reorg).
func (c *Chain) Fork(parent common.Hash) error { return c.beacon.Fork(parent) }

// RPC returns the node's in-process JSON-RPC client, for components that
// take an rpc.Client (such as chains/evm, or a test proxy serving the
// chain on loopback).
func (c *Chain) RPC() *rpc.Client { return c.rpc }

// Serve serves the node's JSON-RPC (eth, net, web3 and bor namespaces)
// over HTTP on addr (e.g. "127.0.0.1:0"), so other processes can use the
// chain. It returns the URL and a function that stops the server.
func (c *Chain) Serve(addr string) (url string, stop func(), err error) {
	srv := rpc.NewServer()
	apis := append(c.eth.APIs(),
		rpc.API{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(c.eth.APIBackend, filters.Config{}))},
		rpc.API{Namespace: "bor", Service: &borAPI{chain: c.eth.BlockChain()}},
		rpc.API{Namespace: "web3", Service: web3API{}},
	)
	for _, api := range apis {
		switch api.Namespace {
		case "eth", "net", "web3", "bor", "txpool":
			if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
				return "", nil, err
			}
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	return "http://" + ln.Addr().String(), func() { _ = hs.Close(); srv.Stop() }, nil
}

type web3API struct{}

// ClientVersion implements web3_clientVersion.
func (web3API) ClientVersion() string { return "bttc-relay-simulated" }

// BatchCallContext sends a JSON-RPC batch to the node (chains.BatchCaller).
func (c *Chain) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	return c.rpc.BatchCallContext(ctx, b)
}

// borAPI serves bor_getRootHash as a BTTC node does, so the chain can
// stand in for BTTC: the checkpoint root of blocks [start, end], as hex
// without a 0x prefix.
type borAPI struct{ chain *core.BlockChain }

// GetRootHash implements bor_getRootHash.
func (b *borAPI) GetRootHash(start, end uint64) (string, error) {
	if end < start || end-start >= checkpoint.MaxLength {
		return "", fmt.Errorf("invalid range %d-%d", start, end)
	}
	headers := make([]*types.Header, 0, end-start+1)
	for n := start; n <= end; n++ {
		h := b.chain.GetHeaderByNumber(n)
		if h == nil {
			return "", fmt.Errorf("block %d not found", n)
		}
		headers = append(headers, h)
	}
	root, err := checkpoint.RootHash(headers)
	if err != nil {
		return "", err
	}
	return common.Bytes2Hex(root[:]), nil
}

// Close stops the node.
func (c *Chain) Close() error {
	c.Client.Close()
	err := c.beacon.Stop()
	return errors.Join(err, c.stack.Close())
}

var _ chains.Reader = (*Chain)(nil)

// Repeat calls step every interval on its own goroutine until step fails
// or the returned stop is called; stop waits for the goroutine to end.
// Mining helpers (Devnet.Mine, trontest's Node.Mine) are built on it.
func Repeat(every time.Duration, step func() error) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if step() != nil {
					return
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}
