package relayhttp_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/relayhttp"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// A real engine whose tasks fail: the page shows each stuck task with its
// reason, the API retries and skips, a browser's cross-site POST is
// refused, and health and metrics answer.
func TestOperatorPage(t *testing.T) {
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	defer store.Close()
	key, _ := crypto.GenerateKey()
	eng, err := relay.New(store, relay.Options{PollInterval: 10 * time.Millisecond, BaseBackoff: time.Millisecond,
		MaxBackoff: 5 * time.Millisecond, MaxAttempts: 2},
		&relay.Route{Name: "r", Source: relaytest.NewMemChain(2), Job: relaytest.MemJob{PerBlock: 1, Fail: errors.New("node says no")},
			Dest: relaytest.DoneDest{}, Wallet: relay.NewWallet(relaytest.NewMemChain(2), key, big.NewInt(1))})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- eng.Run(ctx) }()
	defer func() { cancel(); require.NoError(t, <-done) }()
	require.Eventually(t, func() bool {
		c, err := store.Counts(ctx, "r")
		return err == nil && c[relay.Failed] == 3
	}, 10*time.Second, 10*time.Millisecond)

	srv := httptest.NewServer(relayhttp.Handler(eng))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, page := get("/")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, page, "Stuck tasks (3)")
	require.Contains(t, page, "node says no")
	require.Contains(t, page, `action="/api/tasks/ev/1/0/retry"`)
	// Failed tasks wait for an operator: the route is stalled, and the
	// health check, the page and the metric say so and why.
	code, body := get("/healthz")
	require.Equal(t, http.StatusServiceUnavailable, code, body)
	require.Contains(t, body, "3 failed task(s) wait for an operator")
	require.Contains(t, body, "node says no")
	require.Contains(t, page, `<span class="bad">stalled</span>`)
	require.Contains(t, page, "3 failed task(s) wait for an operator")
	require.Contains(t, page, "<th>lag</th>")
	code, body = get("/metrics")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, `relay_tasks{route="r",state="failed"}`)
	require.Eventually(t, func() bool { // the gauges are refreshed every poll
		_, body := get("/metrics")
		return strings.Contains(body, `relay_route_stalled{route="r"} 1`)
	}, 10*time.Second, 10*time.Millisecond, "relay_route_stalled")
	code, body = get("/api/tasks?state=failed")
	require.Equal(t, http.StatusOK, code)
	var tasks []relay.Task
	require.NoError(t, json.Unmarshal([]byte(body), &tasks))
	require.Len(t, tasks, 3)
	code, _ = get("/api/tasks/nope")
	require.Equal(t, http.StatusNotFound, code)

	// Skip through the form, as the page's button does.
	resp, err := http.PostForm(srv.URL+"/api/tasks/ev/1/0/skip", url.Values{"reason": {"refunded by hand"}})
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	task, err := eng.Status(ctx, "ev/1/0")
	require.NoError(t, err)
	require.Equal(t, relay.Skipped, task.State)
	require.Contains(t, task.LastError, "refunded by hand")
	// A skip needs a reason; a retry of a skipped task works.
	resp, err = http.Post(srv.URL+"/api/tasks/ev/0/0/skip", "", nil)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
	resp, err = http.Post(srv.URL+"/api/tasks/ev/1/0/retry", "", nil)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)

	// A refused button gets a readable page, not JSON: skipping a task
	// that is skipped already.
	resp, err = http.PostForm(srv.URL+"/api/tasks/ev/2/0/skip", url.Values{"reason": {"duplicate"}})
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/api/tasks/ev/2/0/skip", strings.NewReader("reason=again"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusConflict, resp.StatusCode)
	require.Contains(t, resp.Header.Get("Content-Type"), "text/html")
	require.Contains(t, string(b), "task ev/2/0 is skipped")
	require.Contains(t, string(b), `href="/"`)

	// Another site's page cannot make the operator's browser act.
	req, _ = http.NewRequest(http.MethodPost, srv.URL+"/api/tasks/ev/0/0/retry", strings.NewReader(""))
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusForbidden, resp.StatusCode)
}
