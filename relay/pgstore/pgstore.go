// Package pgstore is the relay engine's store on PostgreSQL, for several
// relayer processes sharing the work: claims take due tasks with FOR
// UPDATE SKIP LOCKED and a lease, so a task is worked by one process at a
// time and a killed process's tasks go to the others when its leases run
// out. It has the semantics of relay.Store exactly as the embedded
// boltstore does (both run relay/storetest). Pure Go (pgx).
package pgstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// schema creates the tables (idempotent). The task's columns are the
// source of truth for what is queried (state, lane, block, times, lease);
// body holds the rest (relay.Task's binary encoding).
const schema = `
CREATE TABLE IF NOT EXISTS relay_tasks (
	id          text PRIMARY KEY,
	route       text NOT NULL,
	state       text NOT NULL,
	lane        smallint NOT NULL,
	block       bigint NOT NULL,
	next_try    timestamptz NOT NULL,
	owner       text NOT NULL DEFAULT '',
	lease_until timestamptz,
	created     timestamptz NOT NULL,
	body        bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS relay_tasks_due ON relay_tasks (route, lane, next_try)
	WHERE state IN ('final', 'awaiting', 'proven', 'submitted');
CREATE INDEX IF NOT EXISTS relay_tasks_observed ON relay_tasks (route, block) WHERE state = 'observed';
CREATE INDEX IF NOT EXISTS relay_tasks_order ON relay_tasks (created, id);
CREATE INDEX IF NOT EXISTS relay_tasks_state ON relay_tasks (route, state);
CREATE INDEX IF NOT EXISTS relay_tasks_owner ON relay_tasks (owner) WHERE owner <> '';
CREATE TABLE IF NOT EXISTS relay_cursors (
	route  text PRIMARY KEY,
	number bigint NOT NULL,
	hash   bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_scan_leases (
	route  text PRIMARY KEY,
	owner  text NOT NULL,
	until  timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS relay_hashes (
	route  text NOT NULL,
	number bigint NOT NULL,
	hash   bytea NOT NULL,
	PRIMARY KEY (route, number)
);`

// Store is a PostgreSQL-backed relay.Store.
type Store struct {
	pool *pgxpool.Pool
}

// Open connects to the database at url (a libpq URL or DSN) and creates
// the tables if needed.
func Open(ctx context.Context, url string) (*Store, error) {
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, relay.Errorf(relay.ErrStore, err, "pgstore: connecting")
	}
	// Creating the schema from several processes at once must not race.
	_, err = pool.Exec(ctx, `SELECT pg_advisory_lock(7431); `+schema+`; SELECT pg_advisory_unlock(7431);`)
	if err != nil {
		pool.Close()
		return nil, relay.Errorf(relay.ErrStore, err, "pgstore: creating the schema")
	}
	return &Store{pool: pool}, nil
}

// Reset forgets everything the store holds (tasks, cursors, block hashes,
// scan leases): the relayer starts afresh, as on an empty database. Only
// for a store whose chains are gone (`bttcrelay relay run --reset-store`);
// no relayer may be running on it.
func (s *Store) Reset(ctx context.Context) error {
	_, err := s.pool.Exec(ctx, `TRUNCATE relay_tasks, relay_cursors, relay_scan_leases, relay_hashes`)
	return storeErr(err, "resetting")
}

// Close closes the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

func storeErr(err error, op string) error {
	if err == nil {
		return nil
	}
	var re *relay.Error
	if errors.As(err, &re) {
		return err
	}
	return relay.Errorf(relay.ErrStore, err, "pgstore: %s", op)
}

const taskCols = `id, route, state, lane, block, next_try, owner, lease_until, created, body`

type scanner interface{ Scan(dest ...any) error }

func scanTask(row scanner) (*relay.Task, error) {
	var (
		id, route, state, owner string
		lane                    int16
		block                   int64
		nextTry, created        time.Time
		lease                   *time.Time
		body                    []byte
	)
	if err := row.Scan(&id, &route, &state, &lane, &block, &nextTry, &owner, &lease, &created, &body); err != nil {
		return nil, err
	}
	t := new(relay.Task)
	if err := t.UnmarshalBinary(body); err != nil {
		return nil, relay.Errorf(relay.ErrStore, err, "pgstore: task %s is corrupt", id)
	}
	t.ID, t.Route, t.State, t.Lane, t.Block = id, route, relay.State(state), relay.Lane(lane), uint64(block)
	t.NextTry, t.Owner, t.Created = nextTry, owner, created
	t.LeaseUntil = time.Time{}
	if lease != nil {
		t.LeaseUntil = *lease
	}
	return t, nil
}

