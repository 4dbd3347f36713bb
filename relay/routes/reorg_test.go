package routes_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/stretchr/testify/require"
)

// reorgFixture is a bridge mined by hand and an engine running on it.
type reorgFixture struct {
	b   *relaytest.Bridge
	eng *relay.Engine
}

func newReorgFixture(t *testing.T, cfg relaytest.Config) *reorgFixture {
	b, err := relaytest.New(context.Background(), cfg)
	require.NoError(t, err)
	t.Cleanup(b.Close)
	bc, rc, err := b.Connect(context.Background(), b.InProcess(), evm.Options{})
	require.NoError(t, err)
	eng := runRoutes(t, relay.Options{PollInterval: 20 * time.Millisecond, AwaitInterval: 50 * time.Millisecond,
		ConfirmPoll: 30 * time.Millisecond}, b.Routes(bc, rc, b.Relayer))
	return &reorgFixture{b: b, eng: eng}
}

// burn burns amount and returns the exit task ID and the burn's block.
func (f *reorgFixture) burn(t *testing.T, amount int64) (string, uint64) {
	ctx := context.Background()
	tx, err := f.b.Burn(ctx, amount)
	require.NoError(t, err)
	rec, err := f.b.BTTC.TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err)
	for _, l := range rec.Logs {
		if l.Topics[0] == bttc.WithdrawToEventID {
			return routes.ExitTaskID(tx.Hash(), l.Index), rec.BlockNumber.Uint64()
		}
	}
	t.Fatal("no burn log")
	return "", 0
}

func (f *reorgFixture) state(id string) relay.State {
	task, err := f.eng.Status(context.Background(), id)
	if err != nil {
		return ""
	}
	return task.State
}

func (f *reorgFixture) waitState(t *testing.T, id string, want ...relay.State) {
	t.Helper()
	// The race detector slows the chains and the relayer ten times over:
	// a delivery through a checkpoint then takes tens of seconds on a
	// loaded machine.
	limit := 20 * time.Second
	if raceEnabled {
		limit = 90 * time.Second
	}
	got := relay.State("")
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		got = f.state(id)
		for _, w := range want {
			if got == w {
				return
			}
		}
	}
	require.Failf(t, "task not in the state wanted", "task %s: want %v, have %q after %s", id, want, got, limit)
}

// dropWait bounds the wait for a reorg's dropped task (longer under the
// race detector).
func dropWait() time.Duration {
	if raceEnabled {
		return 45 * time.Second
	}
	return 10 * time.Second
}

// fork replaces the BTTC chain from block at's parent on with n new
// blocks; drop makes the transactions of the replaced blocks disappear
// (otherwise they are mined again on the new branch).
func (f *reorgFixture) fork(t *testing.T, at uint64, n int, drop bool) {
	ctx := context.Background()
	parent, err := f.b.BTTC.HeaderByNumber(ctx, new(big.Int).SetUint64(at-1))
	require.NoError(t, err)
	require.NoError(t, f.b.BTTC.Fork(parent.Hash()))
	if drop {
		f.b.BTTC.Rollback()
	}
	for i := 0; i < n; i++ {
		f.b.BTTC.Commit()
	}
}

// TestShallowReorg: a reorg shallower than the confirmation depth. A burn
// whose block is orphaned (and not mined again) is never delivered; a burn
// mined again in the new branch is delivered once.
func TestShallowReorg(t *testing.T) {
	ctx := context.Background()
	f := newReorgFixture(t, relaytest.Config{Confirmations: 3, CheckpointInterval: 4, Seed: 21})
	for i := 0; i < 4; i++ {
		f.b.BTTC.Commit()
	}
	idA, blockA := f.burn(t, 7)
	f.waitState(t, idA, relay.Observed)
	f.fork(t, blockA, 2, true) // A's transactions are gone
	require.Eventually(t, func() bool { return f.state(idA) == "" }, dropWait(), 10*time.Millisecond, "orphaned task dropped")

	idB, blockB := f.burn(t, 9)
	f.waitState(t, idB, relay.Observed)
	f.fork(t, blockB, 2, false) // B is mined again in the new branch
	stop := f.b.Mine(20 * time.Millisecond)
	defer stop()
	f.waitState(t, idB, relay.Confirmed)
	time.Sleep(300 * time.Millisecond)
	o, err := f.b.Audit(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 9, o.Released.Int64(), "only B's burn is released")
	require.Equal(t, 1, o.Exits)
	require.Empty(t, f.state(idA), "A never came back")
	require.Zero(t, o.RelayerReverted)
}

// TestDeepReorg: a reorg deeper than the confirmation depth orphans a final
// block; the task of its burn is dropped and never delivered, even once
// checkpoints cover that height on the new branch.
func TestDeepReorg(t *testing.T) {
	ctx := context.Background()
	f := newReorgFixture(t, relaytest.Config{Confirmations: 2, CheckpointInterval: 16, Seed: 22})
	for i := 0; i < 2; i++ {
		f.b.BTTC.Commit()
	}
	idC, blockC := f.burn(t, 5)
	for i := 0; i < 3; i++ {
		f.b.BTTC.Commit() // C's block is final now
	}
	f.waitState(t, idC, relay.Final, relay.Awaiting)
	f.fork(t, blockC, 8, true)
	require.Eventually(t, func() bool { return f.state(idC) == "" }, dropWait(), 10*time.Millisecond, "orphaned final task dropped")

	// Later burns on the new branch are delivered; C never is.
	idD, _ := f.burn(t, 3)
	stop := f.b.Mine(20 * time.Millisecond)
	defer stop()
	f.waitState(t, idD, relay.Confirmed)
	time.Sleep(300 * time.Millisecond)
	o, err := f.b.Audit(ctx)
	require.NoError(t, err)
	require.EqualValues(t, 3, o.Released.Int64())
	require.Empty(t, f.state(idC), "C never came back")
	require.Equal(t, 1, o.Exits)
}
