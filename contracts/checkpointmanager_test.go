package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/stretchr/testify/require"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

const bttcChainID = 199

// env is a simulated EVM with a deployed CheckpointManager whose validators
// are a generated set.
type env struct {
	backend *simulated.Chain
	client  *simulated.Chain
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	cm      *contracts.CheckpointManager
	addr    common.Address
	set     *sigagg.ValidatorSet
	keys    []sigaggtest.Key
}

func newEnv(t testing.TB, validators int) *env {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	backend := simulated.New(1337, types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}}, chains.Finality{})
	t.Cleanup(func() { backend.Close() })
	client := backend
	chainID, err := client.ChainID(context.Background())
	require.NoError(t, err)
	set, keys := sigaggtest.Set(uint64(validators), validators)
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = k.Address
	}
	auth, _ := bind.NewKeyedTransactorWithChainID(key, chainID)
	addr, _, cm, err := contracts.DeployCheckpointManager(auth, client, big.NewInt(bttcChainID), addrs)
	require.NoError(t, err)
	backend.Commit()
	return &env{backend: backend, client: client, key: key, from: from, chainID: chainID, cm: cm, addr: addr, set: set, keys: keys}
}

// send submits raw calldata to the contract and returns the receipt.
func (e *env) send(t testing.TB, data []byte) *types.Receipt {
	ctx := context.Background()
	nonce, err := e.client.PendingNonceAt(ctx, e.from)
	require.NoError(t, err)
	tip, _ := e.client.SuggestGasTipCap(ctx)
	head, _ := e.client.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.MustSignNewTx(e.key, types.LatestSignerForChainID(e.chainID), &types.DynamicFeeTx{
		ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 5_000_000, To: &e.addr, Data: data})
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	rec, err := e.backend.Mine(ctx, tx.Hash())
	require.NoError(t, err)
	return rec
}

// call runs calldata as eth_call: nil if it would succeed.
func (e *env) call(data []byte) error {
	_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: e.from, To: &e.addr, Data: data, Gas: 5_000_000}, nil)
	return err
}

// headersOf returns the simulated chain's own headers [from, to].
func (e *env) headersOf(t testing.TB, from, to uint64) []*types.Header {
	var hs []*types.Header
	for n := from; n <= to; n++ {
		h, err := e.client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
		require.NoError(t, err)
		hs = append(hs, h)
	}
	return hs
}

func signAll(t testing.TB, c *checkpoint.Data, keys []sigaggtest.Key) []sigagg.Signature {
	sigs := make([]sigagg.Signature, len(keys))
	for i, k := range keys {
		s, err := checkpoint.Sign(c, bttc.BTTC, k.Private)
		require.NoError(t, err)
		sigs[i] = s
	}
	return sigs
}

// TestSubmitCheckpointFromSDK: a checkpoint over the simulated chain's own
// headers, signed with the SDK and packed with PackSubmitCheckpoint, is
// accepted; the stored root is checkpoint.RootHash and the event decodes.
func TestSubmitCheckpointFromSDK(t *testing.T) {
	e := newEnv(t, 21)
	for i := 0; i < 6; i++ {
		e.backend.Commit()
	}
	headers := e.headersOf(t, 0, 5)
	root, err := checkpoint.RootHash(headers)
	require.NoError(t, err)
	c := &checkpoint.Data{Proposer: e.keys[0].Address, StartBlock: 0, EndBlock: 5, RootHash: root,
		AccountRootHash: common.HexToHash("0xacc0"), BorChainID: bttcChainID, Epoch: 1}
	sigs := signAll(t, c, e.keys[:15])
	calldata, err := checkpoint.PackSubmitCheckpoint(c.SignBytes(bttc.BTTC), sigs)
	require.NoError(t, err)
	if _, err := checkpoint.Verify(calldata, e.set, checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.CountQuorum, ChainID: bttcChainID}); err != nil {
		t.Fatal(err)
	}
	rec := e.send(t, calldata)
	if rec.Status != types.ReceiptStatusSuccessful {
		t.Fatal("submitCheckpoint reverted")
	}
	hb, err := e.cm.HeaderBlocks(&bind.CallOpts{}, big.NewInt(10000))
	require.NoError(t, err)
	if common.Hash(hb.Root) != root || hb.Start.Uint64() != 0 || hb.End.Uint64() != 5 {
		t.Fatalf("stored %x %v-%v, want %s 0-5", hb.Root, hb.Start, hb.End, root)
	}
	ev, err := checkpoint.DecodeNewHeaderBlock(rec.Logs[0])
	if err != nil || ev.HeaderBlockID.Int64() != 10000 || ev.Root != root || ev.Proposer != c.Proposer {
		t.Fatalf("event %+v: %v", ev, err)
	}
	// The next one must start right after; 10000 ids apart.
	c2 := *c
	c2.StartBlock, c2.EndBlock = 6, 9
	for i := 0; i < 4; i++ {
		e.backend.Commit()
	}
	c2.RootHash, _ = checkpoint.RootHash(e.headersOf(t, 6, 9))
	bad := c2
	bad.StartBlock = 7
	if err := e.call(must(checkpoint.PackSubmitCheckpoint(bad.SignBytes(bttc.BTTC), signAll(t, &bad, e.keys[:15])))); err == nil {
		t.Fatal("a non-contiguous checkpoint was accepted")
	}
	wrongChain := c2
	wrongChain.BorChainID = 1029
	if err := e.call(must(checkpoint.PackSubmitCheckpoint(wrongChain.SignBytes(bttc.BTTC), signAll(t, &wrongChain, e.keys[:15])))); err == nil {
		t.Fatal("a checkpoint for another chain id was accepted")
	}
	if rec := e.send(t, must(checkpoint.PackSubmitCheckpoint(c2.SignBytes(bttc.BTTC), signAll(t, &c2, e.keys[:15])))); rec.Status != 1 {
		t.Fatal("second checkpoint reverted")
	}
	if cur, _ := e.cm.CurrentHeaderBlock(&bind.CallOpts{}); cur.Int64() != 20000 {
		t.Fatalf("current header block %v", cur)
	}
}

