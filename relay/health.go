package relay

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// A route is stalled — Health fails, RouteStatus.Stalled is set with its
// Reasons, and the relay_route_stalled gauge is 1 — while any of these
// holds (each is checked at every poll, so a stall shows within two polls
// of its condition and clears as soon as the condition does):
//
//   - the source's latest head has not advanced for HeadStallBlocks block
//     times (Route.BlockTime; Options.StallAfter when the block time is
//     unknown), or cannot be read at all for that long: a frozen or
//     unreachable chain;
//   - the route has not completed a scan of its source for StallAfter;
//   - a task cannot move by itself: its job said so (ErrBlocked — for a
//     checkpoint, fewer online validators than a quorum);
//   - a task has failed StallAttempts times in a row (repeated reverts, a
//     destination that refuses every call);
//   - a task is Failed: it waits for an operator (relay retry or skip);
//   - the oldest task waiting for proof material (Awaiting) has waited
//     longer than AwaitStallAfter, and the route delivered nothing for as
//     long: what it waits for is not coming.

// progress is what the engine knows of a route's progress, in memory (a
// restarted engine starts afresh: a stall is measured again from its
// start).
type progress struct {
	delivered time.Time // when a task was last confirmed (or the engine started)
	lost      string    // why the source shares no block with the store ("" when it does)
	blocked   map[string]taskNote
	repeating map[string]taskNote
}

// chainHead is what the engine knows of a source chain's head, shared by
// the routes that watch it (by Route.SourceName).
type chainHead struct {
	head    uint64    // the latest head seen
	headAt  time.Time // when it last advanced (or the engine started)
	headErr string    // the last failure to read it ("" after a success)
}

// taskNote is a task's reason to stall its route, until its next try is
// long past (a task dropped or finished by another process is forgotten).
type taskNote struct {
	reason string
	until  time.Time
}

func newProgress(now time.Time) *progress {
	return &progress{delivered: now, blocked: map[string]taskNote{}, repeating: map[string]taskNote{}}
}

// sawHead records a successful read of the route's latest head.
func (e *Engine) sawHead(r *Route, h *types.Header) {
	e.mu.Lock()
	defer e.mu.Unlock()
	c := e.heads[r.sourceName()]
	if n := h.Number.Uint64(); n > c.head {
		c.head, c.headAt = n, time.Now()
	}
	c.headErr = ""
}

// headFailed records a failed read of the route's latest head.
func (e *Engine) headFailed(r *Route, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.heads[r.sourceName()].headErr = err.Error()
}

// lostSource records that the route's source shares no block with the
// store: the route stalls at once, until a scan succeeds.
func (e *Engine) lostSource(r *Route, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if p := e.progress[r.Name]; p != nil {
		p.lost = err.Error()
	}
}

// scannedOK records a completed scan.
func (e *Engine) scannedOK(r *Route) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.scanned[r.Name] = time.Now()
	delete(e.lastErrs, r.Name)
	if p := e.progress[r.Name]; p != nil {
		p.lost = ""
	}
}

// sawDelivery records that a task of the route was confirmed.
func (e *Engine) sawDelivery(r *Route) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if p := e.progress[r.Name]; p != nil {
		p.delivered = time.Now()
	}
}

// noteTask records, after a step, whether the task stalls its route.
func (e *Engine) noteTask(r *Route, t *Task, blocked string) {
	until := t.NextTry.Add(e.noteGrace())
	e.mu.Lock()
	defer e.mu.Unlock()
	p := e.progress[r.Name]
	if blocked != "" {
		p.blocked[t.ID] = taskNote{reason: blocked, until: until}
	} else {
		delete(p.blocked, t.ID)
	}
	if t.Attempts >= e.opts.StallAttempts && t.State != Awaiting && !t.State.Terminal() {
		p.repeating[t.ID] = taskNote{reason: fmt.Sprintf("%d attempts: %s", t.Attempts, t.LastError), until: until}
	} else {
		delete(p.repeating, t.ID)
	}
}

// noteGrace is how long past its next try a note is kept without the task
// being stepped again (a loaded engine claims due work late).
func (e *Engine) noteGrace() time.Duration {
	return 2*e.opts.PollInterval + e.opts.AwaitInterval + time.Second
}

