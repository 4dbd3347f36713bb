package delivery

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/sigagg"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
)

// Client reads a Delivery node over its CometBFT RPC. It is the relay
// engine's checkpoint signer: routes.CheckpointJob takes the network's
// agreed checkpoint and its signatures (AgreedCheckpoint) instead of
// in-process keys, and checks the root against its own BTTC view.
type Client struct {
	rpc *rpchttp.HTTP
}

// NewClient connects to a node's RPC ("http://127.0.0.1:26657").
func NewClient(url string) (*Client, error) {
	c, err := rpchttp.New(url, "/websocket")
	if err != nil {
		return nil, err
	}
	return &Client{rpc: c}, nil
}

func (c *Client) query(ctx context.Context, path string, v any) error {
	res, err := c.rpc.ABCIQuery(ctx, path, nil)
	if err != nil {
		return fmt.Errorf("delivery: query %s: %w", path, err)
	}
	if res.Response.Code != 0 {
		return fmt.Errorf("delivery: query %s: %s", path, res.Response.Log)
	}
	return json.Unmarshal(res.Response.Value, v)
}

// Ready returns every checkpoint the network has signed.
func (c *Client) Ready(ctx context.Context) ([]Ready, error) {
	var out []Ready
	return out, c.query(ctx, "/ready", &out)
}

// Status is the network's progress.
type Status struct {
	Height    int64  `json:"height"`
	NextStart uint64 `json:"nextStart"`
	Ready     int    `json:"ready"`
}

// Status returns the node's view of the checkpoint schedule.
func (c *Client) Status(ctx context.Context) (Status, error) {
	var s Status
	return s, c.query(ctx, "/status", &s)
}

// AgreedCheckpoint returns the checkpoint the network signed for
// [start, end] with its signatures, or an error if it has not yet.
func (c *Client) AgreedCheckpoint(ctx context.Context, start, end uint64, layout bttc.Layout) (*checkpoint.Data, []sigagg.Signature, error) {
	if layout != bttc.BTTC {
		return nil, nil, fmt.Errorf("delivery: the network signs the BTTC layout, not %s", layout)
	}
	var r Ready
	if err := c.query(ctx, fmt.Sprintf("/ready/%d", start), &r); err != nil {
		return nil, nil, err
	}
	d, err := r.Data()
	if err != nil {
		return nil, nil, err
	}
	if d.EndBlock != end {
		return nil, nil, fmt.Errorf("delivery: the network's checkpoint from %d ends at %d, not %d", start, d.EndBlock, end)
	}
	sigs, err := r.Sigs()
	return d, sigs, err
}

// SignCheckpoint implements routes.CheckpointSigner for checkpoint data
// the caller built: the network's signatures, if it signed exactly that
// data.
func (c *Client) SignCheckpoint(ctx context.Context, data *checkpoint.Data, layout bttc.Layout) ([]sigagg.Signature, error) {
	d, sigs, err := c.AgreedCheckpoint(ctx, data.StartBlock, data.EndBlock, layout)
	if err != nil {
		return nil, err
	}
	if string(d.SignBytes(layout)) != string(data.SignBytes(layout)) {
		return nil, fmt.Errorf("delivery: the network signed other data for %d-%d (proposer %s, root %s)",
			d.StartBlock, d.EndBlock, d.Proposer, d.RootHash)
	}
	return sigs, nil
}
