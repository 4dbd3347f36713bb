package relay_test

import (
	"context"
	"fmt"
	"time"

	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
)

// Run the engine with the checkpoint, exit and packet routes on a
// simulated bridge: a burn on BTTC is checkpointed and exited on the root
// chain.
func Example() {
	ctx := context.Background()
	bridge, err := relaytest.New(ctx, relaytest.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer bridge.Close()
	defer bridge.Mine(20 * time.Millisecond)()

	bttcClient, rootClient, err := bridge.Connect(ctx, bridge.InProcess(), evm.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, cleanup := tempDir()
	defer cleanup()
	store, err := boltstore.Open(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	engine, err := relay.New(store, relay.Options{PollInterval: 50 * time.Millisecond, AwaitInterval: 100 * time.Millisecond,
		ConfirmPoll: 50 * time.Millisecond}, bridge.Routes(bttcClient, rootClient, bridge.Relayer)...)
	if err != nil {
		fmt.Println(err)
		return
	}
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- engine.Run(runCtx) }()

	if _, err := bridge.Burn(ctx, 1234); err != nil {
		fmt.Println(err)
		return
	}
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if got, err := bridge.Released(ctx); err == nil && got.Int64() == 1234 {
			break
		}
	}
	released, _ := bridge.Released(ctx)
	stop()
	fmt.Println("released on the root chain:", released, "engine:", <-done)
	// Output:
	// released on the root chain: 1234 engine: <nil>
}