func body(t *relay.Task) ([]byte, error) { return t.MarshalBinary() }

func leaseArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

func tsArg(t time.Time) time.Time {
	if t.IsZero() {
		return time.Unix(0, 0)
	}
	return t
}

// Cursor implements relay.Store.
func (s *Store) Cursor(ctx context.Context, route string) (relay.Cursor, bool, error) {
	var n int64
	var h []byte
	err := s.pool.QueryRow(ctx, `SELECT number, hash FROM relay_cursors WHERE route = $1`, route).Scan(&n, &h)
	if errors.Is(err, pgx.ErrNoRows) {
		return relay.Cursor{}, false, nil
	}
	if err != nil {
		return relay.Cursor{}, false, storeErr(err, "reading the cursor")
	}
	return relay.Cursor{Number: uint64(n), Hash: common.BytesToHash(h)}, true, nil
}

// BlockHash implements relay.Store.
func (s *Store) BlockHash(ctx context.Context, route string, number uint64) (common.Hash, bool, error) {
	var h []byte
	err := s.pool.QueryRow(ctx, `SELECT hash FROM relay_hashes WHERE route = $1 AND number = $2`, route, int64(number)).Scan(&h)
	if errors.Is(err, pgx.ErrNoRows) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, storeErr(err, "reading a block hash")
	}
	return common.BytesToHash(h), true, nil
}

func putCursor(ctx context.Context, tx pgx.Tx, route string, c relay.Cursor) error {
	_, err := tx.Exec(ctx, `INSERT INTO relay_cursors (route, number, hash) VALUES ($1,$2,$3)
		ON CONFLICT (route) DO UPDATE SET number = EXCLUDED.number, hash = EXCLUDED.hash`, route, int64(c.Number), c.Hash[:])
	return err
}

func putHash(ctx context.Context, tx pgx.Tx, route string, c relay.Cursor) error {
	_, err := tx.Exec(ctx, `INSERT INTO relay_hashes (route, number, hash) VALUES ($1,$2,$3)
		ON CONFLICT (route, number) DO UPDATE SET hash = EXCLUDED.hash`, route, int64(c.Number), c.Hash[:])
	return err
}

