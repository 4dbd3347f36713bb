package exitrpc_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/exit/exittest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// A BTTC node and a root chain contract behind the exit builder and
// finder: here a fake BTTC node and a CheckpointManager on a simulated
// root chain with no checkpoint yet.
func Example() {
	ctx := context.Background()
	token := common.HexToAddress("0x00000000000000000000000000000000000c41d0")
	node, _ := exittest.NewServer(exittest.NewChain(1, 0, 32, token), 0)
	defer node.Close()
	bttcClient, err := node.Connect(ctx) // a chains/evm client
	if err != nil {
		fmt.Println(err)
		return
	}
	defer bttcClient.Close()
	builder := &exit.Builder{Chain: exitrpc.NewChildChainNode(bttcClient), Layout: bttc.BTTC}
	_ = builder

	key, _ := crypto.GenerateKey()
	owner := crypto.PubkeyToAddress(key.PublicKey)
	root := simulated.New(1, types.GenesisAlloc{owner: {Balance: big.NewInt(params.Ether)}}, chains.Finality{Confirmations: 2})
	defer root.Close()
	auth, _ := bind.NewKeyedTransactorWithChainID(key, root.ID())
	addr, tx, _, err := contracts.DeployCheckpointManager(auth, root, big.NewInt(199), []common.Address{owner})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := root.Mine(ctx, tx.Hash()); err != nil {
		fmt.Println(err)
		return
	}
	root.Commit() // two confirmations: the deployment is final
	root.Commit()
	finder := &exit.Finder{Root: exitrpc.NewRootChainContract(root, addr), Head: root}
	_, err = finder.Find(ctx, 10)
	fmt.Println(err)
	// Output:
	// exit: no final checkpoint covers block 10 yet (root block 1)
}
