package routes_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/pgstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/stretchr/testify/require"
)

// Environment of the relayer child process.
const (
	envManifest = "RELAY_CHILD_MANIFEST"
	envStore    = "RELAY_CHILD_STORE"
	// envPG, when set, is the PostgreSQL URL of a shared store (instead of
	// the bolt directory envStore); envKey picks the relayer key and
	// envOwner names the process in leases.
	envPG    = "RELAY_CHILD_PG"
	envKey   = "RELAY_CHILD_KEY"
	envOwner = "RELAY_CHILD_OWNER"
	// envKills sets the number of SIGKILLs of TestCrashSafety (default 20;
	// soak runs set more).
	envKills = "RELAY_KILLS"
)

// TestCrashChild is the relayer process of TestCrashSafety: the test
// binary run again with the bridge's manifest in its environment. It
// relays until it is killed.
func TestCrashChild(t *testing.T) {
	raw := os.Getenv(envManifest)
	if raw == "" {
		t.Skip("the relayer child of TestCrashSafety")
	}
	var m relaytest.Manifest
	require.NoError(t, json.Unmarshal([]byte(raw), &m))
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer cancel()
	b, err := relaytest.Attach(m)
	require.NoError(t, err)
	bc, rc, err := m.Dial(ctx, evm.Options{RequestTimeout: 2 * time.Second})
	require.NoError(t, err)
	var store relay.Store
	if url := os.Getenv(envPG); url != "" {
		store, err = pgstore.Open(ctx, url)
	} else {
		store, err = boltstore.Open(os.Getenv(envStore))
	}
	require.NoError(t, err)
	defer store.Close()
	keyIndex, _ := strconv.Atoi(os.Getenv(envKey))
	eng, err := relay.New(store, relay.Options{Owner: os.Getenv(envOwner), PollInterval: 50 * time.Millisecond, AwaitInterval: 100 * time.Millisecond,
		ConfirmPoll: 50 * time.Millisecond, ResendAfter: time.Second, Lease: 2 * time.Second, Logger: logger(t)}, b.Routes(bc, rc, b.RelayerKey(keyIndex))...)
	require.NoError(t, err)
	require.NoError(t, eng.Run(ctx))
}

// TestCrashSafety runs the relayer as a child process against the bridge's
// chains served on loopback, SIGKILLs it at random moments while users
// burn tokens, restarts it each time, and finally checks from the chains
// alone that every burn was exited exactly once.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process crash run: not with -short")
	}
	if os.Getenv(envManifest) != "" {
		t.Skip("inside the child")
	}
	if raceEnabled {
		// Relayer children built with the race detector run too slowly to
		// keep up with the chains; the engine's concurrency is raced in
		// process by the other tests, and this one runs without -race.
		t.Skip("multi-process run: without -race")
	}
	kills := 20
	if v, err := strconv.Atoi(os.Getenv(envKills)); err == nil && v > 0 {
		kills = v
	}
	ctx := context.Background()
	b, bttcURL, rootURL := servedBridge(t, 11)
	stopMining := b.Mine(25 * time.Millisecond)
	defer stopMining()
	manifest, err := json.Marshal(b.Manifest(bttcURL, rootURL))
	require.NoError(t, err)
	storeDir := t.TempDir()
	logDir := t.TempDir()

	start := func(run int) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
		cmd.Env = append(os.Environ(), envManifest+"="+string(manifest), envStore+"="+storeDir)
		out, err := os.Create(filepath.Join(logDir, fmt.Sprintf("child-%02d.log", run)))
		require.NoError(t, err)
		cmd.Stdout, cmd.Stderr = out, out
		require.NoError(t, cmd.Start())
		return cmd
	}

	// Users burn while the relayer is killed and restarted.
	burned := make(chan int64, 1)
	go func() {
		total := int64(0)
		for i := 0; i < 2*kills; i++ {
			tx, err := b.Burn(ctx, int64(1000+i))
			if err != nil || tx == nil {
				t.Errorf("burn %d: %v", i, err)
				break
			}
			total += int64(1000 + i)
			time.Sleep(time.Duration(50+rand.IntN(100)) * time.Millisecond)
		}
		burned <- total
	}()
	r := rand.New(rand.NewPCG(uint64(kills), 3))
	for k := 0; k < kills; k++ {
		cmd := start(k)
		time.Sleep(time.Duration(150+r.IntN(900)) * time.Millisecond)
		require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
		_ = cmd.Wait()
	}
	total := <-burned

	final := start(kills)
	defer func() {
		_ = final.Process.Signal(syscall.SIGTERM)
		_ = final.Wait()
	}()
	waitReleased(t, b, total, 90*time.Second) // anything still in flight lands
	o, err := b.Audit(ctx)
	require.NoError(t, err)
	t.Logf("%d kills; %d burns, %d exits (%d distinct), %s of %d released; %d checkpoints; relayer: %d transactions, %d reverted, %d gas",
		kills, 2*kills, o.Exits, o.DistinctExits, o.Released, total, o.Checkpoints, o.RelayerTxs, o.RelayerReverted, o.GasUsed)
	if t.Failed() || o.Released.Int64() != total {
		t.Logf("child logs in %s", logDir)
	}
	require.Equal(t, total, o.Released.Int64(), "every burn released exactly once (0 lost, 0 duplicate)")
	require.Equal(t, 2*kills, o.Exits, "one Exited event per burn")
	require.Equal(t, o.Exits, o.DistinctExits, "no exit delivered twice")
}
