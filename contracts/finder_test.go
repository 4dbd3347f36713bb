package contracts_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// TestFinderIgnoresReorgedCheckpoint: a checkpoint accepted in a block that
// a reorg later removes is never returned (nor cached) by exit.Finder,
// which reads the root chain at its final block; the checkpoint of the
// branch that wins is.
func TestFinderIgnoresReorgedCheckpoint(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	root := simulated.New(7100, types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}},
		chains.Finality{Confirmations: 3})
	t.Cleanup(func() { root.Close() })
	auth, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(7100))
	require.NoError(t, err)

	_, keys := sigaggtest.Set(77, 4)
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = k.Address
	}
	cmAddr, tx, _, err := contracts.DeployCheckpointManager(auth, root, big.NewInt(bttcChainID), addrs)
	require.NoError(t, err)
	_, err = root.Mine(ctx, tx.Hash())
	require.NoError(t, err)
	for i := 0; i < 4; i++ {
		root.Commit()
	}

	submit := func(end uint64, rootHash common.Hash) *types.Transaction {
		c := &checkpoint.Data{Proposer: keys[0].Address, StartBlock: 0, EndBlock: end, RootHash: rootHash,
			AccountRootHash: common.Hash{1}, BorChainID: bttcChainID, Epoch: 1}
		calldata := must(checkpoint.PackSubmitCheckpoint(c.SignBytes(bttc.BTTC), signAll(t, c, keys)))
		nonce, err := root.PendingNonceAt(ctx, from)
		require.NoError(t, err)
		tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(7100)), &types.LegacyTx{
			Nonce: nonce, GasPrice: big.NewInt(3_000_000_000), Gas: 2_000_000, To: &cmAddr, Data: calldata})
		require.NoError(t, root.SendTransaction(ctx, tx))
		return tx
	}

	finder := &exit.Finder{Root: exitrpc.NewRootChainContract(root, cmAddr), Head: root}
	latestReader := exitrpc.NewRootChainContract(root, cmAddr)

	// Checkpoint A (blocks 0-9) lands in block N, one block from final.
	parent, err := root.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	a := submit(9, common.Hash{0xaa})
	rec, err := root.Mine(ctx, a.Hash())
	require.NoError(t, err)
	require.EqualValues(t, 1, rec.Status)
	cur, err := latestReader.CurrentHeaderBlock(ctx, nil)
	require.NoError(t, err)
	require.EqualValues(t, 10000, cur.Int64(), "at latest, checkpoint A is visible")
	_, err = finder.Find(ctx, 5)
	require.ErrorIs(t, err, exit.ErrNotFound, "A is not final yet")

	// A reorg from N's parent: the winning branch carries checkpoint B
	// (blocks 0-19) instead, and grows past the confirmation depth.
	require.NoError(t, root.Fork(parent.Hash()))
	root.Rollback() // drop A, re-queued by the reorg
	b := submit(19, common.Hash{0xbb})
	_, err = root.Mine(ctx, b.Hash())
	require.NoError(t, err)
	for i := 0; i < 4; i++ {
		root.Commit()
	}
	hb, err := finder.Find(ctx, 5)
	require.NoError(t, err)
	require.Equal(t, common.Hash{0xbb}, hb.Root, "the finder returns the winning branch's checkpoint")
	require.EqualValues(t, 19, hb.End)
	require.EqualValues(t, 10000, hb.ID.Int64())
	hb, err = finder.Find(ctx, 15) // from the cache now: still B
	require.NoError(t, err)
	require.Equal(t, common.Hash{0xbb}, hb.Root)
}
