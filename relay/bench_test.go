package relay_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/pgstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
)

// benchOptions are the engine options of the benchmark: a poll interval
// 20 times shorter than the default (so short runs are not dominated by
// waiting), claims of 256 tasks.
func benchOptions() relay.Options {
	return relay.Options{PollInterval: 50 * time.Millisecond, MaxScan: 100, ClaimLimit: 256,
		LiveWorkers: 2, BackfillWorkers: 2}
}

func benchRoute(blocks uint64, perBlock int) *relay.Route {
	chain := relaytest.NewMemChain(blocks - 1)
	key, _ := crypto.GenerateKey()
	return &relay.Route{Name: "bench", Source: chain, Job: relaytest.MemJob{PerBlock: perBlock}, Dest: relaytest.DoneDest{},
		Wallet: relay.NewWallet(chain, key, big.NewInt(1))}
}

// waitConfirmed polls the store until want tasks are confirmed.
func waitConfirmed(ctx context.Context, b *testing.B, store relay.Store, want int) {
	for {
		counts, err := store.Counts(ctx, "bench")
		if err != nil {
			b.Fatal(err)
		}
		if counts[relay.Confirmed] == want {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// runEvents runs one engine in this process until every event is done.
func runEvents(b *testing.B, store relay.Store, blocks uint64, perBlock int) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	eng, err := relay.New(store, benchOptions(), benchRoute(blocks, perBlock))
	if err != nil {
		b.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- eng.Run(ctx) }()
	waitConfirmed(ctx, b, store, int(blocks)*perBlock)
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
}

// The PostgreSQL benchmark runs its engines as separate processes: this
// test binary re-executed with benchChildEnv naming the database.
const benchChildEnv = "RELAY_BENCH_CHILD_DB"

// TestBenchEngineChild is one engine process of BenchmarkEngineEvents; it
// runs until it is signalled.
func TestBenchEngineChild(t *testing.T) {
	url := os.Getenv(benchChildEnv)
	if url == "" {
		t.Skip("an engine process of BenchmarkEngineEvents")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	store, err := pgstore.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	blocks, _ := strconv.ParseUint(os.Getenv("RELAY_BENCH_BLOCKS"), 10, 64)
	perBlock, _ := strconv.Atoi(os.Getenv("RELAY_BENCH_PER_BLOCK"))
	eng, err := relay.New(store, benchOptions(), benchRoute(blocks, perBlock))
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Run(ctx); err != nil {
		t.Fatal(err)
	}
}

// runProcesses runs n engine processes on the database at url until every
// event is done.
func runProcesses(b *testing.B, url string, store relay.Store, blocks uint64, perBlock, n int) {
	ctx := context.Background()
	var procs []*exec.Cmd
	for i := 0; i < n; i++ {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestBenchEngineChild$")
		cmd.Env = append(os.Environ(), benchChildEnv+"="+url,
			fmt.Sprintf("RELAY_BENCH_BLOCKS=%d", blocks), fmt.Sprintf("RELAY_BENCH_PER_BLOCK=%d", perBlock))
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	// Done when the last block is scanned and no task is left to work
	// (read through the partial indexes: counting every task on each
	// poll would cost the database more than the engines do).
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	for {
		var scanned, pending bool
		err := conn.QueryRow(ctx, `SELECT
			EXISTS (SELECT 1 FROM relay_cursors WHERE route = 'bench' AND number = $1),
			EXISTS (SELECT 1 FROM relay_tasks WHERE route = 'bench' AND state IN ('observed', 'final', 'awaiting', 'proven', 'submitted'))`,
			int64(blocks-1)).Scan(&scanned, &pending)
		if err != nil {
			b.Fatal(err)
		}
		if scanned && !pending {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.StopTimer() // the processes' shutdown is not the engine's throughput
	counts, err := store.Counts(ctx, "bench")
	if err != nil {
		b.Fatal(err)
	}
	if counts[relay.Confirmed] != int(blocks)*perBlock {
		b.Fatalf("%d confirmed, want %d: %v", counts[relay.Confirmed], int(blocks)*perBlock, counts)
	}
	for _, p := range procs {
		_ = p.Process.Signal(syscall.SIGTERM)
	}
	for _, p := range procs {
		if err := p.Wait(); err != nil {
			b.Fatalf("an engine process: %v", err)
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
			runEvents(b, store, blocks, perBlock)
			b.StopTimer()
			store.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(blocks*perBlock*b.N)/b.Elapsed().Seconds(), "events/s")
	})
	b.Run("store=postgres/processes=3", func(b *testing.B) {
		if os.Getenv(relaytest.PostgresEnv) == "" {
			b.Skip(relaytest.PostgresEnv + " not set")
		}
		for b.Loop() {
			b.StopTimer()
			url := relaytest.PostgresDB(b)
			store, err := pgstore.Open(context.Background(), url)
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			runProcesses(b, url, store, blocks, perBlock, 3)
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
