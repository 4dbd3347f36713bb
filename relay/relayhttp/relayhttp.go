// Package relayhttp serves a relay engine to operators over HTTP: an
// operator page (routes, lag, tasks by state, every stuck task with its
// reason, retry and skip buttons), Prometheus metrics, a health check and
// a JSON API the `bttcrelay relay` commands use.
//
//	GET  /                          the operator page (HTML)
//	GET  /metrics                   Prometheus metrics of the engine
//	GET  /healthz                   200 "ok", or 503 with the reason
//	GET  /api/routes                routes with counts, cursor, last scan, errors
//	GET  /api/tasks?route=&state=&limit=   tasks, oldest first
//	GET  /api/tasks/{id}            one task
//	POST /api/tasks/{id}/retry      Engine.Retry
//	POST /api/tasks/{id}/skip       Engine.Skip (form or query field "reason")
//
// It has no authentication: listen on loopback, or put it behind a proxy
// that authenticates operators. Cross-origin POSTs from browsers are
// refused (http.CrossOriginProtection).
package relayhttp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Operator is what the handler needs of an engine (relay.Engine has it).
type Operator interface {
	Routes(ctx context.Context) ([]relay.RouteStatus, error)
	Health(ctx context.Context) error
	List(ctx context.Context, f relay.Filter) ([]*relay.Task, error)
	Status(ctx context.Context, id string) (*relay.Task, error)
	Retry(ctx context.Context, id string) (*relay.Task, error)
	Skip(ctx context.Context, id, reason string) (*relay.Task, error)
}

// stuckStates are the states a task waits in for a reason worth showing.
var stuckStates = []relay.State{relay.Failed, relay.Awaiting, relay.Final, relay.Proven, relay.Submitted}

// Handler serves eng; metrics come from eng.Registry().
func Handler(eng *relay.Engine) http.Handler {
	return NewHandler(eng, promhttp.HandlerFor(eng.Registry(), promhttp.HandlerOpts{}))
}

// NewHandler serves op with the given metrics handler (nil: no /metrics).
func NewHandler(op Operator, metrics http.Handler) http.Handler {
	mux := http.NewServeMux()
	if metrics != nil {
		mux.Handle("GET /metrics", metrics)
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := op.Health(r.Context()); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /api/routes", func(w http.ResponseWriter, r *http.Request) {
		routes, err := op.Routes(r.Context())
		writeJSON(w, routes, err)
	})
	mux.HandleFunc("GET /api/tasks", func(w http.ResponseWriter, r *http.Request) {
		f, err := filter(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		tasks, err := op.List(r.Context(), f)
		writeJSON(w, tasks, err)
	})
	mux.HandleFunc("GET /api/tasks/{id...}", func(w http.ResponseWriter, r *http.Request) {
		t, err := op.Status(r.Context(), r.PathValue("id"))
		writeJSON(w, t, err)
	})
	mux.HandleFunc("POST /api/tasks/{id...}", func(w http.ResponseWriter, r *http.Request) {
		path := r.PathValue("id")
		var (
			t   *relay.Task
			err error
		)
		switch {
		case strings.HasSuffix(path, "/retry"):
			t, err = op.Retry(r.Context(), strings.TrimSuffix(path, "/retry"))
		case strings.HasSuffix(path, "/skip"):
			reason := r.FormValue("reason")
			if reason == "" {
				http.Error(w, "skip needs a reason", http.StatusBadRequest)
				return
			}
			t, err = op.Skip(r.Context(), strings.TrimSuffix(path, "/skip"), reason)
		default:
			http.Error(w, "POST /api/tasks/{id}/retry or /api/tasks/{id}/skip", http.StatusNotFound)
			return
		}
		if strings.Contains(r.Header.Get("Accept"), "text/html") {
			// The page's buttons: back to the page, or a readable refusal.
			if err == nil {
				http.Redirect(w, r, "/", http.StatusSeeOther)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(errStatus(err))
			_ = refusedTemplate.Execute(w, err.Error())
			return
		}
		writeJSON(w, t, err)
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		page(w, r, op)
	})
	// Retry and skip change state: refuse them from other sites' pages
	// (a browser's cross-origin POST), while curl and the CLI work.
	return http.NewCrossOriginProtection().Handler(mux)
}

func filter(r *http.Request) (relay.Filter, error) {
	q := r.URL.Query()
	f := relay.Filter{Route: q.Get("route"), Limit: 100}
	for _, s := range q["state"] {
		f.States = append(f.States, relay.State(s))
	}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n <= 0 {
			return f, fmt.Errorf("limit %q is not a positive number", l)
		}
		f.Limit = n
	}
	return f, nil
}

