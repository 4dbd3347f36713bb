// Package boltstore is the relay engine's embedded store: one bbolt file in
// a data directory, no server, pure Go. Every Store method is one bbolt
// transaction, synced to disk before it returns; concurrent Saves are
// batched into one transaction (bbolt's Batch) so many workers share one
// fsync. One process at a time opens a file (bbolt locks it); relayers
// that run as several processes use relay/pgstore.
package boltstore

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// FileName is the store's file in its data directory.
const FileName = "relay.db"

var (
	bTasks    = []byte("tasks")    // id → task (JSON)
	bDue      = []byte("due")      // route 0 lane next-try(8) id → nil, for claimable tasks
	bObserved = []byte("observed") // route 0 block(8) id → nil, for Observed tasks
	bCursors  = []byte("cursors")  // route → cursor (JSON)
	bHashes   = []byte("hashes")   // route 0 block(8) → hash
	bCounts   = []byte("counts")   // route 0 state → uint64
	bOrder    = []byte("order")    // created(8) id → nil, for List
	bLeases   = []byte("leases")   // id → owner, for leased tasks
)

// Store is a bbolt-backed relay.Store.
type Store struct {
	db *bolt.DB
}

// Open opens (creating if needed) the store in dir.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, relay.Errorf(relay.ErrStore, err, "creating the data directory %s", dir)
	}
	return open(dir, false, 5*time.Second)
}

// OpenReadOnly opens an existing store for reading (operator tools on a
// stopped relayer's data directory); every write fails with ErrStore.
func OpenReadOnly(dir string) (*Store, error) { return open(dir, true, 5*time.Second) }

// OpenExisting opens the existing store in dir for reading and writing
// (operator tools on a stopped relayer), giving up after wait when a
// running relayer holds it.
func OpenExisting(dir string, wait time.Duration) (*Store, error) {
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		return nil, relay.Errorf(relay.ErrStore, err, "no store in %s", dir)
	}
	return open(dir, false, wait)
}

func open(dir string, readOnly bool, wait time.Duration) (*Store, error) {
	db, err := bolt.Open(filepath.Join(dir, FileName), 0o600, &bolt.Options{Timeout: wait, ReadOnly: readOnly})
	if err != nil {
		return nil, relay.Errorf(relay.ErrStore, err, "opening %s", filepath.Join(dir, FileName))
	}
	if readOnly {
		return &Store{db: db}, nil
	}
	// Batches of Saves from concurrent workers commit together.
	db.MaxBatchDelay = 2 * time.Millisecond
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bTasks, bDue, bObserved, bCursors, bHashes, bCounts, bOrder, bLeases} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, relay.Errorf(relay.ErrStore, err, "initialising %s", filepath.Join(dir, FileName))
	}
	st := &Store{db: db}
	// The file lock says no other process has the store: leases in it
	// belong to processes that are gone.
	if err := st.release(""); err != nil {
		db.Close()
		return nil, err
	}
	return st, nil
}

// Release implements relay.Store.
func (s *Store) Release(_ context.Context, owner string) error { return s.release(owner) }

// release frees the leases of owner ("": every owner); the tasks are due
// at once.
func (s *Store) release(owner string) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		var ids []string
		c := tx.Bucket(bLeases).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if owner == "" || string(v) == owner {
				ids = append(ids, string(k))
			}
		}
		now := time.Now()
		for _, id := range ids {
			old, err := getTask(tx, id)
			if err != nil {
				return err
			}
			if old != nil {
				t := old.Clone()
				t.Owner, t.LeaseUntil, t.NextTry = "", time.Time{}, now
				if err := putTask(tx, old, t); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bLeases).Delete([]byte(id)); err != nil {
				return err
			}
		}
		return nil
	})
	return storeErr(err, "releasing leases")
}

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }

