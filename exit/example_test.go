package exit_test

import (
	"context"
	"fmt"
	"github.com/bttc-relay/sdk/bttc"

	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/exit/exittest"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
)

// Build the exit of a withdraw burn through a BTTC node's JSON-RPC (here
// a fake node on loopback), then verify it off-chain as the root chain
// would.
func ExampleBuilder() {
	token := common.HexToAddress("0x00000000000000000000000000000000000c41d0")
	chain := exittest.NewChain(7, 1000, 512, token) // blocks 1000..1511
	cp, _ := chain.HeaderBlock(20000, 1000, 1511)   // checkpoint 20000 covers them
	node, err := exittest.NewServer(chain, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer node.Close()
	client, err := node.Connect(context.Background()) // a chains/evm client: retries, failover
	if err != nil {
		fmt.Println(err)
		return
	}
	defer client.Close()
	connected := node.RoundTrips.Load() // eth_chainId, once per connection

	builder := &exit.Builder{Chain: exitrpc.NewChildChainNode(client), Layout: bttc.BTTC}
	burn := chain.Burns[10]
	payload, err := builder.Build(context.Background(), burn.Tx, token, cp)
	if err != nil {
		fmt.Println(err)
		return
	}
	calldata, _ := payload.Encode() // the argument of exit(bytes)

	decoded, _ := exit.Decode(calldata)
	w, err := exit.Verify(decoded, exit.Expect{Layout: bttc.BTTC, HeaderBlock: cp, ChildToken: token, ProofMode: mpt.StrictMode})
	fmt.Println("verified:", err == nil, "withdrawer ok:", w.Withdrawer == burn.Withdrawer)
	fmt.Println("round trips:", node.RoundTrips.Load()-connected, "block proof siblings:", len(payload.BlockProof)/32)
	// Output:
	// verified: true withdrawer ok: true
	// round trips: 2 block proof siblings: 9
}
