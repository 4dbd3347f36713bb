package relay

import (
	"context"
	"fmt"
	"sort"
	"strings"
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
		if t.State != Failed && t.State != Skipped && t.State != Awaiting {
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

// Skip gives a task up with the operator's reason. A task with a
// transaction in flight is not skipped: it may still land.
func (e *Engine) Skip(ctx context.Context, id, reason string) (*Task, error) {
	return e.store.Update(ctx, id, func(t *Task) error {
		switch {
		case t.State == Confirmed:
			return Errorf(ErrBadState, nil, "task %s is already confirmed", id)
		case t.State == Submitted:
			return Errorf(ErrBadState, nil, "task %s has transaction %s in flight; wait for it or retry", id, t.SentTx)
		}
		t.State, t.LastError = Skipped, "skipped by an operator: "+reason
		t.Owner, t.LeaseUntil = "", time.Time{}
		return nil
	})
}

// RouteStatus is one route's health and progress.
type RouteStatus struct {
	Name     string
	Counts   map[State]int
	Cursor   Cursor
	LastScan time.Time
	// Stalled is set when the route has not scanned its source for longer
	// than Options.StallAfter; LastError is the source's latest error.
	Stalled   bool
	LastError string
}

// Routes returns every route's status.
func (e *Engine) Routes(ctx context.Context) ([]RouteStatus, error) {
	var out []RouteStatus
	for _, r := range e.routes {
		counts, err := e.store.Counts(ctx, r.Name)
		if err != nil {
			return nil, err
		}
		cur, _, err := e.store.Cursor(ctx, r.Name)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		last, lastErr, running := e.scanned[r.Name], e.lastErrs[r.Name], e.running
		e.mu.Unlock()
		out = append(out, RouteStatus{Name: r.Name, Counts: counts, Cursor: cur, LastScan: last,
			Stalled: running && time.Since(last) > e.opts.StallAfter, LastError: lastErr})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Health returns nil when the engine runs and every route scanned its
// source recently, or an error naming what is wrong.
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
	var stalled []string
	for _, r := range routes {
		if r.Stalled {
			stalled = append(stalled, fmt.Sprintf("%s (last scan %s ago: %s)", r.Name, time.Since(r.LastScan).Round(time.Second), r.LastError))
		}
	}
	if len(stalled) > 0 {
		return Errorf(ErrStalled, nil, "stalled routes: %s", strings.Join(stalled, "; "))
	}
	return nil
}
