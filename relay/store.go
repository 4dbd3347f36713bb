package relay

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Store is where the engine keeps its work: route cursors, the block
// hashes it scanned (to notice reorgs) and tasks. Every method is one
// transaction: a state change and the cursor move that caused it commit
// together or not at all. A Store error stops the engine; it never
// continues on a failed write.
//
// relay/boltstore is the embedded default (one file, no server);
// relay/pgstore keeps the same semantics on PostgreSQL for several relayer
// processes. relay/storetest checks an implementation against them.
type Store interface {
	// Cursor returns the route's cursor; ok is false before the first
	// Advance.
	Cursor(ctx context.Context, route string) (c Cursor, ok bool, err error)
	// BlockHash returns the hash recorded for block number of route, if
	// it is still kept (blocks at or above the final head are).
	BlockHash(ctx context.Context, route string, number uint64) (common.Hash, bool, error)
	// Advance records tasks observed in the blocks after the cursor up to
	// to, the hashes of those blocks, and moves the cursor to to. A task
	// whose ID exists is left as it is (an event seen again after a
	// restart or a reorg is not a second task). It returns how many tasks
	// were new.
	Advance(ctx context.Context, route string, to Cursor, blocks []Cursor, tasks []*Task) (int, error)
	// Finalize moves the route's Observed tasks in blocks up to final to
	// Final and forgets block hashes below keepFrom.
	Finalize(ctx context.Context, route string, final, keepFrom uint64) (int, error)
	// Rewind moves the cursor back to to (a reorg's fork point): it drops
	// the Observed tasks of later blocks and their block hashes, and
	// returns how many tasks it dropped. Tasks past Observed are only in
	// final blocks, so a reorg within the finality depth never touches
	// them; a deeper one orphaned final blocks, and their Final, Awaiting
	// and Proven tasks are dropped too (counted in deep): scanning the new
	// branch re-derives whatever it holds. Submitted and Confirmed tasks
	// are left as they are.
	Rewind(ctx context.Context, route string, to Cursor) (dropped, deep int, err error)
	// Claim leases up to Limit due tasks of a route and lane in the given
	// states to Owner until Now+Lease: due means NextTry <= Now and no
	// other owner's lease is running. The oldest due tasks come first.
	Claim(ctx context.Context, req ClaimRequest) ([]*Task, error)
	// Save writes tasks the owner holds (state, attempts, error, next
	// try, recorded send) and releases their leases. A task whose lease
	// another owner holds now fails with ErrLeaseLost and nothing is
	// written.
	Save(ctx context.Context, owner string, tasks ...*Task) error
	// Release gives up every lease owner holds (the engine calls it when it
	// stops, so another process or a restart takes the work over at
	// once). A store that only one process can open (boltstore) releases
	// all leases when it is opened, so a crash delays nothing.
	Release(ctx context.Context, owner string) error
	// Update changes one task whatever its lease (operator actions):
	// fn gets the stored task and changes it in place; returning an error
	// writes nothing.
	Update(ctx context.Context, id string, fn func(*Task) error) (*Task, error)
	// Get returns a task (ErrNotFound if none has the id).
	Get(ctx context.Context, id string) (*Task, error)
	// List returns tasks matching f, oldest first.
	List(ctx context.Context, f Filter) ([]*Task, error)
	// Counts returns the number of tasks of route in each state.
	Counts(ctx context.Context, route string) (map[State]int, error)
	// Close releases the store.
	Close() error
}

// ClaimRequest asks Store.Claim for due work.
type ClaimRequest struct {
	Route  string
	Lane   Lane
	States []State
	Owner  string
	Limit  int
	Now    time.Time
	Lease  time.Duration
}

// Filter selects tasks for List.
type Filter struct {
	// Route and States narrow the result when set.
	Route  string
	States []State
	// Limit bounds the result (default 100).
	Limit int
}

// Matches reports whether t passes the filter's route and states.
func (f Filter) Matches(t *Task) bool {
	if f.Route != "" && t.Route != f.Route {
		return false
	}
	if len(f.States) == 0 {
		return true
	}
	for _, s := range f.States {
		if t.State == s {
			return true
		}
	}
	return false
}

// Claimable reports whether tasks in state s are worked on by the engine
// (and so are in a store's due index).
func Claimable(s State) bool {
	return s == Final || s == Awaiting || s == Proven || s == Submitted
}

// ScanLeaser is implemented by stores that several processes share
// (pgstore). Only the holder of a route's scan lease reads the route's
// source; the others work the tasks it stores, so each block is fetched and
// decoded once however many processes run. Correctness never depends on
// the lease: Advance ignores a range another process already stored, so an
// expired lease costs work, not events.
type ScanLeaser interface {
	// LeaseScan takes or renews the scan lease of route for owner for d
	// (measured on the store's clock) and reports whether owner holds it;
	// another owner's running lease is left alone. d == 0 gives owner's
	// lease up.
	LeaseScan(ctx context.Context, route, owner string, d time.Duration) (bool, error)
}

// Notifier is implemented by stores that tell every process sharing them
// when new work was stored (pgstore: LISTEN/NOTIFY). The engine wakes its
// idle workers on each notification instead of waiting for its next poll,
// so the processes share new work instead of the scanning one taking it
// all. Polling stays the fallback: a lost notification delays, never loses.
type Notifier interface {
	// Notifications sends the route names with new work until ctx ends.
	Notifications(ctx context.Context) <-chan string
}
