package relay

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func randomTask(r *rand.Rand) *Task {
	bytes := func() []byte {
		if r.IntN(3) == 0 {
			return nil
		}
		b := make([]byte, r.IntN(300)+1)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	hash := func() (h common.Hash) {
		if r.IntN(2) == 0 {
			for i := range h {
				h[i] = byte(r.Uint32())
			}
		}
		return h
	}
	when := func() time.Time {
		if r.IntN(3) == 0 {
			return time.Time{}
		}
		return time.Unix(0, r.Int64N(1<<62)-1<<61)
	}
	return &Task{
		ID: string(bytes()), Route: "route-" + string(bytes()), State: States[r.IntN(len(States))],
		Lane: Lane(r.IntN(256)), Block: r.Uint64(), BlockHash: hash(), TxHash: hash(),
		LogIndex: uint(r.Uint32()), Data: bytes(), Payload: bytes(), SentTx: hash(),
		SentNonce: r.Uint64(), SentRaw: bytes(), SentAt: when(), Attempts: r.IntN(1 << 31),
		LastError: string(bytes()), NextTry: when(), GasUsed: r.Uint64(), Created: when(),
		Updated: when(), Owner: string(bytes()), LeaseUntil: when(),
	}
}

// requireSameTask compares tasks field by field, times by instant.
func requireSameTask(t *testing.T, want, got *Task) {
	t.Helper()
	for _, p := range []struct{ w, g *time.Time }{
		{&want.SentAt, &got.SentAt}, {&want.NextTry, &got.NextTry}, {&want.Created, &got.Created},
		{&want.Updated, &got.Updated}, {&want.LeaseUntil, &got.LeaseUntil},
	} {
		require.True(t, p.w.Equal(*p.g), "time %v != %v", *p.w, *p.g)
	}
	w, g := *want, *got
	w.SentAt, w.NextTry, w.Created, w.Updated, w.LeaseUntil = time.Time{}, time.Time{}, time.Time{}, time.Time{}, time.Time{}
	g.SentAt, g.NextTry, g.Created, g.Updated, g.LeaseUntil = time.Time{}, time.Time{}, time.Time{}, time.Time{}, time.Time{}
	require.Equal(t, w, g)
}

func TestTaskCodecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		task := randomTask(r)
		b, err := task.MarshalBinary()
		require.NoError(t, err)
		var got Task
		require.NoError(t, got.UnmarshalBinary(b))
		requireSameTask(t, task, &got)
	}
	empty, err := new(Task).MarshalBinary()
	require.NoError(t, err)
	require.Len(t, empty, 21)
}

// Every truncation and every extension of a valid encoding is rejected
// with ErrCorrupt, and the target is left unchanged.
func TestTaskCodecRejectsMutations(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 50; i++ {
		b, err := randomTask(r).MarshalBinary()
		require.NoError(t, err)
		for n := 0; n < len(b); n++ {
			target := Task{ID: "untouched"}
			err := target.UnmarshalBinary(b[:n])
			require.Error(t, err, "truncated to %d of %d bytes", n, len(b))
			require.True(t, errors.Is(err, ErrCorrupt))
			require.Equal(t, "untouched", target.ID)
		}
		require.ErrorIs(t, new(Task).UnmarshalBinary(append(b, 0)), ErrCorrupt)
		bad := append([]byte(nil), b...)
		bad[0] = 2
		require.ErrorIs(t, new(Task).UnmarshalBinary(bad), ErrCorrupt)
		bad[0], bad[1] = 1, 0x08
		require.ErrorIs(t, new(Task).UnmarshalBinary(bad), ErrCorrupt)
	}
}

func FuzzTaskCodec(f *testing.F) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 8; i++ {
		b, _ := randomTask(r).MarshalBinary()
		f.Add(b)
	}
	f.Add([]byte{1, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var task Task
		if err := task.UnmarshalBinary(data); err != nil {
			require.ErrorIs(t, err, ErrCorrupt)
			return
		}
		// What decodes re-encodes to bytes that decode to the same task.
		b, err := task.MarshalBinary()
		require.NoError(t, err)
		var again Task
		require.NoError(t, again.UnmarshalBinary(b))
		requireSameTask(t, &task, &again)
	})
}

func BenchmarkTaskCodec(b *testing.B) {
	task := randomTask(rand.New(rand.NewPCG(7, 8)))
	b.Run("binary", func(b *testing.B) {
		for b.Loop() {
			v, _ := task.MarshalBinary()
			var t Task
			if err := t.UnmarshalBinary(v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestTaskJSON: the operator API's form of a task — snake_case, 0x-hex,
// RFC 3339, unset fields left out — reads back to the same task.
func TestTaskJSON(t *testing.T) {
	created := time.Date(2026, 12, 4, 17, 0, 0, 0, time.UTC)
	task := Task{ID: "exit/0xab/1", Route: "exit", State: Submitted, Lane: Backfill, Block: 77,
		BlockHash: common.Hash{1}, TxHash: common.Hash{2}, LogIndex: 3, Data: []byte{0xde, 0xad}, Payload: []byte{1, 2},
		SentTx: common.Hash{3}, SentNonce: 9, SentRaw: []byte{4}, SentAt: created.Add(time.Second), Attempts: 2,
		LastError: "why", NextTry: created.Add(time.Minute), GasUsed: 21000, Created: created, Updated: created}
	b, err := json.Marshal(task)
	require.NoError(t, err)
	js := string(b)
	for _, want := range []string{`"id":"exit/0xab/1"`, `"state":"submitted"`, `"lane":"backfill"`, `"block_hash":"0x01000000`,
		`"data":"0xdead"`, `"sent_nonce":9`, `"created":"2026-12-04T17:00:00Z"`, `"last_error":"why"`} {
		require.Contains(t, js, want)
	}
	require.NotContains(t, js, "lease_until", "a zero time is left out")
	require.NotContains(t, js, "owner")
	var back Task
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, task.ID, back.ID)
	require.Equal(t, task.Lane, back.Lane)
	require.Equal(t, task.BlockHash, back.BlockHash)
	require.Equal(t, task.Data, back.Data)
	require.True(t, task.NextTry.Equal(back.NextTry))
	require.True(t, back.LeaseUntil.IsZero())
	again, err := json.Marshal(back)
	require.NoError(t, err)
	require.JSONEq(t, js, string(again))
}
