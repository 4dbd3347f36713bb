package tron_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/bttc-relay/sdk/chains/tron/trontest"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/api"
	"github.com/stretchr/testify/require"
)

// fixture is a TRON node on loopback with our CheckpointManager deployed
// on it, a gotron-sdk client of it, and four validator keys.
type fixture struct {
	node       *trontest.Node
	c          *tron.Client
	deployer   *ecdsa.PrivateKey
	relayer    *ecdsa.PrivateKey
	validators []*ecdsa.PrivateKey
	set        *sigagg.ValidatorSet
	cm         common.Address
}

func newFixture(t *testing.T) *fixture { return newFixtureWith(t, trontest.Config{SolidDepth: 3}) }

func newFixtureWith(t *testing.T, cfg trontest.Config) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{}
	f.deployer, _ = crypto.GenerateKey()
	f.relayer, _ = crypto.GenerateKey()
	var vals []sigagg.Validator
	var addrs []common.Address
	for i := 0; i < 4; i++ {
		k, _ := crypto.GenerateKey()
		f.validators = append(f.validators, k)
		vals = append(vals, sigagg.Validator{Address: crypto.PubkeyToAddress(k.PublicKey), Power: big.NewInt(1)})
	}
	var err error
	f.set, err = sigagg.NewValidatorSet(vals)
	require.NoError(t, err)
	for _, v := range f.set.Validators() {
		addrs = append(addrs, v.Address)
	}
	cfg.Accounts = []*ecdsa.PrivateKey{f.deployer, f.relayer}
	f.node = trontest.New(cfg)
	t.Cleanup(f.node.Close)
	evm := f.node.EVM()
	o, _ := bind.NewKeyedTransactorWithChainID(f.deployer, evm.ID())
	o.GasPrice, o.GasLimit = big.NewInt(5e9), 3_000_000
	f.cm, _, _, err = contracts.DeployCheckpointManager(o, evm.Client, big.NewInt(199), addrs)
	require.NoError(t, err)
	_, err = f.node.Commit(ctx)
	require.NoError(t, err)
	addr, err := f.node.Listen("127.0.0.1:0")
	require.NoError(t, err)
	f.c, err = tron.Dial(addr, "")
	require.NoError(t, err)
	t.Cleanup(f.c.Close)
	return f
}

// submission returns the calldata of submitCheckpoint for [start, end]
// signed by the validators.
func (f *fixture) submission(t *testing.T, start, end uint64) []byte {
	data := &checkpoint.Data{Proposer: crypto.PubkeyToAddress(f.validators[0].PublicKey), StartBlock: start, EndBlock: end,
		RootHash: common.Hash{1, byte(start)}, BorChainID: 199, Epoch: 1}
	agg, err := sigagg.NewAggregator(data.VoteHash(bttc.BTTC), f.set, sigagg.CountQuorum)
	require.NoError(t, err)
	for _, k := range f.validators {
		sig, err := checkpoint.Sign(data, bttc.BTTC, k)
		require.NoError(t, err)
		_, err = agg.Add(sig)
		require.NoError(t, err)
	}
	calldata, err := checkpoint.PackSubmitCheckpoint(data.SignBytes(bttc.BTTC), agg.Signatures())
	require.NoError(t, err)
	return calldata
}

// mine commits a block every few milliseconds for the test.
func (f *fixture) mine(t *testing.T) {
	stop := f.node.Mine(5 * time.Millisecond)
	t.Cleanup(stop)
}

