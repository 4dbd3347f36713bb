package contracts_test

import (
	"bytes"
	"context"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/stretchr/testify/require"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/bttc-relay/sdk/statesync"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// simChild is exit.ChildChainReader over a simulated chain: receipts from the
// node, sub-range roots computed from its headers as a BTTC node's
// bor_getRootHash would.
type simChild struct{ c *chain }

func (s simChild) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	return s.c.client.TransactionReceipt(ctx, tx)
}

func (s simChild) ExitData(ctx context.Context, block uint64, ranges []exit.BlockRange) (*types.Header, types.Receipts, []common.Hash, error) {
	b, err := s.c.client.BlockByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return nil, nil, nil, err
	}
	receipts, err := s.c.client.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(b.Hash(), true))
	if err != nil {
		return nil, nil, nil, err
	}
	roots := make([]common.Hash, len(ranges))
	for i, r := range ranges {
		var hs []*types.Header
		for n := r.Start; n <= r.End; n++ {
			h, err := s.c.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return nil, nil, nil, err
			}
			hs = append(hs, h)
		}
		if roots[i], err = checkpoint.RootHash(hs); err != nil {
			return nil, nil, nil, err
		}
	}
	return b.Header(), receipts, roots, nil
}

// TestExitOnEVM: a burn of ChildTestToken on a simulated BTTC chain is
// checkpointed on a simulated root chain; the SDK builds the exit payload
// and ExitManager accepts it and pays; the same payload again is rejected
// (replay); mutated payloads are rejected; the SDK's off-chain verdict
// agrees with the contract in every case.
func TestExitOnEVM(t *testing.T) {
	ctx := context.Background()
	child, root := newChain(t, bttcChainID), newChain(t, 7100)
	legacy := func(c *chain) *bind.TransactOpts { // BTTC's contract reads legacy receipts only
		o := *c.auth
		o.GasPrice = big.NewInt(2_000_000_000)
		return &o
	}
	tokenAddr, tx, token, err := contracts.DeployChildTestToken(legacy(child), child.client)
	child.mined(t, tx, err)
	user := child.auth.From
	tx, err = token.Deposit(legacy(child), user, big.NewInt(5000))
	child.mined(t, tx, err)
	// The burn shares its block with other transactions, so its receipt
	// proof runs through branch nodes.
	for i := 0; i < 20; i++ {
		o := legacy(child)
		o.Nonce = big.NewInt(int64(2 + i))
		if _, err := token.Deposit(o, common.BigToAddress(big.NewInt(int64(i+1))), big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	o := legacy(child)
	o.Nonce = big.NewInt(22)
	burnTx, err := token.Withdraw(o, big.NewInt(1234))
	burn := child.mined(t, burnTx, err)
	if burn.TransactionIndex != 20 {
		t.Fatalf("burn at index %d", burn.TransactionIndex)
	}
	for i := 0; i < 3; i++ {
		child.backend.Commit()
	}
	head, _ := child.client.BlockNumber(ctx)

	// The root chain: validators, checkpoints, exits, the root token.
	set, keys := sigaggtest.Set(99, 7)
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = k.Address
	}
	cmAddr, tx, _, err := contracts.DeployCheckpointManager(root.auth, root.client, big.NewInt(bttcChainID), addrs)
	root.mined(t, tx, err)
	emAddr, tx, em, err := contracts.DeployExitManager(root.auth, root.client, cmAddr)
	root.mined(t, tx, err)
	rootToken, tx, erc20, err := contracts.DeployTestERC20(root.auth, root.client, emAddr, big.NewInt(1_000_000))
	root.mined(t, tx, err)
	tx, err = em.MapToken(root.auth, rootToken, tokenAddr)
	root.mined(t, tx, err)

	// Checkpoint the child chain's blocks 0..head with the SDK.
	var headers []*types.Header
	for n := uint64(0); n <= head; n++ {
		h, _ := child.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		headers = append(headers, h)
	}
	rh, err := checkpoint.RootHash(headers)
	require.NoError(t, err)
	c := &checkpoint.Data{Proposer: keys[0].Address, StartBlock: 0, EndBlock: head, RootHash: rh,
		AccountRootHash: common.HexToHash("0x01"), BorChainID: bttcChainID, Epoch: 1}
	calldata := must(checkpoint.PackSubmitCheckpoint(c.SignBytes(bttc.BTTC), signAll(t, c, keys[:5])))
	if _, err := checkpoint.Verify(calldata, set, checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.CountQuorum, ChainID: bttcChainID}); err != nil {
		t.Fatal(err)
	}
	rootSend(t, root, cmAddr, calldata)

	cp := checkpoint.HeaderBlock{ID: big.NewInt(10000), Root: rh, Start: 0, End: head}
	builder := &exit.Builder{Chain: simChild{child}, Layout: bttc.BTTC}
	payload, err := builder.Build(ctx, burnTx.Hash(), tokenAddr, cp)
	require.NoError(t, err)
	input, _ := payload.Encode()
	expect := exit.Expect{Layout: bttc.BTTC, HeaderBlock: cp, ChildToken: tokenAddr, ProofMode: mpt.StrictMode}

	exitCall := func(in []byte) (*types.Receipt, error) {
		opts := *root.auth
		opts.GasLimit = 3_000_000
		tx, err := em.Exit(&opts, in)
		if err != nil {
			return nil, err
		}
		return root.mined(t, tx, nil), nil
	}
	// Mutations first (each rejected by both, no state change).
	for i := 0; i < len(input); i += 7 {
		bad := bytes.Clone(input)
		bad[i] ^= 0x04
		_, sdkErr := verifyEncoded(bad, expect)
		rec, err := exitCall(bad)
		evmOK := err == nil && rec.Status == types.ReceiptStatusSuccessful
		if sdkErr == nil || evmOK {
			t.Fatalf("byte %d flipped: SDK %v, contract accepted %v", i, sdkErr, evmOK)
		}
	}
	// The genuine exit: both accept, the withdrawer is paid.
	w, err := exit.Verify(payload, expect)
	if err != nil || w.Withdrawer != user || w.Amount.Int64() != 1234 {
		t.Fatalf("SDK: %+v %v", w, err)
	}
	rec, err := exitCall(input)
	if err != nil || rec.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("exit reverted: %v", err)
	}
	if bal, _ := erc20.BalanceOf(&bind.CallOpts{}, user); bal.Int64() != 1234 {
		t.Fatalf("withdrawer balance %v", bal)
	}
	if done, _ := em.ProcessedExits(&bind.CallOpts{}, w.ExitHash); !done {
		t.Fatal("the contract did not record the SDK's exit hash")
	}
	t.Logf("exit: %d gas (block proof %d siblings, receipt proof %d nodes)", rec.GasUsed, len(payload.BlockProof)/32, len(payload.ReceiptProof))
	// Replay: rejected.
	if rec, err := exitCall(input); err == nil && rec.Status == types.ReceiptStatusSuccessful {
		t.Fatal("replayed exit accepted")
	}

	// The same burn travels as an Event Packet too.
	pkt, err := eventpacket.FromWithdraw(burn.Logs[0], eventpacket.Source{ChainID: bttcChainID, BlockNumber: burn.BlockNumber.Uint64(),
		BlockHash: burn.BlockHash, TxHash: burn.TxHash, LogIndex: uint32(burn.Logs[0].Index)}, 7100, emAddr)
	if err != nil || pkt.Payload.(*eventpacket.FTTransfer).Amount.Int64() != 1234 {
		t.Fatalf("packet from burn: %v", err)
	}
}

