package exit_test

import (
	"context"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/stretchr/testify/require"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/exit/exittest"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// naiveBlockProof is how exit tools commonly build the block proof: fetch
// every header of the checkpoint (one eth_getBlockByNumber each, in
// sequence), hash them all and prove.
func naiveBlockProof(ctx context.Context, c *rpc.Client, cp checkpoint.HeaderBlock, block uint64) ([]byte, error) {
	headers := make([]*types.Header, 0, cp.End-cp.Start+1)
	for n := cp.Start; n <= cp.End; n++ {
		var h *types.Header
		if err := c.CallContext(ctx, &h, "eth_getBlockByNumber", hexutil.EncodeUint64(n), false); err != nil {
			return nil, err
		}
		headers = append(headers, h)
	}
	leaves, err := checkpoint.HeaderLeaves(headers)
	if err != nil {
		return nil, err
	}
	tree, err := merkle.NewTree(leaves)
	if err != nil {
		return nil, err
	}
	proof, err := tree.Prove(block - cp.Start)
	if err != nil {
		return nil, err
	}
	return merkle.ProofBytes(proof), nil
}

// BenchmarkExitProof builds one exit of a burn in a 1024-block checkpoint
// against the fake node on loopback with 20 ms per HTTP request: the SDK
// builder (burn receipt, then one batch) against a naive builder that
// fetches the burn receipt, the block's receipts and every header of the
// checkpoint. Reports round trips and calls per exit.
func BenchmarkExitProof(b *testing.B) {
	chain := exittest.NewChain(1, 5000, 1024, childToken)
	cp, _ := chain.HeaderBlock(30000, 5000, 5000+1023)
	burn := chain.Burns[len(chain.Burns)/2]
	for _, impl := range []string{"sdk", "naive"} {
		b.Run("blocks=1024/latency=20ms/impl="+impl, func(b *testing.B) {
			srv, err := exittest.NewServer(chain, 20*time.Millisecond)
			require.NoError(b, err)
			defer srv.Close()
			ctx := context.Background()
			client, _ := srv.Dial(ctx)
			defer client.Close()
			ec, err := srv.Connect(ctx)
			require.NoError(b, err)
			defer ec.Close()
			builder := &exit.Builder{Chain: exitrpc.NewChildChainNode(ec), Layout: bttc.BTTC}
			srv.RoundTrips.Store(0)
			srv.Calls.Store(0)
			for b.Loop() {
				switch impl {
				case "sdk":
					if _, err := builder.Build(ctx, burn.Tx, childToken, cp); err != nil {
						b.Fatal(err)
					}
				case "naive":
					var rec *types.Receipt
					if err := client.CallContext(ctx, &rec, "eth_getTransactionReceipt", burn.Tx); err != nil {
						b.Fatal(err)
					}
					var receipts types.Receipts
					if err := client.CallContext(ctx, &receipts, "eth_getBlockReceipts", hexutil.EncodeUint64(burn.Block)); err != nil {
						b.Fatal(err)
					}
					proof, err := naiveBlockProof(ctx, client, cp, rec.BlockNumber.Uint64())
					if err != nil || len(proof) != 10*32 {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(srv.RoundTrips.Load())/float64(b.N), "roundtrips/op")
			b.ReportMetric(float64(srv.Calls.Load())/float64(b.N), "calls/op")
		})
	}
}