// Advance implements relay.Store. The tasks go in as one statement
// (arrays unnested), so a scan costs one round trip however many events
// it found.
func (s *Store) Advance(ctx context.Context, route string, to relay.Cursor, blocks []relay.Cursor, tasks []*relay.Task) (int, error) {
	n := 0
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		n = 0
		// One process advances a route at a time; the others find the
		// cursor moved at their next scan instead of inserting the same
		// rows again.
		var mine bool
		if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock(hashtext('relay_advance:' || $1))`, route).Scan(&mine); err != nil {
			return err
		}
		if !mine {
			return nil
		}
		var cur int64
		err := tx.QueryRow(ctx, `SELECT number FROM relay_cursors WHERE route = $1`, route).Scan(&cur)
		if err == nil && uint64(cur) >= to.Number {
			// Another process has already scanned these blocks.
			return nil
		}
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		// Statements of at most insertChunk rows: pgx encodes each
		// statement's parameters into one growing buffer, which costs
		// more than the round trips saved by sending bigger ones.
		for i := 0; i < len(tasks); i += insertChunk {
			c, err := columns(tasks[i:min(i+insertChunk, len(tasks))])
			if err != nil {
				return err
			}
			tag, err := tx.Exec(ctx, `INSERT INTO relay_tasks (`+taskCols+`)
				SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::bigint[], $6::timestamptz[],
					$7::text[], $8::timestamptz[], $9::timestamptz[], $10::bytea[])
				ON CONFLICT (id) DO NOTHING`,
				c.ids, c.routes, c.states, c.lanes, c.blocks, c.nextTry, c.owners, c.leases, c.created, c.bodies)
			if err != nil {
				return err
			}
			n += int(tag.RowsAffected())
		}
		if len(blocks) > 0 {
			nums := make([]int64, len(blocks))
			hashes := make([][]byte, len(blocks))
			for i, b := range blocks {
				nums[i], hashes[i] = int64(b.Number), b.Hash.Bytes()
			}
			if _, err := tx.Exec(ctx, `INSERT INTO relay_hashes (route, number, hash)
				SELECT $1, * FROM unnest($2::bigint[], $3::bytea[])
				ON CONFLICT (route, number) DO UPDATE SET hash = EXCLUDED.hash`, route, nums, hashes); err != nil {
				return err
			}
		}
		if n > 0 {
			if err := notify(ctx, tx, route); err != nil {
				return err
			}
		}
		return putCursor(ctx, tx, route, to)
	})
	return n, storeErr(err, "advancing the cursor")
}

// insertChunk is the most rows one INSERT statement carries.
const insertChunk = 500

// taskColumns are tasks as column arrays, for unnest.
type taskColumns struct {
	ids, routes, states, owners []string
	lanes                       []int16
	blocks                      []int64
	nextTry, created            []time.Time
	leases                      []*time.Time
	bodies                      [][]byte
}

func columns(tasks []*relay.Task) (*taskColumns, error) {
	c := &taskColumns{}
	for _, t := range tasks {
		b, err := body(t)
		if err != nil {
			return nil, err
		}
		var lease *time.Time
		if !t.LeaseUntil.IsZero() {
			l := t.LeaseUntil
			lease = &l
		}
		c.ids = append(c.ids, t.ID)
		c.routes = append(c.routes, t.Route)
		c.states = append(c.states, string(t.State))
		c.lanes = append(c.lanes, int16(t.Lane))
		c.blocks = append(c.blocks, int64(t.Block))
		c.nextTry = append(c.nextTry, tsArg(t.NextTry))
		c.owners = append(c.owners, t.Owner)
		c.leases = append(c.leases, lease)
		c.created = append(c.created, tsArg(t.Created))
		c.bodies = append(c.bodies, b)
	}
	return c, nil
}

// Finalize implements relay.Store.
func (s *Store) Finalize(ctx context.Context, route string, final, keepFrom uint64) (int, error) {
	n := 0
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE relay_tasks SET state = 'final' WHERE route = $1 AND state = 'observed' AND block <= $2`, route, int64(final))
		if err != nil {
			return err
		}
		n = int(tag.RowsAffected())
		if n > 0 {
			if err := notify(ctx, tx, route); err != nil {
				return err
			}
		}
		_, err = tx.Exec(ctx, `DELETE FROM relay_hashes WHERE route = $1 AND number < $2`, route, int64(keepFrom))
		return err
	})
	return n, storeErr(err, "finalizing")
}

