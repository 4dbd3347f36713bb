package delivery

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/sigagg"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
)

// Client reads a Delivery node over its CometBFT RPC. It is the relay
// engine's checkpoint signer: routes.CheckpointJob takes the network's
// agreed checkpoint and its signatures (AgreedCheckpoint) instead of
// in-process keys, and checks the root against its own BTTC view.
type Client struct {
	rpc *rpchttp.HTTP

	mu    sync.Mutex
	lanes []Lane
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
	switch res.Response.Code {
	case 0:
	case 3: // not signed (yet)
		return relay.Errorf(relay.ErrWaiting, nil, "waiting for the Delivery Chain: %s", res.Response.Log)
	default:
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
	Height       int64    `json:"height"`
	NextStart    uint64   `json:"nextStart"`
	Ready        int      `json:"ready"`
	LaneNext     []uint64 `json:"laneNext"`
	ReadyPackets int      `json:"readyPackets"`
	// RejectedExtensions counts the vote extensions this node refused.
	RejectedExtensions int `json:"rejectedExtensions"`
	// Halted is set while the network has made no block for the node's
	// HaltAfter; LastBlockAgeMs is how long ago this node finalized one.
	Halted         bool  `json:"halted"`
	LastBlockAgeMs int64 `json:"lastBlockAgeMs"`
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

// Packets returns every packet batch the network has signed.
func (c *Client) Packets(ctx context.Context) ([]ReadyPackets, error) {
	var out []ReadyPackets
	return out, c.query(ctx, "/packets", &out)
}

// lane finds the lane of a source chain and destination domain.
func (c *Client) lane(ctx context.Context, source uint64, d eventpacket.Domain) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lanes == nil {
		if err := c.query(ctx, "/lanes", &c.lanes); err != nil {
			return 0, err
		}
	}
	for i, l := range c.lanes {
		if l.SourceChainID == source && l.Domain == d {
			return i, nil
		}
	}
	return 0, fmt.Errorf("delivery: the network signs no lane from chain %d to %d/%s", source, d.ChainID, d.VerifyingContract)
}

// SignPacketCheckpoint implements routes.PacketSigner: the network's
// signatures over the batch's checkpoint, if it signed exactly that
// checkpoint for the domain (relay.ErrWaiting until it has).
func (c *Client) SignPacketCheckpoint(ctx context.Context, cp *eventpacket.PacketCheckpoint, d eventpacket.Domain) ([]sigagg.Signature, error) {
	l, err := c.lane(ctx, cp.SourceChainID, d)
	if err != nil {
		return nil, err
	}
	var r ReadyPackets
	if err := c.query(ctx, fmt.Sprintf("/packets/%d/%d", l, cp.Number), &r); err != nil {
		return nil, err
	}
	if r.Checkpoint != *cp {
		return nil, fmt.Errorf("delivery: the network signed another checkpoint for batch %d (root %s, %d packets; ours %s, %d)",
			cp.Number, r.Checkpoint.PacketRoot, r.Checkpoint.PacketCount, cp.PacketRoot, cp.PacketCount)
	}
	return r.Sigs()
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
