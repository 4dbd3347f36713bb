package contracts_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// chain is one simulated EVM with a funded key.
type chain struct {
	backend *simulated.Chain
	client  *simulated.Chain
	auth    *bind.TransactOpts
	id      *big.Int
}

func newChain(t testing.TB, id int64) *chain {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	b := simulated.New(uint64(id), types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}}, chains.Finality{})
	t.Cleanup(func() { b.Close() })
	auth, _ := bind.NewKeyedTransactorWithChainID(key, big.NewInt(id))
	return &chain{backend: b, client: b, auth: auth, id: big.NewInt(id)}
}

// mined seals a block and returns tx's receipt from it. Mine reads the
// receipt from the sealed block itself, so it never races the node.
func (c *chain) mined(t testing.TB, tx *types.Transaction, err error) *types.Receipt {
	t.Helper()
	require.NoError(t, err)
	rec, err := c.backend.Mine(context.Background(), tx.Hash())
	require.NoError(t, err)
	return rec
}

// TestPacketsAcrossChains: packets emitted by PacketOutbox on chain A are
// read back with the SDK, batched, checkpointed and signed, and delivered
// by PacketInbox on chain B; a replay and a delivery to another inbox are
// rejected, and the SDK's VerifyDelivery agrees with the contract in each
// case.
func TestPacketsAcrossChains(t *testing.T) {
	a, b := newChain(t, 7001), newChain(t, 7002)
	ctx := context.Background()

	outAddr, tx, outbox, err := contracts.DeployPacketOutbox(a.auth, a.client)
	a.mined(t, tx, err)
	recAddr, tx, recorder, err := contracts.DeployPacketRecorder(b.auth, b.client)
	b.mined(t, tx, err)

	// Emit five FT-transfer packets on chain A.
	for i := 0; i < 5; i++ {
		payload, err := eventpacket.EncodePayload(&eventpacket.FTTransfer{Token: common.Address{0x70}, From: common.Address{0x71},
			To: common.Address{0x72}, Amount: big.NewInt(int64(1000 + i))})
		require.NoError(t, err)
		tx, err := outbox.Send(a.auth, uint8(eventpacket.KindFTTransfer), b.id, recAddr, payload)
		a.mined(t, tx, err)
	}
	logs, err := a.client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{outAddr},
		Topics: [][]common.Hash{{eventpacket.PacketSentEventID}}})
	if err != nil || len(logs) != 5 {
		t.Fatalf("%d PacketSent logs: %v", len(logs), err)
	}
	var packets []*eventpacket.Packet
	for _, l := range logs {
		p, err := eventpacket.DecodePacketSent(&l)
		require.NoError(t, err)
		packets = append(packets, p)
	}
	batch, err := eventpacket.NewBatch(packets)
	require.NoError(t, err)

	// Validators sign the checkpoint for chain B's inbox.
	set, keys := sigaggtest.Set(42, 7)
	vals := set.Validators()
	addrs, powers := make([]common.Address, len(vals)), make([]*big.Int, len(vals))
	for i, v := range vals {
		addrs[i], powers[i] = v.Address, v.Power
	}
	inboxAddr, tx, inbox, err := contracts.DeployPacketInbox(b.auth, b.client, addrs, powers)
	b.mined(t, tx, err)
	otherAddr, tx, other, err := contracts.DeployPacketInbox(b.auth, b.client, addrs, powers)
	b.mined(t, tx, err)
	if h, _ := inbox.ValidatorSetHash(&bind.CallOpts{}); h != set.Hash() {
		t.Fatal("the contract's validator-set hash differs from sigagg's")
	}
	head, _ := a.client.BlockNumber(ctx)
	cp := &eventpacket.PacketCheckpoint{Version: 1, SourceChainID: a.id.Uint64(), Number: 1, StartHeight: 0, EndHeight: head,
		PacketRoot: batch.Root(), PacketCount: batch.Len(), ValidatorSetHash: set.Hash()}
	domain := eventpacket.DefaultDomain(b.id.Uint64(), inboxAddr)
	if sep, _ := inbox.DomainSeparator(&bind.CallOpts{}); sep != domain.Separator() {
		t.Fatal("EIP-712 domain separator differs between the SDK and the contract")
	}
	var sigs []sigagg.Signature
	for _, k := range keys[:5] {
		s, err := eventpacket.Sign(cp, domain, k.Private)
		require.NoError(t, err)
		sigs = append(sigs, s)
	}
	cpArg := contracts.PacketInboxCheckpoint{Version: cp.Version, SourceChainId: a.id, Number: cp.Number,
		StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, PacketRoot: cp.PacketRoot, PacketCount: cp.PacketCount,
		StateRoot: cp.StateRoot, ValidatorSetHash: cp.ValidatorSetHash}
	if d, _ := inbox.CheckpointDigest(&bind.CallOpts{}, cpArg); d != cp.Digest(domain) {
		t.Fatal("EIP-712 digest differs between the SDK and the contract")
	}
	words := make([][3]*big.Int, len(sigs))
	for i := range sigs {
		words[i] = sigs[i].ToContract()
	}

	deliver := func(in *contracts.PacketInbox, inAddr common.Address, i int) (sdkErr, evmErr error) {
		proof, _ := batch.Prove(uint64(i))
		enc, _ := packets[i].Encode()
		sdkErr = eventpacket.VerifyDelivery(eventpacket.DefaultDomain(b.id.Uint64(), inAddr), packets[i], proof, cp, sigs, set, sigagg.CountQuorum)
		opts := *b.auth
		opts.GasLimit = 2_000_000 // send even when the call would revert
		tx, err := in.Deliver(&opts, enc, new(big.Int).SetUint64(proof.Index), toBytes32(proof.Siblings), cpArg, words)
		if err != nil {
			return sdkErr, err
		}
		rec := b.mined(t, tx, nil)
		if rec.Status != types.ReceiptStatusSuccessful {
			evmErr = errReverted
		} else if i == 0 {
			t.Logf("deliver: %d gas (5-packet batch, 5 of 7 signatures)", rec.GasUsed)
		}
		return sdkErr, evmErr
	}
	for i := range packets {
		sdkErr, evmErr := deliver(inbox, inboxAddr, i)
		if sdkErr != nil || evmErr != nil {
			t.Fatalf("packet %d: SDK %v, contract %v", i, sdkErr, evmErr)
		}
	}
	if n, _ := recorder.ReceivedCount(&bind.CallOpts{}); n.Int64() != 5 {
		t.Fatalf("receiver got %v packets", n)
	}
	if ok, _ := inbox.Delivered(&bind.CallOpts{}, mustID(t, packets[2])); !ok {
		t.Fatal("delivered id not recorded under the SDK's packet ID")
	}
	// Replay: the contract refuses; the SDK's guard refuses the same ID.
	if _, evmErr := deliver(inbox, inboxAddr, 2); evmErr == nil {
		t.Fatal("replay accepted by the contract")
	}
	guard := eventpacket.NewMemoryGuard()
	require.NoError(t, guard.Mark(ctx, mustID(t, packets[2])))
	if err := guard.Mark(ctx, mustID(t, packets[2])); !errors.Is(err, eventpacket.ErrReplay) {
		t.Fatal("replay accepted by the guard")
	}
	// Another inbox (another verifying contract): both refuse.
	sdkErr, evmErr := deliver(other, otherAddr, 0)
	if sdkErr == nil || evmErr == nil {
		t.Fatalf("reuse for another contract: SDK %v, contract %v", sdkErr, evmErr)
	}
	// Another chain: an inbox on chain A with the same validators refuses
	// the checkpoint signed for chain B's inbox, and so does the SDK.
	aInboxAddr, tx, aInbox, err := contracts.DeployPacketInbox(a.auth, a.client, addrs, powers)
	a.mined(t, tx, err)
	{
		proof, _ := batch.Prove(1)
		enc, _ := packets[1].Encode()
		if eventpacket.VerifyDelivery(eventpacket.DefaultDomain(a.id.Uint64(), aInboxAddr), packets[1], proof, cp, sigs, set, sigagg.CountQuorum) == nil {
			t.Fatal("SDK accepts the checkpoint on another chain")
		}
		opts := *a.auth
		opts.GasLimit = 2_000_000
		tx, err := aInbox.Deliver(&opts, enc, big.NewInt(1), toBytes32(proof.Siblings), cpArg, words)
		if rec := a.mined(t, tx, err); rec.Status == types.ReceiptStatusSuccessful {
			t.Fatal("contract on another chain accepts the checkpoint")
		}
	}
	// A tampered packet: both refuse.
	bad := *packets[3]
	bad.Payload = &eventpacket.FTTransfer{Token: common.Address{0x70}, From: common.Address{0x71}, To: common.Address{0x72}, Amount: big.NewInt(999999)}
	proof, _ := batch.Prove(3)
	enc, _ := bad.Encode()
	if eventpacket.VerifyDelivery(domain, &bad, proof, cp, sigs, set, sigagg.CountQuorum) == nil {
		t.Fatal("SDK accepts a tampered packet")
	}
	opts := *b.auth
	opts.GasLimit = 2_000_000
	tx, err = inbox.Deliver(&opts, enc, big.NewInt(3), toBytes32(proof.Siblings), cpArg, words)
	if rec := b.mined(t, tx, err); rec.Status == types.ReceiptStatusSuccessful {
		t.Fatal("contract accepts a tampered packet")
	}
}

type revertError struct{}

func (revertError) Error() string { return "reverted" }

var errReverted = revertError{}

func toBytes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// mustID returns p's ID, failing the test if p is invalid.
func mustID(t testing.TB, p *eventpacket.Packet) common.Hash {
	t.Helper()
	id, err := p.ID()
	require.NoError(t, err)
	return id
}
