package boltstore_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
)

var (
	millionOnce sync.Once
	millionDir  string
	millionErr  error
)

// millionTasks builds (once per run) a store holding 1,000,000 tasks of
// one route: 999,000 confirmed, 1,000 submitted and due.
func millionTasks(b *testing.B) string {
	millionOnce.Do(func() {
		millionDir, millionErr = os.MkdirTemp("", "relay-million-")
		if millionErr != nil {
			return
		}
		s, err := boltstore.Open(millionDir)
		if err != nil {
			millionErr = err
			return
		}
		defer s.Close()
		ctx := context.Background()
		now := time.Now()
		const batch = 20_000
		for n := 0; n < 1_000_000; n += batch {
			tasks := make([]*relay.Task, batch)
			for i := range tasks {
				id := n + i
				st := relay.Confirmed
				if id%1000 == 0 {
					st = relay.Submitted
				}
				tasks[i] = &relay.Task{ID: fmt.Sprintf("exit/%07d", id), Route: "exit", State: st, Block: uint64(id / 10),
					Data: make([]byte, 20), Payload: make([]byte, 600), Created: now, Updated: now, NextTry: now}
			}
			if _, err := s.Advance(ctx, "exit", relay.Cursor{Number: uint64(n/10 + batch/10)}, nil, tasks); err != nil {
				millionErr = err
				return
			}
		}
	})
	if millionErr != nil {
		b.Fatal(millionErr)
	}
	return millionDir
}

// BenchmarkRestart measures a restart on a store of 1,000,000 tasks: open
// the file, find the recorded sends (what the engine's recovery reads),
// and claim the first due work.
func BenchmarkRestart(b *testing.B) {
	dir := millionTasks(b)
	b.Cleanup(func() { os.RemoveAll(dir) })
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		s, err := boltstore.Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		sent, err := s.List(ctx, relay.Filter{Route: "exit", States: []relay.State{relay.Submitted}, Limit: 1 << 20})
		if err != nil || len(sent) != 1000 {
			b.Fatalf("%d recorded sends: %v", len(sent), err)
		}
		got, err := s.Claim(ctx, relay.ClaimRequest{Route: "exit", States: []relay.State{relay.Submitted}, Owner: "bench", Limit: 16, Now: time.Now(), Lease: time.Millisecond})
		if err != nil || len(got) == 0 {
			b.Fatalf("claimed %d: %v", len(got), err)
		}
		b.StopTimer()
		if err := s.Release(ctx, "bench"); err != nil {
			b.Fatal(err)
		}
		s.Close()
		b.StartTimer()
	}
	b.StopTimer()
	st, _ := os.Stat(filepath.Join(dir, boltstore.FileName))
	b.ReportMetric(float64(st.Size())/(1<<20), "MiB")
}