func verifyEncoded(b []byte, e exit.Expect) (*exit.Withdrawal, error) {
	p, err := exit.Decode(b)
	if err != nil {
		return nil, err
	}
	return exit.Verify(p, e)
}

func rootSend(t *testing.T, c *chain, to common.Address, data []byte) {
	t.Helper()
	ctx := context.Background()
	nonce, _ := c.client.PendingNonceAt(ctx, c.auth.From)
	tx, err := c.auth.Signer(c.auth.From, types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(2_000_000_000), Gas: 3_000_000, To: &to, Data: data}))
	require.NoError(t, err)
	if rec := c.mined(t, tx, c.client.SendTransaction(ctx, tx)); rec.Status != types.ReceiptStatusSuccessful {
		t.Fatal("transaction reverted")
	}
}

// TestDepositOnEVM: StateSender's deposit produces a StateSynced log the
// statesync package decodes into the deposit that was made.
func TestDepositOnEVM(t *testing.T) {
	root := newChain(t, 7100)
	addr, tx, sender, err := contracts.DeployStateSender(root.auth, root.client)
	root.mined(t, tx, err)
	user, rootToken, receiver := common.HexToAddress("0x0a"), common.HexToAddress("0x0b"), common.HexToAddress("0x0c")
	tx, err = sender.DepositFor(root.auth, receiver, user, rootToken, uint64(bttc.Ethereum), big.NewInt(777))
	rec := root.mined(t, tx, err)
	if len(rec.Logs) != 1 || rec.Logs[0].Address != addr {
		t.Fatal("no StateSynced log")
	}
	ev, err := statesync.DecodeStateSynced(rec.Logs[0])
	if err != nil || ev.ID.Int64() != 1 || ev.Contract != receiver {
		t.Fatalf("%+v %v", ev, err)
	}
	msg, err := statesync.DecodeMessage(ev.Data, bttc.BTTC)
	if err != nil || msg.Deposit == nil || msg.Deposit.User != user || msg.Deposit.RootToken != rootToken ||
		msg.Deposit.RootChain != bttc.Ethereum || new(big.Int).SetBytes(msg.Deposit.DepositData).Int64() != 777 {
		t.Fatalf("%+v %v", msg, err)
	}
}
