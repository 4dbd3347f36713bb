package evm_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// faultProxy is a JSON-RPC server over HTTP in front of a node's
// in-process client, with faults to inject: HTTP statuses (429, 500),
// dropped connections, a frozen view of the latest block, and refusals of
// wide log queries.
type faultProxy struct {
	*httptest.Server
	upstream *rpc.Client

	// status, if non-zero for the next N requests, is answered instead.
	statusN    atomic.Int64
	status     atomic.Int64
	dropN      atomic.Int64 // close the next N connections without answering
	maxLogSpan atomic.Int64 // refuse eth_getLogs over more blocks than this (0: no limit)
	freeze     atomic.Bool  // answer "latest" block queries with the first answer seen
	latency    atomic.Int64 // nanoseconds to wait before answering

	mu     sync.Mutex
	frozen map[string]json.RawMessage
	calls  atomic.Int64
}

func newFaultProxy(upstream *rpc.Client) *faultProxy {
	p := &faultProxy{upstream: upstream, frozen: map[string]json.RawMessage{}}
	p.Server = httptest.NewServer(http.HandlerFunc(p.serve))
	return p
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (p *faultProxy) serve(w http.ResponseWriter, r *http.Request) {
	if d := time.Duration(p.latency.Load()); d > 0 {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
			return
		}
	}
	if p.dropN.Add(-1) >= 0 {
		if hj, ok := w.(http.Hijacker); ok {
			conn, _, _ := hj.Hijack()
			conn.Close()
			return
		}
	}
	if p.statusN.Add(-1) >= 0 {
		http.Error(w, http.StatusText(int(p.status.Load())), int(p.status.Load()))
		return
	}
	body, _ := io.ReadAll(r.Body)
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var reqs []rpcRequest
		_ = json.Unmarshal(body, &reqs)
		out := make([]rpcResponse, len(reqs))
		for i, q := range reqs {
			out[i] = p.handle(r.Context(), q)
		}
		_ = json.NewEncoder(w).Encode(out)
		return
	}
	var q rpcRequest
	_ = json.Unmarshal(body, &q)
	_ = json.NewEncoder(w).Encode(p.handle(r.Context(), q))
}

func (p *faultProxy) handle(ctx context.Context, q rpcRequest) rpcResponse {
	p.calls.Add(1)
	resp := rpcResponse{JSONRPC: "2.0", ID: q.ID}
	if q.Method == "eth_getLogs" && p.maxLogSpan.Load() > 0 && len(q.Params) == 1 {
		var f struct{ FromBlock, ToBlock string }
		_ = json.Unmarshal(q.Params[0], &f)
		from, to := hexNum(f.FromBlock), hexNum(f.ToBlock)
		if to-from+1 > p.maxLogSpan.Load() {
			resp.Error = &rpcError{Code: -32005, Message: "query returned more than 10000 results"}
			return resp
		}
	}
	key := ""
	if p.freeze.Load() && (q.Method == "eth_blockNumber" || (q.Method == "eth_getBlockByNumber" && len(q.Params) > 0 && string(q.Params[0]) == `"latest"`)) {
		key = q.Method
		p.mu.Lock()
		frozen, ok := p.frozen[key]
		p.mu.Unlock()
		if ok {
			resp.Result = frozen
			return resp
		}
	}
	args := make([]any, len(q.Params))
	for i := range q.Params {
		args[i] = q.Params[i]
	}
	var result json.RawMessage
	if err := p.upstream.CallContext(ctx, &result, q.Method, args...); err != nil {
		code := -32000
		if e, ok := err.(rpc.Error); ok {
			code = e.ErrorCode()
		}
		resp.Error = &rpcError{Code: code, Message: err.Error()}
		return resp
	}
	if result == nil {
		result = json.RawMessage("null")
	}
	if key != "" {
		p.mu.Lock()
		p.frozen[key] = result
		p.mu.Unlock()
	}
	resp.Result = result
	return resp
}

func hexNum(s string) int64 {
	var v int64
	for _, c := range s[min(2, len(s)):] {
		v <<= 4
		switch {
		case c >= '0' && c <= '9':
			v |= int64(c - '0')
		case c >= 'a' && c <= 'f':
			v |= int64(c-'a') + 10
		}
	}
	return v
}
