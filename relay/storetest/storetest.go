// Package storetest checks a relay.Store against the semantics the engine
// relies on. Every store implementation runs Run in its tests, so the
// embedded store and the PostgreSQL store behave the same.
package storetest

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Opener returns a fresh, empty store; the test closes it.
type Opener func(t *testing.T) relay.Store

// NewTask returns a task of route observed in block, due at once.
func NewTask(route string, block uint64, n int, state relay.State) *relay.Task {
	now := time.Now()
	return &relay.Task{
		ID: fmt.Sprintf("%s/%d/%d", route, block, n), Route: route, State: state,
		Block: block, BlockHash: common.BigToHash(new(big.Int).SetUint64(block)), TxHash: common.Hash{byte(n)}, LogIndex: uint(n),
		Data: []byte{1, 2, 3}, Created: now, Updated: now, NextTry: now.Add(-time.Millisecond),
	}
}

// Run runs every check on stores from open.
func Run(t *testing.T, open Opener) {
	t.Run("advance is atomic and idempotent", func(t *testing.T) { advance(t, open(t)) })
	t.Run("finalize and rewind", func(t *testing.T) { finalizeRewind(t, open(t)) })
	t.Run("claim leases", func(t *testing.T) { claim(t, open(t)) })
	t.Run("save respects leases", func(t *testing.T) { save(t, open(t)) })
	t.Run("update, get, list, counts", func(t *testing.T) { operator(t, open(t)) })
	t.Run("concurrent claims never share a task", func(t *testing.T) { concurrent(t, open(t)) })
	t.Run("release hands leases over", func(t *testing.T) { release(t, open(t)) })
}

func advance(t *testing.T, s relay.Store) {
	defer s.Close()
	ctx := context.Background()
	_, ok, err := s.Cursor(ctx, "r")
	require.NoError(t, err)
	require.False(t, ok)
	a, b := NewTask("r", 5, 0, relay.Observed), NewTask("r", 6, 0, relay.Observed)
	n, err := s.Advance(ctx, "r", relay.Cursor{Number: 6, Hash: common.Hash{6}}, []relay.Cursor{{Number: 5, Hash: common.Hash{5}}, {Number: 6, Hash: common.Hash{6}}}, []*relay.Task{a, b})
	require.NoError(t, err)
	require.Equal(t, 2, n)
	c, ok, err := s.Cursor(ctx, "r")
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, relay.Cursor{Number: 6, Hash: common.Hash{6}}, c)
	h, ok, err := s.BlockHash(ctx, "r", 5)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, common.Hash{5}, h)

	// The same event again (a restart, a re-included event) is not new,
	// and the stored task keeps its state.
	_, err = s.Update(ctx, a.ID, func(x *relay.Task) error { x.State = relay.Final; return nil })
	require.NoError(t, err)
	again := NewTask("r", 5, 0, relay.Observed)
	n, err = s.Advance(ctx, "r", relay.Cursor{Number: 7, Hash: common.Hash{7}}, nil, []*relay.Task{again})
	require.NoError(t, err)
	require.Zero(t, n)
	got, err := s.Get(ctx, a.ID)
	require.NoError(t, err)
	require.Equal(t, relay.Final, got.State)

	// Other routes are separate.
	_, ok, err = s.Cursor(ctx, "other")
	require.NoError(t, err)
	require.False(t, ok)
}

