package chains_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/ethereum/go-ethereum/core/types"
)

// lag is written against the small interfaces, so any adapter (chains/evm
// over JSON-RPC, chains/simulated in tests) can serve it.
func lag(ctx context.Context, r interface {
	chains.HeadReader
	chains.HeaderReader
}) (uint64, error) {
	final, err := r.Head(ctx)
	if err != nil {
		return 0, err
	}
	latest, err := r.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return new(big.Int).Sub(latest.Number, final.Number).Uint64(), nil
}

// How far the final block trails the latest one under a finality rule of
// six confirmations.
func Example() {
	c := simulated.New(1, types.GenesisAlloc{}, chains.Finality{Confirmations: 6})
	defer c.Close()
	for i := 0; i < 10; i++ {
		c.Commit()
	}
	var r chains.Reader = c
	n, err := lag(context.Background(), r)
	fmt.Println(n, err)
	// Output:
	// 6 <nil>
}
