package trontest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/core"
	"github.com/stretchr/testify/require"
	"time"
)

// signedCall builds and signs a TriggerSmartContract from key to `to`,
// as the wallet would after TriggerContract.
func signedCall(t *testing.T, n *Node, key *ecdsa.PrivateKey, to common.Address, data []byte, feeLimit int64, expiresIn time.Duration) *core.Transaction {
	t.Helper()
	ext, err := (&wallet{n: n}).TriggerContract(context.Background(), &core.TriggerSmartContract{
		OwnerAddress: tron.FromEVM(crypto.PubkeyToAddress(key.PublicKey)).Bytes(), ContractAddress: tron.FromEVM(to).Bytes(), Data: data})
	require.NoError(t, err)
	tx := ext.GetTransaction()
	tx.RawData.FeeLimit = feeLimit
	if expiresIn > 0 {
		tx.RawData.Expiration = tx.RawData.Timestamp + expiresIn.Milliseconds()
	}
	id := txID(tx)
	sig, err := crypto.Sign(id[:], key)
	require.NoError(t, err)
	tx.Signature = [][]byte{sig}
	r, err := (&wallet{n: n}).BroadcastTransaction(context.Background(), tx)
	require.NoError(t, err)
	require.True(t, r.GetResult(), "broadcast: %s", r.GetMessage())
	return tx
}

// executions counts the EVM transactions carrying data in every block.
func executions(t *testing.T, n *Node, data []byte) int {
	t.Helper()
	ctx := context.Background()
	head, err := n.evm.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	count := 0
	for i := uint64(1); i <= head.Number.Uint64(); i++ {
		b, err := n.evm.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		require.NoError(t, err)
		for _, tx := range b.Transactions() {
			if string(tx.Data()) == string(data) {
				count++
			}
		}
	}
	return count
}

// TestCommitExecutesEachTransactionOnce: a block whose EVM refuses one of
// the pending transactions (here one whose fee limit buys more gas than
// the EVM lets a transaction pay for) still executes each of the others,
// exactly once. Before, Commit stopped at the refusal with the
// transactions it had already handed to the EVM still pending, and the
// next Commit handed them over again with the next nonce: one TRON
// transaction executed twice — an exit's second run reverting "exit
// already processed", the relay tests' rare wasted send under load, where
// the refusal was the EVM pool's nonce lag ("replacement transaction
// underpriced").
func TestCommitExecutesEachTransactionOnce(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	n := New(Config{Accounts: []*ecdsa.PrivateKey{key}})
	defer n.evm.Close()
	ctx := context.Background()
	target := common.HexToAddress("0xc0ffee")
	first := []byte("exit(payload one)")
	second := []byte("exit(payload two)")
	signedCall(t, n, key, target, first, 10_000_000, 0)
	// Refused by the EVM, and expired by the block after next.
	signedCall(t, n, key, target, []byte("unaffordable"), 1<<62, 3500*time.Millisecond)
	signedCall(t, n, key, target, second, 10_000_000, 0)
	_, err = n.Commit(ctx)
	if err == nil {
		require.Equal(t, 1, executions(t, n, first))
	}
	n.AdvanceTime(time.Second)
	_, err = n.Commit(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, executions(t, n, first), "the first call executed once")
	require.Equal(t, 1, executions(t, n, second), "the call after the refused one executed once")
	require.Zero(t, executions(t, n, []byte("unaffordable")))
	require.Equal(t, 1, n.Refused())
}
