package routes

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Signing over HTTP: a process holding the validators' signing (the
// devnet's, later the Delivery network) serves SignerHandler, and relayers
// in other processes use an HTTPSigner as their CheckpointSigner and
// PacketSigner. The protocol is JSON over POST:
//
//	/v1/checkpoint  {"signBytes": "0x…"}                      → {"signatures": ["0x…", …]}
//	/v1/packet      {"checkpoint": {…}, "domain": {…}}        → {"signatures": ["0x…", …]}
//
// signBytes are checkpoint.Data.SignBytes (the layout follows from their
// length); the packet checkpoint and domain are eventpacket's types in
// encoding/json form. Errors are {"error": "…"} with a 4xx or 5xx status,
// and "kind": "ErrBlocked" when the signatures cannot come by themselves
// (fewer online validators than a quorum).

type checkpointRequest struct {
	SignBytes hexutil.Bytes `json:"signBytes"`
}

type packetRequest struct {
	Checkpoint eventpacket.PacketCheckpoint `json:"checkpoint"`
	Domain     eventpacket.Domain           `json:"domain"`
}

type signResponse struct {
	Signatures []hexutil.Bytes `json:"signatures,omitempty"`
	Error      string          `json:"error,omitempty"`
	Kind       string          `json:"kind,omitempty"`
}

// SignerHandler serves cs and ps over HTTP. It signs what it is asked:
// serve it on loopback for a devnet, or behind validators that check what
// they sign (the Delivery network).
func SignerHandler(cs CheckpointSigner, ps PacketSigner) http.Handler {
	mux := http.NewServeMux()
	reply := func(w http.ResponseWriter, sigs []sigagg.Signature, status int, err error) {
		w.Header().Set("Content-Type", "application/json")
		var resp signResponse
		if err != nil {
			resp.Error = err.Error()
			if errors.Is(err, relay.ErrBlocked) {
				resp.Kind = string(relay.ErrBlocked)
			}
		} else {
			for _, s := range sigs {
				resp.Signatures = append(resp.Signatures, s[:])
			}
		}
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(resp)
	}
	mux.HandleFunc("POST /v1/checkpoint", func(w http.ResponseWriter, r *http.Request) {
		var req checkpointRequest
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&req); err != nil {
			reply(w, nil, http.StatusBadRequest, err)
			return
		}
		data, layout, err := checkpoint.DecodeSignBytes(req.SignBytes)
		if err != nil {
			reply(w, nil, http.StatusBadRequest, err)
			return
		}
		sigs, err := cs.SignCheckpoint(r.Context(), data, layout)
		if err != nil {
			reply(w, nil, http.StatusServiceUnavailable, err)
			return
		}
		reply(w, sigs, http.StatusOK, nil)
	})
	mux.HandleFunc("POST /v1/packet", func(w http.ResponseWriter, r *http.Request) {
		var req packetRequest
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<16)).Decode(&req); err != nil {
			reply(w, nil, http.StatusBadRequest, err)
			return
		}
		sigs, err := ps.SignPacketCheckpoint(r.Context(), &req.Checkpoint, req.Domain)
		if err != nil {
			reply(w, nil, http.StatusServiceUnavailable, err)
			return
		}
		reply(w, sigs, http.StatusOK, nil)
	})
	return mux
}

// HTTPSigner asks a SignerHandler for signatures. It implements
// CheckpointSigner and PacketSigner; what it gets is checked by the routes
// (sigagg.SimulateOnChain) before any gas is paid.
type HTTPSigner struct {
	// URL is the handler's base URL ("http://127.0.0.1:8551").
	URL string
	// Client defaults to http.DefaultClient.
	Client *http.Client
}

func (s *HTTPSigner) post(ctx context.Context, path string, body any) ([]sigagg.Signature, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+path, bytes.NewReader(b))
	if err != nil {
		return nil, relay.Errorf(relay.ErrConfig, err, "signer URL %q", s.URL)
	}
	req.Header.Set("Content-Type", "application/json")
	c := s.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("signer %s: %w", s.URL, err)
	}
	defer resp.Body.Close()
	var out signResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&out); err != nil {
		return nil, fmt.Errorf("signer %s: %s, unreadable answer: %w", s.URL, resp.Status, err)
	}
	if resp.StatusCode != http.StatusOK {
		if out.Kind == string(relay.ErrBlocked) {
			return nil, relay.Errorf(relay.ErrBlocked, nil, "signer %s: %s", s.URL, out.Error)
		}
		return nil, fmt.Errorf("signer %s: %s: %s", s.URL, resp.Status, out.Error)
	}
	sigs := make([]sigagg.Signature, 0, len(out.Signatures))
	for _, raw := range out.Signatures {
		sig, err := sigagg.ParseSignature(raw)
		if err != nil {
			return nil, fmt.Errorf("signer %s: %w", s.URL, err)
		}
		sigs = append(sigs, sig)
	}
	return sigs, nil
}

// SignCheckpoint implements CheckpointSigner.
func (s *HTTPSigner) SignCheckpoint(ctx context.Context, data *checkpoint.Data, layout bttc.Layout) ([]sigagg.Signature, error) {
	return s.post(ctx, "/v1/checkpoint", checkpointRequest{SignBytes: data.SignBytes(layout)})
}

// SignPacketCheckpoint implements PacketSigner.
func (s *HTTPSigner) SignPacketCheckpoint(ctx context.Context, cp *eventpacket.PacketCheckpoint, d eventpacket.Domain) ([]sigagg.Signature, error) {
	return s.post(ctx, "/v1/packet", packetRequest{Checkpoint: *cp, Domain: d})
}