func storeErr(err error, op string) error {
	if err == nil {
		return nil
	}
	var re *relay.Error
	if errors.As(err, &re) {
		return err
	}
	return relay.Errorf(relay.ErrStore, err, "boltstore: %s", op)
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func routeKey(route string, rest ...[]byte) []byte {
	k := append([]byte(route), 0)
	for _, r := range rest {
		k = append(k, r...)
	}
	return k
}

func dueKey(t *relay.Task) []byte {
	return routeKey(t.Route, []byte{byte(t.Lane)}, u64(nanos(t.NextTry)), []byte(t.ID))
}

// nanos is t in Unix nanoseconds, 0 for times before 1970 (the zero time:
// due at once).
func nanos(t time.Time) uint64 {
	if n := t.UnixNano(); n > 0 && !t.IsZero() {
		return uint64(n)
	}
	return 0
}

func observedKey(t *relay.Task) []byte {
	return routeKey(t.Route, u64(t.Block), []byte(t.ID))
}

func orderKey(t *relay.Task) []byte {
	return append(u64(nanos(t.Created)), []byte(t.ID)...)
}

func countKey(route string, st relay.State) []byte { return routeKey(route, []byte(st)) }

func getTask(tx *bolt.Tx, id string) (*relay.Task, error) {
	v := tx.Bucket(bTasks).Get([]byte(id))
	if v == nil {
		return nil, nil
	}
	t := new(relay.Task)
	if err := t.UnmarshalBinary(v); err != nil {
		return nil, relay.Errorf(relay.ErrStore, err, "boltstore: task %s is corrupt", id)
	}
	return t, nil
}

// index removes old's index entries (if any) and adds t's.
func index(tx *bolt.Tx, old, t *relay.Task) error {
	if old != nil {
		if relay.Claimable(old.State) {
			if err := tx.Bucket(bDue).Delete(dueKey(old)); err != nil {
				return err
			}
		}
		if old.State == relay.Observed {
			if err := tx.Bucket(bObserved).Delete(observedKey(old)); err != nil {
				return err
			}
		}
		if err := addCount(tx, old.Route, old.State, -1); err != nil {
			return err
		}
	}
	if t == nil {
		return nil
	}
	if relay.Claimable(t.State) {
		if err := tx.Bucket(bDue).Put(dueKey(t), nil); err != nil {
			return err
		}
	}
	if t.State == relay.Observed {
		if err := tx.Bucket(bObserved).Put(observedKey(t), nil); err != nil {
			return err
		}
	}
	return addCount(tx, t.Route, t.State, 1)
}

func addCount(tx *bolt.Tx, route string, st relay.State, d int64) error {
	b := tx.Bucket(bCounts)
	k := countKey(route, st)
	var n int64
	if v := b.Get(k); len(v) == 8 {
		n = int64(binary.BigEndian.Uint64(v))
	}
	n += d
	if n < 0 {
		n = 0
	}
	return b.Put(k, u64(uint64(n)))
}

func putTask(tx *bolt.Tx, old, t *relay.Task) error {
	v, err := t.MarshalBinary()
	if err != nil {
		return err
	}
	if err := index(tx, old, t); err != nil {
		return err
	}
	if old == nil {
		if err := tx.Bucket(bOrder).Put(orderKey(t), nil); err != nil {
			return err
		}
	}
	if t.Owner != "" {
		if err := tx.Bucket(bLeases).Put([]byte(t.ID), []byte(t.Owner)); err != nil {
			return err
		}
	} else if old != nil && old.Owner != "" {
		if err := tx.Bucket(bLeases).Delete([]byte(t.ID)); err != nil {
			return err
		}
	}
	return tx.Bucket(bTasks).Put([]byte(t.ID), v)
}

func deleteTask(tx *bolt.Tx, t *relay.Task) error {
	if err := index(tx, t, nil); err != nil {
		return err
	}
	if err := tx.Bucket(bOrder).Delete(orderKey(t)); err != nil {
		return err
	}
	if err := tx.Bucket(bLeases).Delete([]byte(t.ID)); err != nil {
		return err
	}
	return tx.Bucket(bTasks).Delete([]byte(t.ID))
}

// Cursor implements relay.Store.
func (s *Store) Cursor(_ context.Context, route string) (relay.Cursor, bool, error) {
	var c relay.Cursor
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bCursors).Get([]byte(route))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &c)
	})
	return c, ok, storeErr(err, "reading the cursor")
}

// BlockHash implements relay.Store.
func (s *Store) BlockHash(_ context.Context, route string, number uint64) (common.Hash, bool, error) {
	var h common.Hash
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bHashes).Get(routeKey(route, u64(number))); len(v) == common.HashLength {
			h, ok = common.BytesToHash(v), true
		}
		return nil
	})
	return h, ok, storeErr(err, "reading a block hash")
}

