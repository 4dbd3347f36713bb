package simulated_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Send a transfer, seal a block and read the receipt from it; the chain's
// finality rule (two confirmations) decides what Head returns; a fork
// longer than the current branch replaces it.
func ExampleChain() {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	c := simulated.New(199, types.GenesisAlloc{from: {Balance: big.NewInt(params.Ether)}}, chains.Finality{Confirmations: 2})
	defer c.Close()

	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(c.ID()), &types.LegacyTx{
		Nonce: 0, GasPrice: big.NewInt(2_000_000_000), Gas: 21000, To: &to, Value: big.NewInt(1000)})
	if err := c.SendTransaction(ctx, tx); err != nil {
		fmt.Println(err)
		return
	}
	rec, err := c.Mine(ctx, tx.Hash())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("status", rec.Status, "block", rec.BlockNumber)

	parent := c.Commit() // block 2
	c.Commit()           // block 3
	head, _ := c.Head(ctx)
	fmt.Println("final head", head.Number)

	_ = c.Fork(parent) // a new branch from block 2, three blocks long
	for i := 0; i < 3; i++ {
		c.Commit()
	}
	latest, _ := c.HeaderByNumber(ctx, nil)
	fmt.Println("latest after the reorg", latest.Number)
	// Output:
	// status 1 block 1
	// final head 1
	// latest after the reorg 5
}
