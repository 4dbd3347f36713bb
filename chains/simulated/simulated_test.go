package simulated_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
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

// The chain served over HTTP answers eth_ and bor_ calls like a node.
func TestServeAndRootHash(t *testing.T) {
	c := simulated.New(199, types.GenesisAlloc{}, chains.Finality{})
	defer c.Close()
	for i := 0; i < 5; i++ {
		c.Commit()
	}
	url, stop, err := c.Serve("127.0.0.1:0")
	require.NoError(t, err)
	defer stop()
	client, err := rpc.Dial(url)
	require.NoError(t, err)
	defer client.Close()
	var root string
	require.NoError(t, client.Call(&root, "bor_getRootHash", 1, 4))
	var headers []*types.Header
	for n := int64(1); n <= 4; n++ {
		h, err := c.HeaderByNumber(context.Background(), big.NewInt(n))
		require.NoError(t, err)
		headers = append(headers, h)
	}
	want, err := checkpoint.RootHash(headers)
	require.NoError(t, err)
	require.Equal(t, common.Bytes2Hex(want[:]), root)
	var id hexutil.Big
	require.NoError(t, client.Call(&id, "eth_chainId"))
	require.EqualValues(t, 199, id.ToInt().Int64())
}