// Rewind implements relay.Store.
func (s *Store) Rewind(ctx context.Context, route string, to relay.Cursor) (int, int, error) {
	dropped, deep := 0, 0
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM relay_tasks WHERE route = $1 AND state = 'observed' AND block > $2`, route, int64(to.Number))
		if err != nil {
			return err
		}
		dropped = int(tag.RowsAffected())
		tag, err = tx.Exec(ctx, `DELETE FROM relay_tasks WHERE route = $1 AND state IN ('final', 'awaiting', 'proven') AND block > $2`, route, int64(to.Number))
		if err != nil {
			return err
		}
		deep = int(tag.RowsAffected())
		if _, err := tx.Exec(ctx, `DELETE FROM relay_hashes WHERE route = $1 AND number > $2`, route, int64(to.Number)); err != nil {
			return err
		}
		if err := putHash(ctx, tx, route, to); err != nil {
			return err
		}
		return putCursor(ctx, tx, route, to)
	})
	return dropped, deep, storeErr(err, "rewinding")
}

// Claim implements relay.Store.
func (s *Store) Claim(ctx context.Context, req relay.ClaimRequest) ([]*relay.Task, error) {
	states := make([]string, len(req.States))
	for i, st := range req.States {
		states[i] = string(st)
	}
	until := req.Now.Add(req.Lease)
	// The claimed ids come from the due index and the update finds them
	// by primary key (a join here makes the planner scan the table).
	rows, err := s.pool.Query(ctx, `
		UPDATE relay_tasks t SET owner = $6, lease_until = $7, next_try = $7
		WHERE t.id = ANY(ARRAY(
			SELECT id FROM relay_tasks
			WHERE route = $1 AND lane = $2 AND state = ANY($3) AND next_try <= $4
			  AND state IN ('final', 'awaiting', 'proven', 'submitted')
			ORDER BY next_try
			LIMIT $5
			FOR UPDATE SKIP LOCKED))
		RETURNING t.id, t.route, t.state, t.lane, t.block, t.next_try, t.owner, t.lease_until, t.created, t.body`,
		req.Route, int16(req.Lane), states, req.Now, req.Limit, req.Owner, until)
	if err != nil {
		return nil, storeErr(err, "claiming")
	}
	defer rows.Close()
	var out []*relay.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, storeErr(err, "claiming")
		}
		out = append(out, t)
	}
	return out, storeErr(rows.Err(), "claiming")
}

func updateTask(ctx context.Context, tx pgx.Tx, t *relay.Task, guard string, args ...any) (bool, error) {
	b, err := body(t)
	if err != nil {
		return false, err
	}
	all := append([]any{t.ID, string(t.State), int16(t.Lane), int64(t.Block), tsArg(t.NextTry), t.Owner, leaseArg(t.LeaseUntil), b}, args...)
	tag, err := tx.Exec(ctx, `UPDATE relay_tasks SET state = $2, lane = $3, block = $4, next_try = $5, owner = $6,
		lease_until = $7, body = $8 WHERE id = $1`+guard, all...)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Save implements relay.Store: one statement for the whole batch; if any
// task's lease is held by another owner, nothing is written.
func (s *Store) Save(ctx context.Context, owner string, tasks ...*relay.Task) error {
	if len(tasks) == 0 {
		return nil
	}
	now := time.Now()
	clean := make([]*relay.Task, len(tasks))
	for i, t := range tasks {
		n := t.Clone()
		n.Owner, n.LeaseUntil, n.Updated = "", time.Time{}, now
		clean[i] = n
	}
	c, err := columns(clean)
	if err != nil {
		return storeErr(err, "saving")
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE relay_tasks t SET state = u.state, lane = u.lane, block = u.block,
				next_try = u.next_try, owner = '', lease_until = NULL, body = u.body
			FROM unnest($1::text[], $2::text[], $3::smallint[], $4::bigint[], $5::timestamptz[], $6::bytea[])
				AS u(id, state, lane, block, next_try, body)
			WHERE t.id = ANY($1) AND t.id = u.id AND (t.owner = $7 OR t.owner = '' OR t.lease_until IS NULL OR t.lease_until < now())`,
			c.ids, c.states, c.lanes, c.blocks, c.nextTry, c.bodies, owner)
		if err != nil {
			return err
		}
		if int(tag.RowsAffected()) == len(tasks) {
			return nil
		}
		// Name the first task that was not written; the transaction
		// rolls back.
		for _, t := range tasks {
			var cur string
			err := tx.QueryRow(ctx, `SELECT owner FROM relay_tasks WHERE id = $1`, t.ID).Scan(&cur)
			if errors.Is(err, pgx.ErrNoRows) {
				return relay.Errorf(relay.ErrNotFound, nil, "pgstore: no task %s", t.ID)
			}
			if err != nil {
				return err
			}
			if cur != owner && cur != "" {
				return relay.Errorf(relay.ErrLeaseLost, nil, "pgstore: task %s is leased to %s", t.ID, cur)
			}
		}
		return relay.Errorf(relay.ErrLeaseLost, nil, "pgstore: %d of %d tasks were not written", len(tasks)-int(tag.RowsAffected()), len(tasks))
	})
	return storeErr(err, "saving")
}

// Release implements relay.Store.
func (s *Store) Release(ctx context.Context, owner string) error {
	var err error
	if owner == "" {
		_, err = s.pool.Exec(ctx, `UPDATE relay_tasks SET owner = '', lease_until = NULL, next_try = now() WHERE owner <> ''`)
	} else {
		_, err = s.pool.Exec(ctx, `UPDATE relay_tasks SET owner = '', lease_until = NULL, next_try = now() WHERE owner = $1`, owner)
	}
	return storeErr(err, "releasing leases")
}

// Update implements relay.Store.
func (s *Store) Update(ctx context.Context, id string, fn func(*relay.Task) error) (*relay.Task, error) {
	var out *relay.Task
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		old, err := scanTask(tx.QueryRow(ctx, `SELECT `+taskCols+` FROM relay_tasks WHERE id = $1 FOR UPDATE`, id))
		if errors.Is(err, pgx.ErrNoRows) {
			return relay.Errorf(relay.ErrNotFound, nil, "no task %s", id)
		}
		if err != nil {
			return err
		}
		t := old.Clone()
		if err := fn(t); err != nil {
			return err
		}
		t.ID, t.Route, t.Created = old.ID, old.Route, old.Created
		t.Updated = time.Now()
		if _, err := updateTask(ctx, tx, t, ""); err != nil {
			return err
		}
		out = t
		return nil
	})
	return out, storeErr(err, "updating")
}