// TestSimulateOnChainAgreesWithContract: 500 random signature lists —
// quorum subsets in order, then duplicates, disorder, unknown signers,
// high-s, bad v, garbage, or too few — and sigagg.SimulateOnChain agrees
// with the contract's accept/revert every time, and with its signer count.
func TestSimulateOnChainAgreesWithContract(t *testing.T) {
	e := newEnv(t, 10)
	c := &checkpoint.Data{Proposer: e.keys[0].Address, StartBlock: 0, EndBlock: 255,
		RootHash: common.HexToHash("0x01"), AccountRootHash: common.HexToHash("0x02"), BorChainID: bttcChainID, Epoch: 1}
	data := c.SignBytes(bttc.BTTC)
	vote := c.VoteHash(bttc.BTTC)
	outsider := sigaggtest.Outsider(1)
	r := rand.New(rand.NewPCG(500, 7))
	accepted, reverted := 0, 0
	for run := 0; run < 500; run++ {
		// A random subset of the validators, in address order.
		var sigs []sigagg.Signature
		for _, k := range e.keys {
			if r.IntN(10) < 8 {
				sigs = append(sigs, sigaggtest.Sign(vote, k))
			}
		}
		for ops := r.IntN(3); ops > 0 && len(sigs) > 0; ops-- {
			i := r.IntN(len(sigs))
			switch r.IntN(8) {
			case 0:
				sigs = sigaggtest.Duplicate(sigs, i)
			case 1:
				sigs = sigaggtest.Swap(sigs, i, r.IntN(len(sigs)))
			case 2:
				sigs[i] = sigaggtest.Sign(vote, outsider)
			case 3:
				sigs[i] = sigaggtest.HighS(sigs[i])
			case 4:
				sigs[i][64] = byte(r.IntN(256))
			case 5:
				for b := 0; b < 64; b++ {
					sigs[i][b] = byte(r.IntN(256))
				}
			case 6:
				sigs = sigs[:i]
			case 7:
				sigs = append([]sigagg.Signature{sigaggtest.HighS(sigs[i])}, sigs...)
			}
		}
		calldata, err := packRaw(data, sigs)
		require.NoError(t, err)
		sim := sigagg.SimulateOnChain(vote, sigs, e.set, sigagg.CountQuorum, sigagg.OnChainOptions{})
		err = e.call(calldata)
		if (err == nil) != sim.Accepted {
			t.Fatalf("run %d: contract says %v, SimulateOnChain accepted=%v reverted=%v (%s)", run, err, sim.Accepted, sim.Reverted, sim.RevertReason)
		}
		if sim.Accepted {
			accepted++
		}
		if sim.Reverted {
			reverted++
			continue
		}
		words := make([][3]*big.Int, len(sigs))
		for i := range sigs {
			words[i] = rawWords(sigs[i])
		}
		count, err := e.cm.CheckSignatures(&bind.CallOpts{}, vote, words)
		if err != nil || count.Int64() != int64(len(sim.Signers)) {
			t.Fatalf("run %d: contract counts %v (%v), SimulateOnChain %d", run, count, err, len(sim.Signers))
		}
	}
	if accepted < 50 || accepted > 450 || reverted == 0 {
		t.Fatalf("unbalanced lists: %d accepted, %d reverted of 500", accepted, reverted)
	}
	t.Logf("500 lists: %d accepted, %d reverted, the rest rejected by count", accepted, reverted)
}

// rawWords is the contract form with V passed through as is (ToContract
// would normalise it), so bad v values reach the contract.
func rawWords(s sigagg.Signature) [3]*big.Int {
	return [3]*big.Int{new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), big.NewInt(int64(s[64]))}
}

func packRaw(data []byte, sigs []sigagg.Signature) ([]byte, error) {
	parsed, err := contracts.CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	words := make([][3]*big.Int, len(sigs))
	for i := range sigs {
		words[i] = rawWords(sigs[i])
	}
	return parsed.Pack("submitCheckpoint", data, words)
}

// TestSubmitCheckpointGas reports the gas of submitCheckpoint with the
// minimal quorum of 21 and 100 validators (recorded in BENCHMARKS.md).
func TestSubmitCheckpointGas(t *testing.T) {
	for _, n := range []int{21, 100} {
		e := newEnv(t, n)
		c := &checkpoint.Data{Proposer: e.keys[0].Address, StartBlock: 0, EndBlock: 255,
			RootHash: common.HexToHash("0x01"), AccountRootHash: common.HexToHash("0x02"), BorChainID: bttcChainID, Epoch: 1}
		m := n*2/3 + 1
		rec := e.send(t, must(checkpoint.PackSubmitCheckpoint(c.SignBytes(bttc.BTTC), signAll(t, c, e.keys[:m]))))
		if rec.Status != 1 {
			t.Fatalf("n=%d: reverted", n)
		}
		t.Logf("submitCheckpoint, %d of %d validators: %d gas (%d per signature)", m, n, rec.GasUsed, rec.GasUsed/uint64(m))
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
