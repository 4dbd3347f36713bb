package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"
)

func (a *app) packetCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "packet", Short: "Encode, decode and verify v2 Event Packets"}
	cmd.AddCommand(a.packetEncodeCmd(), a.packetDecodeCmd(), a.packetVerifyCmd())
	return cmd
}

func (a *app) packetEncodeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "encode FILE|-",
		Short:   "Encode a packet from its JSON form; prints the bytes and the packet ID",
		Example: `  bttcrelay packet decode packet.hex --json | bttcrelay packet encode -`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := readInput(cmd, args[0])
			if err != nil {
				return err
			}
			var p eventpacket.Packet
			if err := json.Unmarshal(in.data, &p); err != nil {
				if in.inline && !json.Valid(in.data) {
					return in.bad("a packet's JSON", err)
				}
				return invalidError{err}
			}
			b, err := p.Encode()
			if err != nil {
				return invalidError{err}
			}
			id, err := p.ID()
			if err != nil {
				return invalidError{err}
			}
			out := map[string]any{"bytes": hexutil.Bytes(b), "id": id}
			return a.print(out, func(w io.Writer) { fmt.Fprintf(w, "id    %s\nbytes %s\n", id, hexutil.Encode(b)) })
		},
	}
	return cmd
}

func (a *app) packetDecodeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "decode HEX|FILE|-",
		Short:   "Decode a packet's bytes (strictly: any malformation is a typed error, exit code 3)",
		Example: `  bttcrelay packet decode 0x01…`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := readHex(cmd, args[0], "the packet")
			if err != nil {
				return err
			}
			p, err := eventpacket.Decode(b)
			if err != nil {
				return invalidError{err}
			}
			if a.json {
				return writeJSON(a.out, p)
			}
			id, _ := p.ID()
			js, _ := json.MarshalIndent(p, "", "  ")
			fmt.Fprintf(a.out, "id %s\n%s\n", id, js)
			return nil
		},
	}
	return cmd
}

// deliveryInput is what packet verify reads.
type deliveryInput struct {
	Packet     *eventpacket.Packet           `json:"packet"`
	Proof      hexutil.Bytes                 `json:"proof"`
	Checkpoint *eventpacket.PacketCheckpoint `json:"checkpoint"`
	Signatures []hexutil.Bytes               `json:"signatures"`
	Domain     eventpacket.Domain            `json:"domain"`
}

func (a *app) packetVerifyCmd() *cobra.Command {
	var validators, quorum string
	cmd := &cobra.Command{
		Use:   "verify FILE|-",
		Short: "Verify a packet delivery: inclusion in the checkpoint, the checkpoint's signatures, the domain",
		Long: `verify reads a delivery as JSON — {"packet": …, "proof": "0x…", "checkpoint": …,
"signatures": ["0x…"], "domain": …} — and checks it with eventpacket.VerifyDelivery against the
validators. Exit code 0: valid; 3: invalid (the typed reason is printed).`,
		Example: `  bttcrelay packet verify delivery.json --validators validators.txt`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pol, err := parsePolicy(quorum)
			if err != nil {
				return err
			}
			set, err := readValidators(cmd, validators)
			if err != nil {
				return err
			}
			src, err := readInput(cmd, args[0])
			if err != nil {
				return err
			}
			var in deliveryInput
			if err := json.Unmarshal(src.data, &in); err != nil {
				return src.bad("a delivery's JSON of the expected shape", err)
			}
			if in.Packet == nil || in.Checkpoint == nil {
				return usagef("the delivery needs packet and checkpoint")
			}
			proof, perr := eventpacket.ParseProof(in.Proof)
			var verr error
			if perr != nil {
				verr = perr
			} else {
				sigs := make([]sigagg.Signature, 0, len(in.Signatures))
				for _, s := range in.Signatures {
					sig, err := sigagg.ParseSignature(s)
					if err != nil {
						verr = err
						break
					}
					sigs = append(sigs, sig)
				}
				if verr == nil {
					verr = eventpacket.VerifyDelivery(in.Domain, in.Packet, proof, in.Checkpoint, sigs, set, pol)
				}
			}
			out := map[string]any{"valid": verr == nil}
			if verr != nil {
				out["reason"], out["kind"] = verr.Error(), errorKind(verr)
			}
			if err := a.print(out, func(w io.Writer) {
				if verr != nil {
					fmt.Fprintf(w, "verdict  INVALID: %s: %v\n", errorKind(verr), verr)
				} else {
					fmt.Fprintln(w, "verdict  VALID")
				}
			}); err != nil {
				return err
			}
			if verr != nil {
				return invalidError{verr}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&validators, "validators", "", "validators: a file of lines \"address [power]\", or a comma-separated list")
	cmd.Flags().StringVar(&quorum, "quorum", "count", "quorum rule: count (BTTC) or power")
	return cmd
}

// countingRPC counts the HTTP round trips of a connection.
type countingRPC struct{ n atomic.Int64 }

func (c *countingRPC) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

func (c *countingRPC) trips() int64 { return c.n.Load() }

func (c *countingRPC) dial(ctx context.Context, url string) (*evm.Client, error) {
	cl, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Transport: c}))
	if err != nil {
		return nil, err
	}
	return evm.NewAny(ctx, evm.Preset{Name: "bttc"}, cl, evm.Options{})
}