// Get implements relay.Store.
func (s *Store) Get(ctx context.Context, id string) (*relay.Task, error) {
	t, err := scanTask(s.pool.QueryRow(ctx, `SELECT `+taskCols+` FROM relay_tasks WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, relay.Errorf(relay.ErrNotFound, nil, "no task %s", id)
	}
	return t, storeErr(err, "reading a task")
}

// List implements relay.Store.
func (s *Store) List(ctx context.Context, f relay.Filter) ([]*relay.Task, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	states := make([]string, len(f.States))
	for i, st := range f.States {
		states[i] = string(st)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+taskCols+` FROM relay_tasks
		WHERE ($1 = '' OR route = $1) AND (cardinality($2::text[]) = 0 OR state = ANY($2))
		ORDER BY created, id LIMIT $3`, f.Route, states, limit)
	if err != nil {
		return nil, storeErr(err, "listing")
	}
	defer rows.Close()
	var out []*relay.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, storeErr(err, "listing")
		}
		out = append(out, t)
	}
	return out, storeErr(rows.Err(), "listing")
}

// Counts implements relay.Store.
func (s *Store) Counts(ctx context.Context, route string) (map[relay.State]int, error) {
	rows, err := s.pool.Query(ctx, `SELECT state, count(*) FROM relay_tasks WHERE route = $1 GROUP BY state`, route)
	if err != nil {
		return nil, storeErr(err, "counting")
	}
	defer rows.Close()
	out := map[relay.State]int{}
	for rows.Next() {
		var st string
		var n int64
		if err := rows.Scan(&st, &n); err != nil {
			return nil, storeErr(err, "counting")
		}
		out[relay.State(st)] = int(n)
	}
	return out, storeErr(rows.Err(), "counting")
}

// LeaseScan implements relay.ScanLeaser on the database's clock (the
// processes' clocks need not agree).
func (s *Store) LeaseScan(ctx context.Context, route, owner string, d time.Duration) (bool, error) {
	if d <= 0 {
		_, err := s.pool.Exec(ctx, `DELETE FROM relay_scan_leases WHERE route = $1 AND owner = $2`, route, owner)
		return false, storeErr(err, "giving up the scan lease")
	}
	var got string
	err := s.pool.QueryRow(ctx, `INSERT INTO relay_scan_leases (route, owner, until)
		VALUES ($1, $2, now() + $3::bigint * interval '1 microsecond')
		ON CONFLICT (route) DO UPDATE SET owner = EXCLUDED.owner, until = EXCLUDED.until
		WHERE relay_scan_leases.owner = EXCLUDED.owner OR relay_scan_leases.until < now()
		RETURNING owner`, route, owner, d.Microseconds()).Scan(&got)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, storeErr(err, "taking the scan lease")
	}
	return got == owner, nil
}

// notifyChannel carries the names of routes with new work.
const notifyChannel = "relay_work"

// notify tells the processes listening that route has new work (sent when
// tx commits).
func notify(ctx context.Context, tx pgx.Tx, route string) error {
	_, err := tx.Exec(ctx, `SELECT pg_notify('`+notifyChannel+`', $1)`, route)
	return err
}

// Notifications implements relay.Notifier: one connection LISTENs until
// ctx ends, reconnecting after a failure.
func (s *Store) Notifications(ctx context.Context) <-chan string {
	out := make(chan string, 64)
	go func() {
		defer close(out)
		for ctx.Err() == nil {
			s.listen(ctx, out)
			select {
			case <-ctx.Done():
			case <-time.After(time.Second):
			}
		}
	}()
	return out
}

func (s *Store) listen(ctx context.Context, out chan<- string) {
	pooled, err := s.pool.Acquire(ctx)
	if err != nil {
		return
	}
	// The connection carries a LISTEN: it does not go back to the pool.
	conn := pooled.Hijack()
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+notifyChannel); err != nil {
		return
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return
		}
		select {
		case out <- n.Payload:
		default: // the engine is busy; it polls anyway
		}
	}
}

var (
	_ relay.Store      = (*Store)(nil)
	_ relay.ScanLeaser = (*Store)(nil)
	_ relay.Notifier   = (*Store)(nil)
)

// String names the store for logs.
func (s *Store) String() string { return fmt.Sprintf("pgstore(%s)", s.pool.Config().ConnConfig.Host) }