// Advance implements relay.Store.
func (s *Store) Advance(_ context.Context, route string, to relay.Cursor, blocks []relay.Cursor, tasks []*relay.Task) (int, error) {
	inserted := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		inserted = 0
		for _, t := range tasks {
			old, err := getTask(tx, t.ID)
			if err != nil {
				return err
			}
			if old != nil {
				continue
			}
			if err := putTask(tx, nil, t); err != nil {
				return err
			}
			inserted++
		}
		hb := tx.Bucket(bHashes)
		for _, b := range blocks {
			if err := hb.Put(routeKey(route, u64(b.Number)), b.Hash[:]); err != nil {
				return err
			}
		}
		v, _ := json.Marshal(to)
		return tx.Bucket(bCursors).Put([]byte(route), v)
	})
	return inserted, storeErr(err, "advancing the cursor")
}

// Finalize implements relay.Store.
func (s *Store) Finalize(_ context.Context, route string, final, keepFrom uint64) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		n = 0
		prefix := routeKey(route)
		c := tx.Bucket(bObserved).Cursor()
		var ids []string
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			if binary.BigEndian.Uint64(k[len(prefix):len(prefix)+8]) > final {
				break
			}
			ids = append(ids, string(k[len(prefix)+8:]))
		}
		for _, id := range ids {
			old, err := getTask(tx, id)
			if err != nil || old == nil {
				return err
			}
			t := old.Clone()
			t.State = relay.Final
			t.Updated = time.Now()
			if err := putTask(tx, old, t); err != nil {
				return err
			}
			n++
		}
		hc := tx.Bucket(bHashes).Cursor()
		var stale [][]byte
		for k, _ := hc.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = hc.Next() {
			if binary.BigEndian.Uint64(k[len(prefix):]) >= keepFrom {
				break
			}
			stale = append(stale, append([]byte(nil), k...))
		}
		for _, k := range stale {
			if err := tx.Bucket(bHashes).Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	return n, storeErr(err, "finalizing")
}

// Rewind implements relay.Store.
func (s *Store) Rewind(_ context.Context, route string, to relay.Cursor) (int, int, error) {
	n, failed := 0, 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		n, failed = 0, 0
		prefix := routeKey(route)
		c := tx.Bucket(bObserved).Cursor()
		var ids []string
		for k, _ := c.Seek(routeKey(route, u64(to.Number+1))); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			ids = append(ids, string(k[len(prefix)+8:]))
		}
		for _, id := range ids {
			t, err := getTask(tx, id)
			if err != nil || t == nil {
				return err
			}
			if err := deleteTask(tx, t); err != nil {
				return err
			}
			n++
		}
		// Work from final blocks that left the chain (a reorg deeper
		// than the finality rule) is never delivered: dropped, and
		// re-derived from the new branch.
		var orphans []string
		dc := tx.Bucket(bDue).Cursor()
		for k, _ := dc.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = dc.Next() {
			orphans = append(orphans, string(k[len(prefix)+1+8:]))
		}
		for _, id := range orphans {
			old, err := getTask(tx, id)
			if err != nil || old == nil {
				return err
			}
			if old.Block <= to.Number || (old.State != relay.Final && old.State != relay.Awaiting && old.State != relay.Proven) {
				continue
			}
			if err := deleteTask(tx, old); err != nil {
				return err
			}
			failed++
		}
		hc := tx.Bucket(bHashes).Cursor()
		var stale [][]byte
		for k, _ := hc.Seek(routeKey(route, u64(to.Number+1))); k != nil && bytes.HasPrefix(k, prefix); k, _ = hc.Next() {
			stale = append(stale, append([]byte(nil), k...))
		}
		for _, k := range stale {
			if err := tx.Bucket(bHashes).Delete(k); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bHashes).Put(routeKey(route, u64(to.Number)), to.Hash[:]); err != nil {
			return err
		}
		v, _ := json.Marshal(to)
		return tx.Bucket(bCursors).Put([]byte(route), v)
	})
	return n, failed, storeErr(err, "rewinding")
}

// Claim implements relay.Store.
func (s *Store) Claim(_ context.Context, req relay.ClaimRequest) ([]*relay.Task, error) {
	var out []*relay.Task
	want := map[relay.State]bool{}
	for _, st := range req.States {
		want[st] = true
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		prefix := routeKey(req.Route, []byte{byte(req.Lane)})
		now := nanos(req.Now)
		c := tx.Bucket(bDue).Cursor()
		var ids []string
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix) && len(ids) < 4*req.Limit+16; k, _ = c.Next() {
			if binary.BigEndian.Uint64(k[len(prefix):len(prefix)+8]) > now {
				break
			}
			ids = append(ids, string(k[len(prefix)+8:]))
		}
		for _, id := range ids {
			if len(out) >= req.Limit {
				break
			}
			old, err := getTask(tx, id)
			if err != nil {
				return err
			}
			if old == nil || !want[old.State] {
				continue
			}
			t := old.Clone()
			t.Owner = req.Owner
			t.LeaseUntil = req.Now.Add(req.Lease)
			t.NextTry = t.LeaseUntil // due again only if the lease runs out
			if err := putTask(tx, old, t); err != nil {
				return err
			}
			out = append(out, t)
		}
		return nil
	})
	return out, storeErr(err, "claiming")
}

