package exittest_test

import (
	"context"
	"fmt"

	"github.com/bttc-relay/sdk/exit/exittest"
	"github.com/ethereum/go-ethereum/common"
)

// A generated BTTC chain with withdraw burns, served as JSON-RPC on
// loopback (eth_ and bor_ methods), counting round trips.
func ExampleNewServer() {
	token := common.HexToAddress("0x00000000000000000000000000000000000c41d0")
	chain := exittest.NewChain(1, 1000, 64, token)
	srv, err := exittest.NewServer(chain, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Close()
	client, err := srv.Connect(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer client.Close()
	burn := chain.Burns[0]
	rec, err := client.TransactionReceipt(context.Background(), burn.Tx)
	fmt.Println(err, rec.BlockNumber.Uint64() == burn.Block, srv.RoundTrips.Load())
	// Output:
	// <nil> true 2
}
