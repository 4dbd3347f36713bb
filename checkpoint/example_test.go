package checkpoint_test

import (
	"errors"
	"fmt"
	"github.com/bttc-relay/sdk/bttc"
	"math/big"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// A relayer builds a checkpoint over BTTC headers, validators sign it, the
// signatures are aggregated and packed into submitCheckpoint calldata.
func ExampleSign() {
	headers := make([]*types.Header, 4)
	for i := range headers {
		headers[i] = &types.Header{Number: big.NewInt(int64(1000 + i)), Time: uint64(1_700_000_000 + 2*i)}
	}
	root, err := checkpoint.RootHash(headers)
	if err != nil {
		fmt.Println(err)
		return
	}
	accountRoot, _ := checkpoint.AccountRootHash([]checkpoint.DividendAccount{
		{User: common.HexToAddress("0x01"), FeeAmount: big.NewInt(5e18)},
	})
	c := &checkpoint.Data{
		Proposer: common.HexToAddress("0xabc"), StartBlock: 1000, EndBlock: 1003,
		RootHash: root, AccountRootHash: accountRoot, BorChainID: 199, Epoch: 1,
	}

	set, keys := sigaggtest.Set(1, 4) // test validators; threshold 3
	agg, _ := sigagg.NewAggregator(c.VoteHash(bttc.BTTC), set, sigagg.CountQuorum)
	for _, k := range keys[:3] {
		sig, _ := checkpoint.Sign(c, bttc.BTTC, k.Private)
		if _, err := agg.Add(sig); err != nil {
			fmt.Println(err)
		}
	}
	calldata, _ := checkpoint.PackSubmitCheckpoint(c.SignBytes(bttc.BTTC), agg.Signatures())
	fmt.Printf("done: %v, calldata: %d bytes\n", agg.Done(), len(calldata))
	// Output:
	// done: true, calldata: 644 bytes
}

// A DApp or auditor verifies the raw calldata of a submitCheckpoint
// transaction off-chain and learns exactly why it fails.
func ExampleVerify() {
	set, keys := sigaggtest.Set(2, 4)
	c := &checkpoint.Data{
		Proposer: common.HexToAddress("0xabc"), StartBlock: 0, EndBlock: 255,
		RootHash: common.HexToHash("0x01"), AccountRootHash: common.HexToHash("0x02"), BorChainID: 199, Epoch: 1,
	}
	var sigs []sigagg.Signature
	for _, k := range keys[:2] { // one short of the threshold
		sig, _ := checkpoint.Sign(c, bttc.BTTC, k.Private)
		sigs = append(sigs, sig)
	}
	calldata, _ := checkpoint.PackSubmitCheckpoint(c.SignBytes(bttc.BTTC), sigs)

	_, err := checkpoint.Verify(calldata, set, checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.CountQuorum, ChainID: 199})
	var q *sigagg.QuorumError
	if errors.As(err, &q) {
		fmt.Printf("quorum: got %s, need %s\n", q.Got, q.Needed)
	}
	_, err = checkpoint.Verify(calldata, set, checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.CountQuorum, ChainID: 1029})
	fmt.Println(errors.Is(err, checkpoint.ErrWrongChainID))
	// Output:
	// quorum: got 2, need 3
	// true
}
