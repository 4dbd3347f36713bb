package mpt_test

import (
	"fmt"

	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Prove a receipt's membership in its block's receipt trie and verify it
// the way the root contracts do, and strictly.
func ExampleVerify() {
	var receipts types.Receipts
	for i := 0; i < 10; i++ {
		receipts = append(receipts, &types.Receipt{Status: 1, CumulativeGasUsed: uint64(21000 * (i + 1)),
			Logs: []*types.Log{{Address: common.Address{byte(i)}}}})
	}
	trie, _ := mpt.NewReceiptTrie(receipts)
	proof, _ := trie.Prove(7)
	fmt.Printf("path %x, %d nodes\n", proof.Path, len(proof.Nodes))
	fmt.Println(mpt.Verify(trie.Root(), proof.Path, proof.Nodes, proof.Value, mpt.ContractMode))
	fmt.Println(mpt.Verify(trie.Root(), proof.Path, proof.Nodes, proof.Value, mpt.StrictMode))
	// Output:
	// path 0007, 3 nodes
	// <nil>
	// <nil>
}
