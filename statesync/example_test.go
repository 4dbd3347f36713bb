package statesync_test

import (
	"fmt"
	"github.com/bttc-relay/sdk/bttc"
	"math/big"

	"github.com/bttc-relay/sdk/statesync"
	"github.com/ethereum/go-ethereum/common"
)

// Decode the deposit a root chain's StateSynced event carries.
func ExampleDecodeStateSynced() {
	data, _ := statesync.EncodeDeposit(&statesync.Deposit{
		User: common.HexToAddress("0x0a"), RootToken: common.HexToAddress("0x0b"), RootChain: bttc.TRON,
		DepositData: common.LeftPadBytes(big.NewInt(1000).Bytes(), 32),
	}, bttc.BTTC)
	log, _ := (&statesync.StateSynced{ID: big.NewInt(42), Contract: common.HexToAddress("0x0c"), Data: data}).Log()

	ev, err := statesync.DecodeStateSynced(log)
	if err != nil {
		fmt.Println(err)
		return
	}
	msg, _ := statesync.DecodeMessage(ev.Data, bttc.BTTC)
	fmt.Println(ev.ID, msg.Deposit.RootChain, new(big.Int).SetBytes(msg.Deposit.DepositData))
	fmt.Printf("replay key %s\n", ev.Key(bttc.TRON).Hash().Hex()[:10])
	// Output:
	// 42 TRON 1000
	// replay key 0x5c369aa6
}