func finalizeRewind(t *testing.T, s relay.Store) {
	defer s.Close()
	ctx := context.Background()
	var tasks []*relay.Task
	var blocks []relay.Cursor
	for b := uint64(10); b <= 20; b++ {
		tasks = append(tasks, NewTask("r", b, 0, relay.Observed))
		blocks = append(blocks, relay.Cursor{Number: b, Hash: common.Hash{byte(b)}})
	}
	_, err := s.Advance(ctx, "r", blocks[len(blocks)-1], blocks, tasks)
	require.NoError(t, err)
	n, err := s.Finalize(ctx, "r", 14, 12)
	require.NoError(t, err)
	require.Equal(t, 5, n) // blocks 10..14
	_, ok, err := s.BlockHash(ctx, "r", 11)
	require.NoError(t, err)
	require.False(t, ok, "hashes below keepFrom are forgotten")
	_, ok, err = s.BlockHash(ctx, "r", 12)
	require.NoError(t, err)
	require.True(t, ok)

	// A reorg with fork point 16: Observed tasks of 17..20 are dropped.
	dropped, failed, err := s.Rewind(ctx, "r", relay.Cursor{Number: 16, Hash: common.Hash{16}})
	require.NoError(t, err)
	require.Equal(t, 4, dropped)
	require.Zero(t, failed)
	c, _, err := s.Cursor(ctx, "r")
	require.NoError(t, err)
	require.EqualValues(t, 16, c.Number)
	_, ok, err = s.BlockHash(ctx, "r", 18)
	require.NoError(t, err)
	require.False(t, ok)
	counts, err := s.Counts(ctx, "r")
	require.NoError(t, err)
	require.Equal(t, 5, counts[relay.Final])
	require.Equal(t, 2, counts[relay.Observed])
	_, err = s.Get(ctx, tasks[9].ID)
	require.ErrorIs(t, err, relay.ErrNotFound)

	// A reorg deeper than finality: final work from orphaned blocks is
	// dropped (never delivered; re-derived from the new branch); submitted
	// work is left to its receipt.
	_, err = s.Update(ctx, tasks[4].ID, func(x *relay.Task) error { x.State = relay.Submitted; return nil }) // block 14
	require.NoError(t, err)
	dropped, failed, err = s.Rewind(ctx, "r", relay.Cursor{Number: 11, Hash: common.Hash{11}})
	require.NoError(t, err)
	require.Equal(t, 2, dropped) // 15, 16 were Observed
	require.Equal(t, 2, failed)  // 12, 13 were Final
	_, err = s.Get(ctx, tasks[3].ID)
	require.ErrorIs(t, err, relay.ErrNotFound)
	got, err := s.Get(ctx, tasks[4].ID)
	require.NoError(t, err)
	require.Equal(t, relay.Submitted, got.State)
	got, err = s.Get(ctx, tasks[1].ID)
	require.NoError(t, err)
	require.Equal(t, relay.Final, got.State, "block 11 is at the fork point: kept")
}

func claim(t *testing.T, s relay.Store) {
	defer s.Close()
	ctx := context.Background()
	var tasks []*relay.Task
	for i := 0; i < 10; i++ {
		x := NewTask("r", uint64(i), 0, relay.Final)
		if i >= 5 {
			x.Lane = relay.Backfill
		}
		if i == 4 {
			x.NextTry = time.Now().Add(time.Hour) // not due
		}
		tasks = append(tasks, x)
	}
	_, err := s.Advance(ctx, "r", relay.Cursor{Number: 9}, nil, tasks)
	require.NoError(t, err)
	req := relay.ClaimRequest{Route: "r", Lane: relay.Live, States: []relay.State{relay.Final}, Owner: "a", Limit: 10, Now: time.Now(), Lease: time.Minute}
	got, err := s.Claim(ctx, req)
	require.NoError(t, err)
	require.Len(t, got, 4, "live lane, due tasks only")
	for _, x := range got {
		assert.Equal(t, "a", x.Owner)
		assert.Equal(t, relay.Live, x.Lane)
	}
	again, err := s.Claim(ctx, req)
	require.NoError(t, err)
	require.Empty(t, again, "leased tasks are not claimed twice")
	req.Owner, req.Now = "b", time.Now().Add(2*time.Minute)
	expired, err := s.Claim(ctx, req)
	require.NoError(t, err)
	require.Len(t, expired, 4, "an expired lease is claimed by another owner")
	req.Lane, req.Limit = relay.Backfill, 2
	back, err := s.Claim(ctx, req)
	require.NoError(t, err)
	require.Len(t, back, 2)
	req.States = []relay.State{relay.Proven}
	none, err := s.Claim(ctx, req)
	require.NoError(t, err)
	require.Empty(t, none, "only the asked states")
}

func save(t *testing.T, s relay.Store) {
	defer s.Close()
	ctx := context.Background()
	x := NewTask("r", 1, 0, relay.Final)
	_, err := s.Advance(ctx, "r", relay.Cursor{Number: 1}, nil, []*relay.Task{x})
	require.NoError(t, err)
	got, err := s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Final}, Owner: "a", Limit: 1, Now: time.Now(), Lease: time.Minute})
	require.NoError(t, err)
	require.Len(t, got, 1)
	stolen := got[0].Clone()
	stolen.State = relay.Failed
	require.ErrorIs(t, s.Save(ctx, "b", stolen), relay.ErrLeaseLost)
	mine := got[0]
	mine.State, mine.Payload, mine.SentTx, mine.SentNonce = relay.Submitted, []byte{9}, common.Hash{7}, 3
	mine.NextTry = time.Now().Add(-time.Second)
	require.NoError(t, s.Save(ctx, "a", mine))
	back, err := s.Get(ctx, x.ID)
	require.NoError(t, err)
	require.Equal(t, relay.Submitted, back.State)
	require.Equal(t, common.Hash{7}, back.SentTx)
	require.EqualValues(t, 3, back.SentNonce)
	require.Empty(t, back.Owner, "saving releases the lease")
	// Saved and due again: claimable in its new state.
	got, err = s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Submitted}, Owner: "b", Limit: 1, Now: time.Now(), Lease: time.Minute})
	require.NoError(t, err)
	require.Len(t, got, 1)
	// A terminal state leaves the due index.
	got[0].State = relay.Confirmed
	require.NoError(t, s.Save(ctx, "b", got[0]))
	none, err := s.Claim(ctx, relay.ClaimRequest{Route: "r", States: relay.States, Owner: "c", Limit: 10, Now: time.Now().Add(time.Hour), Lease: time.Minute})
	require.NoError(t, err)
	require.Empty(t, none)
}

