package bttc_test

import (
	"fmt"

	"github.com/bttc-relay/sdk/bttc"
)

// Every package takes the same Layout, and rejects the zero value rather
// than guessing.
func ExampleLayout() {
	var unset bttc.Layout
	fmt.Println(bttc.BTTC, bttc.BTTC.Valid())
	fmt.Println(bttc.Upstream, bttc.Upstream.Valid())
	fmt.Println(unset, unset.Valid())
	// Output:
	// BTTC true
	// Upstream true
	// Layout(0) false
}

// Root-chain ids as BTTC payloads carry them.
func ExampleRootChainID() {
	for _, id := range []bttc.RootChainID{bttc.TRON, bttc.Ethereum, bttc.BSC, 9} {
		fmt.Println(uint64(id), id, id.Valid())
	}
	// Output:
	// 1 TRON true
	// 2 Ethereum true
	// 3 BSC true
	// 9 RootChainID(9) false
}
