package relay

import (
	"context"
	"sort"
	"time"
)

// Status returns a task with its state, attempts, last error and next try:
// every stuck task says why.
func (e *Engine) Status(ctx context.Context, id string) (*Task, error) {
	return e.store.Get(ctx, id)
}

// List returns tasks matching f.
func (e *Engine) List(ctx context.Context, f Filter) ([]*Task, error) {
	return e.store.List(ctx, f)
}

// Retry starts a failed or skipped task over: a task with a recorded send
// is checked again (Submitted), any other is proven again (Final).
func (e *Engine) Retry(ctx context.Context, id string) (*Task, error) {
	t, err := e.store.Update(ctx, id, func(t *Task) error {
		if !Retryable(t.State) {
			return Errorf(ErrBadState, nil, "task %s is %s; only failed, skipped or awaiting tasks are retried", id, t.State)
		}
		t.State = Final
		if len(t.SentRaw) > 0 {
			t.State = Submitted
		}
		t.Attempts, t.LastError, t.NextTry = 0, "retried by an operator", time.Now()
		t.Owner, t.LeaseUntil = "", time.Time{}
		return nil
	})
	if err == nil {
		if _, ok := e.wake[wakeKey(t.Route, Live)]; ok {
			e.notify(t.Route)
		}
	}
	return t, err
}

// Retryable reports whether Retry applies to a task in state s.
func Retryable(s State) bool { return s == Failed || s == Skipped || s == Awaiting }

// Skippable reports whether Skip applies to a task in state s (not one
// delivered, already skipped, or with a transaction in flight).
func Skippable(s State) bool { return s != Confirmed && s != Submitted && s != Skipped }

// Skip gives a task up with the operator's reason. A task with a
// transaction in flight is not skipped: it may still land.
func (e *Engine) Skip(ctx context.Context, id, reason string) (*Task, error) {
	return e.store.Update(ctx, id, func(t *Task) error {
		switch {
		case t.State == Confirmed:
			return Errorf(ErrBadState, nil, "task %s is already confirmed", id)
		case t.State == Submitted:
			return Errorf(ErrBadState, nil, "task %s has transaction %s in flight; wait for it or retry", id, t.SentTx)
		case !Skippable(t.State):
			return Errorf(ErrBadState, nil, "task %s is %s", id, t.State)
		}
		t.State, t.LastError = Skipped, "skipped by an operator: "+reason
		t.Owner, t.LeaseUntil = "", time.Time{}
		return nil
	})
}

// RouteStatus is one route's health and progress.
type RouteStatus struct {
	Name   string        `json:"name"`
	Counts map[State]int `json:"counts"`
	Cursor Cursor        `json:"cursor"`
	// Head is the source's latest head as last read, Lag the blocks from
	// the cursor to it.
	Head     uint64    `json:"head"`
	Lag      uint64    `json:"lag"`
	LastScan time.Time `json:"last_scan"`
	// Stalled is set while the route cannot make progress; Reasons say
	// why (see Options: a source head that does not move, a route that
	// cannot scan, tasks blocked, failing or waiting too long).
	// LastError is the source's latest error.
	Stalled   bool     `json:"stalled"`
	Reasons   []string `json:"reasons,omitempty"`
	LastError string   `json:"last_error,omitempty"`
}

// Routes returns every route's status.
func (e *Engine) Routes(ctx context.Context) ([]RouteStatus, error) {
	var out []RouteStatus
	now := time.Now() // one instant for all: the same condition reads the same on every route
	for _, r := range e.routes {
		st, err := e.routeStatus(ctx, r, now)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func (e *Engine) routeStatus(ctx context.Context, r *Route, now time.Time) (RouteStatus, error) {
	counts, err := e.store.Counts(ctx, r.Name)
	if err != nil {
		return RouteStatus{}, err
	}
	cur, _, err := e.store.Cursor(ctx, r.Name)
	if err != nil {
		return RouteStatus{}, err
	}
	reasons, err := e.stallReasons(ctx, r, counts, now)
	if err != nil {
		return RouteStatus{}, err
	}
	e.mu.Lock()
	st := RouteStatus{Name: r.Name, Counts: counts, Cursor: cur, LastScan: e.scanned[r.Name], LastError: e.lastErrs[r.Name],
		Stalled: len(reasons) > 0, Reasons: reasons}
	if c := e.heads[r.sourceName()]; c != nil {
		st.Head = c.head
	}
	e.mu.Unlock()
	if st.Head > cur.Number {
		st.Lag = st.Head - cur.Number
	}
	return st, nil
}

// Health returns nil when the engine runs and no route is stalled, or an
// error naming every reason once with the routes it stalls (ErrStalled),
// the store's failure (ErrStore) or that the engine is not running
// (ErrConfig).
func (e *Engine) Health(ctx context.Context) error {
	e.mu.Lock()
	fatal, running := e.fatal, e.running
	e.mu.Unlock()
	if fatal != nil {
		return Errorf(ErrStore, fatal, "the engine stopped")
	}
	if !running {
		return Errorf(ErrConfig, nil, "the engine is not running")
	}
	routes, err := e.Routes(ctx)
	if err != nil {
		return err
	}
	if why := collapse(routes); why != "" {
		return Errorf(ErrStalled, nil, "stalled: %s", why)
	}
	return nil
}
