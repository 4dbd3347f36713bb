package relaytest

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
)

// FaultProxy is an HTTP proxy in front of a JSON-RPC endpoint that injects
// faults into a share of the requests: 429 and 500 answers, latency, and
// dropped connections — before the request reaches the node, and after
// (the node did the work, the client never hears of it).
type FaultProxy struct {
	*httptest.Server
	// Rate is the share of requests that get a fault (0..1).
	rate float64

	mu      sync.Mutex
	rnd     *rand.Rand
	methods map[string]int
	batches map[string]int

	Requests, Faults, TooMany, ServerErrors, Slow, DroppedBefore, DroppedAfter atomic.Int64
}

// NewFaultProxy proxies target, faulting rate of the requests, with a
// deterministic sequence from seed.
func NewFaultProxy(target string, rate float64, seed uint64) (*FaultProxy, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	p := &FaultProxy{rate: rate, rnd: rand.New(rand.NewPCG(seed, 77)), methods: map[string]int{}, batches: map[string]int{}}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.Requests.Add(1)
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		p.count(body)
		p.mu.Lock()
		faulty := p.rnd.Float64() < p.rate
		kind := p.rnd.IntN(5)
		delay := time.Duration(50+p.rnd.IntN(250)) * time.Millisecond
		p.mu.Unlock()
		if !faulty {
			rp.ServeHTTP(w, r)
			return
		}
		p.Faults.Add(1)
		switch kind {
		case 0:
			p.TooMany.Add(1)
			http.Error(w, "rate limit exceeded", http.StatusTooManyRequests)
		case 1:
			p.ServerErrors.Add(1)
			http.Error(w, "bad gateway", http.StatusBadGateway)
		case 2:
			p.Slow.Add(1)
			time.Sleep(delay)
			rp.ServeHTTP(w, r)
		case 3:
			p.DroppedBefore.Add(1)
			drop(w)
		case 4:
			// Forward, then drop the answer.
			p.DroppedAfter.Add(1)
			req, _ := http.NewRequestWithContext(r.Context(), r.Method, target, bytes.NewReader(body))
			req.Header = r.Header.Clone()
			if resp, err := http.DefaultClient.Do(req); err == nil {
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			drop(w)
		}
	}))
	return p, nil
}

// count records the JSON-RPC methods of a request body (a call or a
// batch).
func (p *FaultProxy) count(body []byte) {
	type call struct {
		Method string `json:"method"`
	}
	var calls []call
	if len(body) > 0 && body[0] == '[' {
		_ = json.Unmarshal(body, &calls)
	} else {
		var c call
		if json.Unmarshal(body, &c) == nil {
			calls = []call{c}
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	seen := map[string]bool{}
	for _, c := range calls {
		p.methods[c.Method]++
		if len(calls) > 1 && !seen[c.Method] {
			p.batches[c.Method]++
			seen[c.Method] = true
		}
	}
}

// Calls returns how many calls of each JSON-RPC method went through, and
// in how many batches (requests of several calls) each method appeared.
func (p *FaultProxy) Calls() (calls, inBatches map[string]int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	calls, inBatches = map[string]int{}, map[string]int{}
	for k, v := range p.methods {
		calls[k] = v
	}
	for k, v := range p.batches {
		inBatches[k] = v
	}
	return calls, inBatches
}

func drop(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			conn.Close()
			return
		}
	}
	http.Error(w, "dropped", http.StatusServiceUnavailable)
}
