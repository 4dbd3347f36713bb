package evm_test

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Read the final head of a chain through the adapter (here a simulated
// chain; in production, Dial with several endpoint URLs).
func ExampleClient_Head() {
	sim := simulated.New(199, types.GenesisAlloc{}, chains.Finality{})
	defer sim.Close()
	for i := 0; i < 70; i++ {
		sim.Commit()
	}
	c, err := evm.New(context.Background(), evm.BTTC(), []*rpc.Client{sim.RPC()}, evm.Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		fmt.Println(err)
		return
	}
	head, _ := c.Head(context.Background()) // BTTC preset: 64 confirmations
	latest, _ := c.Latest(context.Background())
	fmt.Println(latest.Number, head.Number)
	// Output:
	// 70 6
}