// A checkpoint sent through the adapter is accepted by our
// CheckpointManager on TRON; its NewHeaderBlock log is read back from the
// transaction info, through FilterLogs, and the contract's state through
// constant calls, at the head and at the solidified block.
func TestCheckpointOnTRON(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.mine(t)
	s := tron.NewSender(f.c, f.relayer)
	res, err := s.Transact(ctx, f.cm, f.submission(t, 0, 15), 5*time.Millisecond)
	require.NoError(t, err)
	require.Positive(t, res.Energy)
	require.Len(t, res.Receipt.Logs, 1)
	ev, err := checkpoint.DecodeNewHeaderBlock(res.Receipt.Logs[0])
	require.NoError(t, err)
	require.EqualValues(t, 15, ev.End)
	require.Equal(t, f.cm, res.Receipt.Logs[0].Address)

	// The same log through FilterLogs, with the block's header hash.
	n := res.Receipt.BlockNumber
	logs, err := f.c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: n, ToBlock: n, Addresses: []common.Address{f.cm}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	h, err := f.c.HeaderByNumber(ctx, n)
	require.NoError(t, err)
	require.Equal(t, h.Hash(), logs[0].BlockHash)
	require.Equal(t, res.Receipt.TxHash, logs[0].TxHash)
	require.Equal(t, logs[0].Index, res.Receipt.Logs[0].Index, "the receipt's log index is the block's")
	require.Equal(t, logs[0].TxIndex, res.Receipt.TransactionIndex)
	require.Equal(t, res.Energy*420, res.Fee, "the energy burned at the default price")
	require.EqualValues(t, n.Uint64(), tron.BlockID(h).Big().Rsh(tron.BlockID(h).Big(), 192).Uint64(), "a TRON block id starts with its number")

	// The contract's state: at the head, then final once solidified.
	root := exitrpc.NewRootChainContract(f.c, f.cm)
	cur, err := root.CurrentHeaderBlock(ctx, nil)
	require.NoError(t, err)
	require.EqualValues(t, 10000, cur.Int64())
	require.Eventually(t, func() bool {
		head, err := f.c.Head(ctx)
		require.NoError(t, err)
		if head.Number.Cmp(n) < 0 {
			return false
		}
		cur, err := root.CurrentHeaderBlock(ctx, head.Number)
		require.NoError(t, err)
		return cur.Int64() == 10000
	}, 10*time.Second, 10*time.Millisecond)
	hb, err := root.HeaderBlock(ctx, cur, nil)
	require.NoError(t, err)
	require.EqualValues(t, 15, hb.End)
}

// A call that would revert is refused before it is signed (the energy
// estimate), with the contract's reason; one that reverts in its block
// (a fixed fee limit, nothing estimated) is ErrReverted from the
// transaction info; one with too low a fee limit is ErrOutOfEnergy.
func TestTypedFailures(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.mine(t)
	s := tron.NewSender(f.c, f.relayer)
	_, err := s.Transact(ctx, f.cm, f.submission(t, 0, 15), 5*time.Millisecond)
	require.NoError(t, err)

	again := f.submission(t, 0, 15) // the range is stored already
	_, err = s.Transact(ctx, f.cm, again, 5*time.Millisecond)
	require.ErrorIs(t, err, tron.ErrReverted)
	require.ErrorContains(t, err, "start")

	fixed := tron.NewSender(f.c, f.relayer)
	fixed.FeeLimit = 100_000_000
	res, err := fixed.Transact(ctx, f.cm, again, 5*time.Millisecond)
	require.ErrorIs(t, err, tron.ErrReverted)
	require.NotNil(t, res)
	require.EqualValues(t, 0, res.Receipt.Status)

	poor := tron.NewSender(f.c, f.relayer)
	poor.FeeLimit = 420 * 2000 // 2000 energy
	_, err = poor.Transact(ctx, f.cm, f.submission(t, 16, 31), 5*time.Millisecond)
	require.ErrorIs(t, err, tron.ErrOutOfEnergy)

	stranger, _ := crypto.GenerateKey()
	_, err = tron.NewSender(f.c, stranger).Transact(ctx, f.cm, f.submission(t, 16, 31), 5*time.Millisecond)
	require.ErrorIs(t, err, tron.ErrBandwidth)
}

// A transaction lost on its way to the witnesses expires; it is built and
// sent once more and found, and the contract holds the checkpoint once.
func TestExpiredTransactionSentOnce(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.node.LoseBroadcasts(1)
	s := tron.NewSender(f.c, f.relayer)
	done := make(chan error, 1)
	go func() {
		_, err := s.Transact(ctx, f.cm, f.submission(t, 0, 15), 5*time.Millisecond)
		done <- err
	}()
	// 21 blocks of 3 s pass the 60 s expiration.
	stop := f.node.Mine(5 * time.Millisecond)
	defer stop()
	require.NoError(t, <-done)
	root := exitrpc.NewRootChainContract(f.c, f.cm)
	cur, err := root.CurrentHeaderBlock(ctx, nil)
	require.NoError(t, err)
	require.EqualValues(t, 10000, cur.Int64(), "one checkpoint")
	// Exactly one transaction to the contract in the whole chain.
	head, err := f.c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	count := 0
	for n := int64(0); n <= head.Number.Int64(); n++ {
		infos, err := f.c.Wallet().GetTransactionInfoByBlockNum(ctx, &api.NumberMessage{Num: n})
		require.NoError(t, err)
		count += len(infos.GetTransactionInfo())
	}
	require.Equal(t, 1, count)
}