func writeJSON(w http.ResponseWriter, v any, err error) {
	w.Header().Set("Content-Type", "application/json")
	if err != nil {
		w.WriteHeader(errStatus(err))
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// errStatus is the HTTP status of an operator call's error.
func errStatus(err error) int {
	switch {
	case errors.Is(err, relay.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, relay.ErrBadState):
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

type pageData struct {
	Now    time.Time
	Health string
	Routes []relay.RouteStatus
	States []relay.State
	Stuck  []*relay.Task
	Err    string
}

func page(w http.ResponseWriter, r *http.Request, op Operator) {
	ctx := r.Context()
	d := pageData{Now: time.Now(), States: relay.States, Health: "healthy"}
	if err := op.Health(ctx); err != nil {
		d.Health = err.Error()
	}
	var err error
	if d.Routes, err = op.Routes(ctx); err != nil {
		d.Err = err.Error()
	}
	if d.Err == "" {
		tasks, err := op.List(ctx, relay.Filter{States: stuckStates, Limit: 200})
		if err != nil {
			d.Err = err.Error()
		}
		for _, t := range tasks {
			if t.State == relay.Failed || t.LastError != "" || t.Attempts > 0 {
				d.Stuck = append(d.Stuck, t)
			}
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pageTemplate.Execute(w, d); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"ago": func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return time.Since(t).Round(time.Second).String() + " ago"
	},
	"until": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		d := time.Until(t).Round(time.Second)
		if d <= 0 {
			return "due now"
		}
		return "in " + d.String()
	},
	"count":     func(c map[relay.State]int, s relay.State) int { return c[s] },
	"retryable": relay.Retryable,
	"skippable": relay.Skippable,
}).Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>bttc-relay operator</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:14px}
th{background:#f3f3f3}.bad{color:#b00}.ok{color:#070}code{font-size:13px}
tr.stalled td:first-child{background:#fde8e8}.why{font-size:13px;margin-top:2px}
form{display:inline}
</style></head><body>
<h1>bttc-relay operator</h1>
<p>Health: {{if eq .Health "healthy"}}<span class="ok">healthy</span>{{else}}<span class="bad">{{.Health}}</span>{{end}}
· <a href="/metrics">metrics</a> · <a href="/api/routes">routes JSON</a> · <a href="/api/tasks">tasks JSON</a></p>
{{if .Err}}<p class="bad">{{.Err}}</p>{{end}}
<h2>Routes</h2>
<table><tr><th>route</th><th>cursor</th><th>head</th><th>lag</th><th>last scan</th>{{range .States}}<th>{{.}}</th>{{end}}<th>source error</th></tr>
{{range .Routes}}<tr{{if .Stalled}} class="stalled"{{end}}><td>{{.Name}}{{if .Stalled}} <span class="bad">stalled</span>{{range .Reasons}}<div class="bad why">{{.}}</div>{{end}}{{end}}</td>
<td>{{.Cursor.Number}}</td><td>{{.Head}}</td><td>{{.Lag}}</td><td>{{ago .LastScan}}</td>
{{$c := .Counts}}{{range $.States}}<td>{{count $c .}}</td>{{end}}<td class="bad">{{.LastError}}</td></tr>{{end}}
</table>
<h2>Stuck tasks ({{len .Stuck}})</h2>
{{if .Stuck}}<table><tr><th>task</th><th>route</th><th>state</th><th>attempts</th><th>why</th><th>next try</th><th></th></tr>
{{range .Stuck}}<tr><td><code>{{.ID}}</code></td><td>{{.Route}}</td><td>{{.State}}</td><td>{{.Attempts}}</td><td>{{.LastError}}</td><td>{{until .NextTry}}</td>
<td>{{if retryable .State}}<form method="post" action="/api/tasks/{{.ID}}/retry"><button>retry</button></form>{{end}}
{{if skippable .State}}<form method="post" action="/api/tasks/{{.ID}}/skip"><input name="reason" placeholder="reason" required><button>skip</button></form>{{end}}</td></tr>{{end}}
</table>{{else}}<p>None: no task has failed or waits with a reason.</p>{{end}}
</body></html>
`))

// refusedTemplate is the page a refused button shows.
var refusedTemplate = template.Must(template.New("refused").Parse(`<!doctype html>
<html><head><meta charset="utf-8"><title>bttc-relay operator: refused</title>
<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}.bad{color:#b00}</style></head><body>
<h1>Refused</h1><p class="bad">{{.}}</p><p><a href="/">Back to the operator page</a></p>
</body></html>
`))
