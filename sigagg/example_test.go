package sigagg_test

import (
	"errors"
	"fmt"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/crypto"
)

// Validators sign a vote hash; an aggregator collects the signatures as
// they arrive, and the canonical list verifies under BTTC's count quorum.
func ExampleAggregator() {
	set, keys := sigaggtest.Set(1, 4) // four validators: threshold 3
	vote := crypto.Keccak256Hash([]byte("checkpoint data"))

	agg, err := sigagg.NewAggregator(vote, set, sigagg.CountQuorum)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range []sigaggtest.Key{keys[2], keys[0], keys[3]} {
		if _, err := agg.Add(sigaggtest.Sign(vote, k)); err != nil {
			fmt.Println(err)
		}
	}
	got, needed := agg.Progress()
	fmt.Printf("%s of %s, done: %v\n", got, needed, agg.Done())

	// A second signature by the same validator is refused.
	_, err = agg.Add(sigaggtest.Sign(vote, keys[0]))
	fmt.Println(errors.Is(err, sigagg.ErrDuplicateSigner))

	res, err := sigagg.Verify(vote, agg.Signatures(), set, sigagg.CountQuorum)
	fmt.Println(len(res.Signers), err)
	// Output:
	// 3 of 3, done: true
	// true
	// 3 <nil>
}

// Verify says exactly why a list fails: here the signers are out of order.
func ExampleVerify() {
	set, keys := sigaggtest.Set(2, 4)
	vote := crypto.Keccak256Hash([]byte("checkpoint data"))
	sigs := sigaggtest.SignAll(vote, keys)
	sigs[1], sigs[2] = sigs[2], sigs[1]

	_, err := sigagg.Verify(vote, sigs, set, sigagg.CountQuorum)
	var e *sigagg.Error
	if errors.As(err, &e) {
		fmt.Println(e.Kind, "at signature", e.Index)
	}

	// The contract is more lenient: it stops at the out-of-order signer
	// and counts the two before it, short of the threshold of 3.
	r := sigagg.SimulateOnChain(vote, sigs, set, sigagg.CountQuorum, sigagg.OnChainOptions{})
	fmt.Println(r.Accepted, len(r.Signers), r.StoppedAt)
	// Output:
	// ErrUnsorted at signature 2
	// false 2 2
}