func operator(t *testing.T, s relay.Store) {
	defer s.Close()
	ctx := context.Background()
	var tasks []*relay.Task
	for i := 0; i < 5; i++ {
		x := NewTask("r", uint64(i), 0, relay.Final)
		x.Created = time.Now().Add(time.Duration(i) * time.Millisecond)
		tasks = append(tasks, x)
	}
	_, err := s.Advance(ctx, "r", relay.Cursor{Number: 4}, nil, tasks)
	require.NoError(t, err)
	_, err = s.Update(ctx, tasks[2].ID, func(x *relay.Task) error {
		x.State, x.LastError = relay.Failed, "reverted"
		return nil
	})
	require.NoError(t, err)
	_, err = s.Update(ctx, "missing", func(*relay.Task) error { return nil })
	require.ErrorIs(t, err, relay.ErrNotFound)
	boom := relay.Errorf(relay.ErrBadState, nil, "no")
	_, err = s.Update(ctx, tasks[1].ID, func(x *relay.Task) error { x.State = relay.Skipped; return boom })
	require.ErrorIs(t, err, relay.ErrBadState)
	got, err := s.Get(ctx, tasks[1].ID)
	require.NoError(t, err)
	require.Equal(t, relay.Final, got.State, "a failed update writes nothing")

	failed, err := s.List(ctx, relay.Filter{Route: "r", States: []relay.State{relay.Failed}})
	require.NoError(t, err)
	require.Len(t, failed, 1)
	require.Equal(t, "reverted", failed[0].LastError)
	all, err := s.List(ctx, relay.Filter{Route: "r", Limit: 3})
	require.NoError(t, err)
	require.Len(t, all, 3)
	require.Equal(t, tasks[0].ID, all[0].ID, "oldest first")
	counts, err := s.Counts(ctx, "r")
	require.NoError(t, err)
	require.Equal(t, map[relay.State]int{relay.Final: 4, relay.Failed: 1}, nonZero(counts))
}

func nonZero(m map[relay.State]int) map[relay.State]int {
	out := map[relay.State]int{}
	for k, v := range m {
		if v != 0 {
			out[k] = v
		}
	}
	return out
}

func concurrent(t *testing.T, s relay.Store) {
	defer s.Close()
	ctx := context.Background()
	const n = 300
	var tasks []*relay.Task
	for i := 0; i < n; i++ {
		tasks = append(tasks, NewTask("r", uint64(i), 0, relay.Final))
	}
	_, err := s.Advance(ctx, "r", relay.Cursor{Number: n}, nil, tasks)
	require.NoError(t, err)
	var mu sync.Mutex
	seen := map[string]string{}
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		owner := fmt.Sprintf("w%d", w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				got, err := s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Final}, Owner: owner, Limit: 7, Now: time.Now(), Lease: time.Minute})
				if err != nil {
					t.Error(err)
					return
				}
				if len(got) == 0 {
					return
				}
				for _, x := range got {
					mu.Lock()
					if prev, dup := seen[x.ID]; dup {
						t.Errorf("%s claimed by %s and %s", x.ID, prev, owner)
					}
					seen[x.ID] = owner
					mu.Unlock()
					x.State = relay.Confirmed
				}
				if err := s.Save(ctx, owner, got...); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	require.Len(t, seen, n)
	counts, err := s.Counts(ctx, "r")
	require.NoError(t, err)
	require.Equal(t, n, counts[relay.Confirmed])
}

func release(t *testing.T, s relay.Store) {
	defer s.Close()
	ctx := context.Background()
	x, y := NewTask("r", 1, 0, relay.Final), NewTask("r", 2, 0, relay.Final)
	_, err := s.Advance(ctx, "r", relay.Cursor{Number: 2}, nil, []*relay.Task{x, y})
	require.NoError(t, err)
	got, err := s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Final}, Owner: "a", Limit: 1, Now: time.Now(), Lease: time.Hour})
	require.NoError(t, err)
	require.Len(t, got, 1)
	got, err = s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Final}, Owner: "b", Limit: 1, Now: time.Now(), Lease: time.Hour})
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.NoError(t, s.Release(ctx, "a"))
	got, err = s.Claim(ctx, relay.ClaimRequest{Route: "r", States: []relay.State{relay.Final}, Owner: "c", Limit: 5, Now: time.Now(), Lease: time.Hour})
	require.NoError(t, err)
	require.Len(t, got, 1, "a's task is free again, b's is not")
}
