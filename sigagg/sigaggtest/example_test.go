package sigaggtest_test

import (
	"errors"
	"fmt"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
)

// Deterministic validators and the lists a property test needs: a valid
// quorum, and the same list broken in the ways the root contracts treat
// differently from the strict rule.
func ExampleQuorum() {
	set, keys := sigaggtest.Set(1, 21)
	digest := common.Hash{0x42}
	sigs := sigaggtest.Quorum(digest, keys, 15)
	_, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum)
	fmt.Println("quorum:", err)

	swapped := sigaggtest.Swap(sigs, 3, 4)
	_, err = sigagg.Verify(digest, swapped, set, sigagg.CountQuorum)
	fmt.Println("swapped:", errors.Is(err, sigagg.ErrUnsorted))
	r := sigagg.SimulateOnChain(digest, swapped, set, sigagg.CountQuorum, sigagg.OnChainOptions{})
	fmt.Println("on chain: counted", len(r.Signers), "accepted", r.Accepted)
	// Output:
	// quorum: <nil>
	// swapped: true
	// on chain: counted 4 accepted false
}
