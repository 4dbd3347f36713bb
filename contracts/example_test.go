package contracts_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// Deploy the CheckpointManager for BTTC (child chain 199) with four
// validators on a simulated root chain and read it back.
func ExampleDeployCheckpointManager() {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	owner := crypto.PubkeyToAddress(key.PublicKey)
	root := simulated.New(1, types.GenesisAlloc{owner: {Balance: big.NewInt(params.Ether)}}, chains.Finality{})
	defer root.Close()
	auth, _ := bind.NewKeyedTransactorWithChainID(key, root.ID())

	_, keys := sigaggtest.Set(1, 4)
	validators := make([]common.Address, len(keys))
	for i, k := range keys {
		validators[i] = k.Address
	}
	_, tx, cm, err := contracts.DeployCheckpointManager(auth, root, big.NewInt(199), validators)
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := root.Mine(ctx, tx.Hash()); err != nil {
		fmt.Println(err)
		return
	}
	stakers, _ := cm.StakerCount(&bind.CallOpts{})
	current, _ := cm.CurrentHeaderBlock(&bind.CallOpts{})
	fmt.Println("stakers", stakers, "current header block", current)
	// Output:
	// stakers 4 current header block 0
}
