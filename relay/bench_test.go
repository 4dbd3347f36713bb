package relay_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/pgstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// memChain is an in-memory source: blocks 0..n, all final, with no logs;
// memJob makes perBlock events per block.
type memChain struct{ n uint64 }

func (c memChain) header(n uint64) *types.Header {
	return &types.Header{Number: new(big.Int).SetUint64(n), ParentHash: common.Hash{byte(n)}, Difficulty: big.NewInt(1)}
}
func (c memChain) Head(context.Context) (*types.Header, error) { return c.header(c.n), nil }
func (c memChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return c.header(c.n), nil
	}
	if n.Uint64() > c.n {
		return nil, ethereum.NotFound
	}
	return c.header(n.Uint64()), nil
}
func (c memChain) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}
func (c memChain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}
func (c memChain) SendTransaction(context.Context, *types.Transaction) error { return nil }
func (c memChain) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return 0, nil
}
func (c memChain) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) { return 0, nil }

type memJob struct{ perBlock int }

func (j memJob) Observe(_ context.Context, _ relay.Source, from, to uint64) ([]*relay.Task, error) {
	var out []*relay.Task
	for b := from; b <= to; b++ {
		for i := 0; i < j.perBlock; i++ {
			out = append(out, &relay.Task{ID: fmt.Sprintf("ev/%d/%d", b, i), Block: b, LogIndex: uint(i), Data: []byte{1}})
		}
	}
	return out, nil
}
func (j memJob) Prove(_ context.Context, t *relay.Task) (bool, string, error) {
	t.Payload = t.Data
	return true, "", nil
}

// memDest already has every effect: the engine confirms without sending.
type memDest struct{}

func (memDest) Delivered(context.Context, *relay.Task) (bool, error) { return true, nil }
func (memDest) Call(*relay.Task) (common.Address, []byte, uint64, error) {
	return common.Address{}, nil, 0, nil
}

func runEvents(b *testing.B, store relay.Store, blocks uint64, perBlock int, engines int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	chain := memChain{n: blocks - 1}
	key, _ := crypto.GenerateKey()
	route := func() *relay.Route {
		return &relay.Route{Name: "bench", Source: chain, Job: memJob{perBlock: perBlock}, Dest: memDest{},
			Wallet: relay.NewWallet(chain, key, big.NewInt(1))}
	}
	done := make(chan error, engines)
	for i := 0; i < engines; i++ {
		eng, err := relay.New(store, relay.Options{PollInterval: 5 * time.Millisecond, MaxScan: 100, ClaimLimit: 256,
			LiveWorkers: 2, BackfillWorkers: 2}, route())
		if err != nil {
			b.Fatal(err)
		}
		go func() { done <- eng.Run(ctx) }()
	}
	want := int(blocks) * perBlock
	for {
		counts, err := store.Counts(ctx, "bench")
		if err != nil {
			b.Fatal(err)
		}
		if counts[relay.Confirmed] == want {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	for i := 0; i < engines; i++ {
		if err := <-done; err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEngineEvents measures the engine's own cost per event, from
// observed to done, with an in-memory chain and a destination that needs
// no transaction: scanning, the store's transactions (synced to disk),
// claiming and stepping. Reports events/s.
func BenchmarkEngineEvents(b *testing.B) {
	const blocks, perBlock = 200, 100
	b.Run("store=bolt/engines=1", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			store, err := boltstore.Open(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			runEvents(b, store, blocks, perBlock, 1)
			b.StopTimer()
			store.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(blocks*perBlock*b.N)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("store=postgres/engines=3", func(b *testing.B) {
		if os.Getenv(relaytest.PostgresEnv) == "" {
			b.Skip(relaytest.PostgresEnv + " not set")
		}
		for b.Loop() {
			b.StopTimer()
			store, err := pgstore.Open(context.Background(), relaytest.PostgresDB(b))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			runEvents(b, store, blocks, perBlock, 3)
			b.StopTimer()
			store.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(blocks*perBlock*b.N)/b.Elapsed().Seconds(), "events/s")
	})
}

func tempDir() (string, func()) {
	dir, err := os.MkdirTemp("", "relay-example-")
	if err != nil {
		panic(err)
	}
	return dir, func() { os.RemoveAll(dir) }
}