// headStall is how long the route's source head may stay where it is.
func (e *Engine) headStall(r *Route) time.Duration {
	if bt := r.BlockTime; bt > 0 {
		return time.Duration(e.opts.HeadStallBlocks) * bt
	}
	return e.opts.StallAfter
}

// stallReasons returns why the route is stalled (none: it is not). counts
// are the route's task counts.
func (e *Engine) stallReasons(ctx context.Context, r *Route, counts map[State]int, now time.Time) ([]string, error) {
	var out []string
	e.mu.Lock()
	if e.running {
		p, source := e.progress[r.Name], r.sourceName()
		c := e.heads[source]
		if d := now.Sub(c.headAt); d > e.headStall(r) {
			switch {
			case c.headErr != "":
				out = append(out, fmt.Sprintf("chain %s: no head for %s: %s", source, round(d), c.headErr))
			case r.BlockTime > 0:
				out = append(out, fmt.Sprintf("chain %s: head stuck at block %d for %s (a block every %s expected)", source, c.head, round(d), r.BlockTime))
			default:
				out = append(out, fmt.Sprintf("chain %s: head stuck at block %d for %s", source, c.head, round(d)))
			}
		} else if p.lost != "" {
			out = append(out, p.lost)
		} else if d := now.Sub(e.scanned[r.Name]); d > e.opts.StallAfter {
			out = append(out, fmt.Sprintf("chain %s: not scanned for %s: %s", source, round(d), e.lastErrs[r.Name]))
		}
		for kind, notes := range map[string]map[string]taskNote{"cannot move by itself": p.blocked, "failing repeatedly": p.repeating} {
			if s := summarize(notes, now); s != "" {
				out = append(out, "task "+kind+": "+s)
			}
		}
	}
	e.mu.Unlock()
	if n := counts[Failed]; n > 0 {
		oldest, err := e.store.List(ctx, Filter{Route: r.Name, States: []State{Failed}, Limit: 1})
		if err != nil {
			return nil, err
		}
		why := ""
		if len(oldest) > 0 {
			why = ": " + oldest[0].ID + ": " + oldest[0].LastError
		}
		out = append(out, fmt.Sprintf("%d failed task(s) wait for an operator (relay retry or skip)%s", n, why))
	}
	e.mu.Lock()
	idle := time.Duration(0)
	if p := e.progress[r.Name]; p != nil && e.running {
		idle = now.Sub(p.delivered)
	}
	e.mu.Unlock()
	if counts[Awaiting] > 0 && idle > e.opts.AwaitStallAfter {
		oldest, err := e.store.List(ctx, Filter{Route: r.Name, States: []State{Awaiting}, Limit: 1})
		if err != nil {
			return nil, err
		}
		if len(oldest) > 0 {
			if d := now.Sub(oldest[0].Created); d > e.opts.AwaitStallAfter {
				out = append(out, fmt.Sprintf("task %s has waited %s and nothing was delivered for %s: %s",
					oldest[0].ID, round(d), round(idle), oldest[0].LastError))
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// summarize names how many live notes there are and the reason of one
// ("" when none is live); expired notes are dropped.
func summarize(notes map[string]taskNote, now time.Time) string {
	var ids []string
	for id, n := range notes {
		if now.After(n.until) {
			delete(notes, id)
			continue
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return ""
	}
	slices.Sort(ids)
	s := ids[0] + ": " + notes[ids[0]].reason
	if len(ids) > 1 {
		s = fmt.Sprintf("%d tasks, e.g. %s", len(ids), s)
	}
	return s
}

func round(d time.Duration) time.Duration {
	if d >= 10*time.Second {
		return d.Round(time.Second)
	}
	return d.Round(100 * time.Millisecond)
}

// collapse joins the routes' stall reasons, naming each reason once with
// every route it stalls ("chain bttc: … (routes exit-ethereum,
// packet-ethereum)").
func collapse(routes []RouteStatus) string {
	var order []string
	by := map[string][]string{}
	for _, r := range routes {
		for _, why := range r.Reasons {
			if _, ok := by[why]; !ok {
				order = append(order, why)
			}
			by[why] = append(by[why], r.Name)
		}
	}
	parts := make([]string, 0, len(order))
	for _, why := range order {
		names := by[why]
		label := "route "
		if len(names) > 1 {
			label = "routes "
		}
		parts = append(parts, fmt.Sprintf("%s (%s%s)", why, label, strings.Join(names, ", ")))
	}
	return strings.Join(parts, "; ")
}
