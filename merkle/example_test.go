package merkle_test

import (
	"errors"
	"fmt"

	"github.com/bttc-relay/sdk/merkle"
	"github.com/ethereum/go-ethereum/common"
)

// Build a checkpoint tree over three leaves (padded to four) and prove one.
func ExampleNewTree() {
	leaves := []common.Hash{
		common.HexToHash("0x01"),
		common.HexToHash("0x02"),
		common.HexToHash("0x03"),
	}
	tree, err := merkle.NewTree(leaves)
	if err != nil {
		fmt.Println(err)
		return
	}
	proof, err := tree.Prove(2)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("root:", tree.Root())
	fmt.Println("siblings:", len(proof))
	fmt.Printf("calldata: %d bytes\n", len(merkle.ProofBytes(proof)))
	// Output:
	// root: 0x222ff5e0b5877792c2bc1670e2ccd0c2c97cd7bb1672a57d598db05092d3d72c
	// siblings: 2
	// calldata: 64 bytes
}

// Verify a proof the way the root contracts' Merkle.checkMembership does,
// and tell a wrong root apart from other failures.
func ExampleVerify() {
	leaves := []common.Hash{common.HexToHash("0xaa"), common.HexToHash("0xbb")}
	tree, _ := merkle.NewTree(leaves)
	proof, _ := tree.Prove(1)

	fmt.Println(merkle.Verify(tree.Root(), 1, leaves[1], proof))

	err := merkle.Verify(tree.Root(), 0, leaves[1], proof)
	fmt.Println(errors.Is(err, merkle.ErrRootMismatch))

	err = merkle.VerifyBytes(tree.Root(), 1, leaves[1], make([]byte, 33))
	fmt.Println(errors.Is(err, merkle.ErrProofLength))
	// Output:
	// <nil>
	// true
	// true
}
