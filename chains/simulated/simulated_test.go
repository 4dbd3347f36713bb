package simulated_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestCommitForkRollbackAndFinality(t *testing.T) {
	c := simulated.New(199, types.GenesisAlloc{}, chains.Finality{Confirmations: 3})
	defer c.Close()
	ctx := context.Background()
	if id, err := c.ChainID(ctx); err != nil || id.Uint64() != 199 || c.ID().Uint64() != 199 {
		t.Fatalf("chain id %v: %v", id, err)
	}
	for i := 0; i < 6; i++ {
		c.Commit()
	}
	head, err := c.Head(ctx)
	if err != nil || head.Number.Uint64() != 3 {
		t.Fatalf("final head %v (latest 6, 3 confirmations): %v", head.Number, err)
	}
	parent, _ := c.HeaderByNumber(ctx, big.NewInt(2))
	if err := c.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	c.Rollback()
	for i := 0; i < 5; i++ {
		c.Commit()
	}
	latest, _ := c.HeaderByNumber(ctx, nil)
	if latest.Number.Uint64() != 7 {
		t.Fatalf("after the fork the chain is at %v, want 7", latest.Number)
	}
	if c.RPC() == nil {
		t.Fatal("no in-process RPC client")
	}
}
