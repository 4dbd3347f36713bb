package routes_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/stretchr/testify/require"
)

// TestScaleOut: three relayer processes share one PostgreSQL store; one of
// them is SIGKILLed and restarted again and again while users burn. Every
// burn is exited exactly once, and the live processes share the work.
func TestScaleOut(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process run: not with -short")
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
	pgURL := relaytest.PostgresDB(t)
	ctx := context.Background()
	b, bttcURL, rootURL := servedBridge(t, 51)
	stopMining := b.Mine(25 * time.Millisecond)
	defer stopMining()
	manifest, err := json.Marshal(b.Manifest(bttcURL, rootURL))
	require.NoError(t, err)
	logDir := t.TempDir()
	runs := 0
	start := func(i int) *exec.Cmd {
		runs++
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
		cmd.Env = append(os.Environ(), envManifest+"="+string(manifest), envPG+"="+pgURL,
			envKey+"="+fmt.Sprint(i), envOwner+"="+fmt.Sprintf("relayer-%d-run-%d", i, runs))
		out, err := os.Create(filepath.Join(logDir, fmt.Sprintf("relayer-%d-%02d.log", i, runs)))
		require.NoError(t, err)
		cmd.Stdout, cmd.Stderr = out, out
		require.NoError(t, cmd.Start())
		return cmd
	}
	stopAll := func(cmds ...*exec.Cmd) {
		for _, c := range cmds {
			_ = c.Process.Signal(syscall.SIGTERM)
			_ = c.Wait()
		}
	}
	steady1, steady2 := start(1), start(2)
	defer stopAll(steady1, steady2)

	const burns, maxKills = 30, 8
	burned := make(chan int64, 1)
	go func() {
		total := int64(0)
		for i := 0; i < burns; i++ {
			if _, err := b.Burn(ctx, int64(2000+i)); err != nil {
				t.Errorf("burn %d: %v", i, err)
				break
			}
			total += int64(2000 + i)
			time.Sleep(time.Duration(60+rand.IntN(80)) * time.Millisecond)
		}
		burned <- total
	}()
	kills := 0
	r := rand.New(rand.NewPCG(51, 1))
	for kills < maxKills {
		victim := start(0)
		time.Sleep(time.Duration(200+r.IntN(600)) * time.Millisecond)
		require.NoError(t, victim.Process.Signal(syscall.SIGKILL))
		_ = victim.Wait()
		kills++
	}
	total := <-burned
	last := start(0)
	defer stopAll(last)
	waitReleased(t, b, total, 90*time.Second)
	o, err := b.Audit(ctx)
	require.NoError(t, err)
	t.Logf("3 relayers on PostgreSQL, relayer 0 killed %d times: %d burns, %d exits (%d distinct), %s of %d released; transactions by relayer %v, %d reverted",
		kills, burns, o.Exits, o.DistinctExits, o.Released, total, o.TxsBy[:3], o.RelayerReverted)
	if o.Released.Int64() != total {
		t.Logf("relayer logs in %s", logDir)
	}
	require.Equal(t, total, o.Released.Int64(), "every burn released exactly once")
	require.Equal(t, burns, o.Exits)
	require.Equal(t, o.Exits, o.DistinctExits)
	busy := 0
	for _, n := range o.TxsBy[:3] {
		if n > 0 {
			busy++
		}
	}
	require.GreaterOrEqual(t, busy, 2, "the work is shared")
}