// Save implements relay.Store.
func (s *Store) Save(_ context.Context, owner string, tasks ...*relay.Task) error {
	err := s.db.Batch(func(tx *bolt.Tx) error {
		for _, t := range tasks {
			old, err := getTask(tx, t.ID)
			if err != nil {
				return err
			}
			if old == nil {
				return relay.Errorf(relay.ErrNotFound, nil, "boltstore: no task %s", t.ID)
			}
			if old.Owner != owner && old.LeaseUntil.After(time.Now()) {
				return relay.Errorf(relay.ErrLeaseLost, nil, "boltstore: task %s is leased to %s", t.ID, old.Owner)
			}
			n := t.Clone()
			n.Owner, n.LeaseUntil = "", time.Time{}
			n.Created = old.Created
			n.Updated = time.Now()
			if err := putTask(tx, old, n); err != nil {
				return err
			}
		}
		return nil
	})
	return storeErr(err, "saving")
}

// Update implements relay.Store.
func (s *Store) Update(_ context.Context, id string, fn func(*relay.Task) error) (*relay.Task, error) {
	var out *relay.Task
	err := s.db.Update(func(tx *bolt.Tx) error {
		old, err := getTask(tx, id)
		if err != nil {
			return err
		}
		if old == nil {
			return relay.Errorf(relay.ErrNotFound, nil, "no task %s", id)
		}
		t := old.Clone()
		if err := fn(t); err != nil {
			return err
		}
		t.ID, t.Route, t.Created = old.ID, old.Route, old.Created
		t.Updated = time.Now()
		out = t
		return putTask(tx, old, t)
	})
	return out, storeErr(err, "updating")
}

// Get implements relay.Store.
func (s *Store) Get(_ context.Context, id string) (*relay.Task, error) {
	var t *relay.Task
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		t, err = getTask(tx, id)
		return err
	})
	if err == nil && t == nil {
		return nil, relay.Errorf(relay.ErrNotFound, nil, "no task %s", id)
	}
	return t, storeErr(err, "reading a task")
}

// List implements relay.Store. A filter on one route's claimable states
// (the engine's recovery looks for Submitted tasks) reads the due index
// only, not every task.
func (s *Store) List(_ context.Context, f relay.Filter) ([]*relay.Task, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	dueOnly := f.Route != "" && len(f.States) > 0
	for _, st := range f.States {
		dueOnly = dueOnly && relay.Claimable(st)
	}
	var out []*relay.Task
	err := s.db.View(func(tx *bolt.Tx) error {
		if dueOnly {
			prefix := routeKey(f.Route)
			c := tx.Bucket(bDue).Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				t, err := getTask(tx, string(k[len(prefix)+1+8:]))
				if err != nil {
					return err
				}
				if t != nil && f.Matches(t) {
					out = append(out, t)
				}
			}
			slices.SortFunc(out, func(a, b *relay.Task) int { return a.Created.Compare(b.Created) })
			if len(out) > limit {
				out = out[:limit]
			}
			return nil
		}
		c := tx.Bucket(bOrder).Cursor()
		for k, _ := c.First(); k != nil && len(out) < limit; k, _ = c.Next() {
			t, err := getTask(tx, string(k[8:]))
			if err != nil {
				return err
			}
			if t != nil && f.Matches(t) {
				out = append(out, t)
			}
		}
		return nil
	})
	return out, storeErr(err, "listing")
}

// Counts implements relay.Store.
func (s *Store) Counts(_ context.Context, route string) (map[relay.State]int, error) {
	out := map[relay.State]int{}
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bCounts)
		for _, st := range relay.States {
			if v := b.Get(countKey(route, st)); len(v) == 8 {
				out[st] = int(binary.BigEndian.Uint64(v))
			}
		}
		return nil
	})
	return out, storeErr(err, "counting")
}

var _ relay.Store = (*Store)(nil)