// The relay engine's Sender contract: Dropped is false while a send can
// still be mined and true once it expired unseen; Rebroadcast of a
// recorded transaction the node has is not an error.
func TestSenderDropped(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	f.node.LoseBroadcasts(1)
	s := tron.NewSender(f.c, f.relayer)
	var rec relay.Sent
	sent, err := s.Send(ctx, f.cm, f.submission(t, 0, 15), 0, func(x relay.Sent) error { rec = x; return nil })
	require.NoError(t, err)
	require.Equal(t, rec, sent)
	dropped, err := s.Dropped(ctx, sent)
	require.NoError(t, err)
	require.False(t, dropped, "not expired yet")
	f.node.AdvanceTime(2 * time.Minute)
	_, err = f.node.Commit(ctx)
	require.NoError(t, err)
	dropped, err = s.Dropped(ctx, sent)
	require.NoError(t, err)
	require.True(t, dropped)
	err = s.Rebroadcast(ctx, sent)
	require.ErrorIs(t, err, tron.ErrExpired)

	sent, err = s.Send(ctx, f.cm, f.submission(t, 0, 15), 0, func(relay.Sent) error { return nil })
	require.NoError(t, err)
	require.NoError(t, s.Rebroadcast(ctx, sent), "a duplicate broadcast is not an error")
	_, err = f.node.Commit(ctx)
	require.NoError(t, err)
	r, err := s.TransactionReceipt(ctx, sent.Tx)
	require.NoError(t, err)
	require.EqualValues(t, 1, r.Status)
}

// A node that does not estimate energy (java-tron without
// vm.estimateEnergy): the fee limit comes from a constant call's energy,
// and a reverting call is still refused with its reason before signing.
func TestNoEstimateEnergy(t *testing.T) {
	ctx := context.Background()
	f := newFixtureWith(t, trontest.Config{SolidDepth: 3, NoEstimateEnergy: true})
	f.mine(t)
	s := tron.NewSender(f.c, f.relayer)
	res, err := s.Transact(ctx, f.cm, f.submission(t, 0, 15), 5*time.Millisecond)
	require.NoError(t, err)
	require.Positive(t, res.Energy)
	_, err = s.Transact(ctx, f.cm, f.submission(t, 0, 15), 5*time.Millisecond)
	require.ErrorIs(t, err, tron.ErrReverted)
}

// Two transactions with logs in one block: a receipt's log and transaction
// indices are the block's, as FilterLogs gives them.
func TestReceiptIndicesInBlock(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	s := tron.NewSender(f.c, f.relayer)
	s.FeeLimit = 100_000_000 // no estimate: the second range is valid only after the first
	var sent []relay.Sent
	for _, r := range [][2]uint64{{0, 15}, {16, 31}} {
		x, err := s.Send(ctx, f.cm, f.submission(t, r[0], r[1]), 0, func(relay.Sent) error { return nil })
		require.NoError(t, err)
		sent = append(sent, x)
	}
	_, err := f.node.Commit(ctx)
	require.NoError(t, err)
	second, err := f.c.TransactionReceipt(ctx, sent[1].Tx)
	require.NoError(t, err)
	require.EqualValues(t, 1, second.Status)
	logs, err := f.c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: second.BlockNumber, ToBlock: second.BlockNumber})
	require.NoError(t, err)
	require.Len(t, logs, 2)
	require.Len(t, second.Logs, 1)
	require.EqualValues(t, 1, second.TransactionIndex)
	require.Equal(t, logs[1].Index, second.Logs[0].Index)
	require.EqualValues(t, 1, second.Logs[0].Index)
	require.Equal(t, logs[1].TxHash, second.TxHash)
}
