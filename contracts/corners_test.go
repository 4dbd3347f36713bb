package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// The four corners where BTTC's StakeManager differs from a naive reading
// of its loop, each run on our CheckpointManager (which reproduces them)
// and on sigagg.SimulateOnChain, which must agree.

// setState sets a validator's stake and jailed status on the contract.
func (e *env) setState(t *testing.T, v common.Address, stake int64, jailed bool) {
	t.Helper()
	auth, err := bind.NewKeyedTransactorWithChainID(e.key, e.chainID)
	require.NoError(t, err)
	tx, err := e.cm.SetValidatorState(auth, v, big.NewInt(stake), jailed)
	require.NoError(t, err)
	rec, err := e.backend.Mine(context.Background(), tx.Hash())
	require.NoError(t, err)
	require.EqualValues(t, 1, rec.Status)
}

// sdkSet is the SDK's model of the contract: the validators that are not
// jailed, with their stakes as power.
func sdkSet(t *testing.T, keys []sigaggtest.Key, stakes map[common.Address]int64, jailed map[common.Address]bool) (*sigagg.ValidatorSet, sigagg.OnChainOptions) {
	var vals []sigagg.Validator
	var opts sigagg.OnChainOptions
	for _, k := range keys {
		if jailed[k.Address] {
			opts.Jailed = append(opts.Jailed, k.Address)
			continue
		}
		p, ok := stakes[k.Address]
		if !ok {
			p = 1
		}
		vals = append(vals, sigagg.Validator{Address: k.Address, Power: big.NewInt(p)})
	}
	set, err := sigagg.NewValidatorSet(vals)
	require.NoError(t, err)
	return set, opts
}

func cornerData(e *env) (*checkpoint.Data, []byte, common.Hash) {
	c := &checkpoint.Data{Proposer: e.keys[0].Address, StartBlock: 0, EndBlock: 255,
		RootHash: common.HexToHash("0x01"), AccountRootHash: common.HexToHash("0x02"), BorChainID: bttcChainID, Epoch: 1}
	return c, c.SignBytes(bttc.BTTC), c.VoteHash(bttc.BTTC)
}

// agree checks that the contract and the simulation give the same verdict
// on one list, and returns the simulation's result.
func agree(t *testing.T, e *env, data []byte, vote common.Hash, sigs []sigagg.Signature, set *sigagg.ValidatorSet, opts sigagg.OnChainOptions, what string) sigagg.OnChainResult {
	t.Helper()
	calldata, err := packRaw(data, sigs)
	require.NoError(t, err)
	sim := sigagg.SimulateOnChain(vote, sigs, set, sigagg.CountQuorum, opts)
	evmErr := e.call(calldata)
	require.Equalf(t, sim.Accepted, evmErr == nil, "%s: contract says %v, simulation %q", what, evmErr, sim.Reason())
	return sim
}

// Corner 1: a validator with zero stake is present (it counts toward the
// threshold) but its signature is never counted.
func TestCornerZeroStake(t *testing.T) {
	e := newEnv(t, 7) // threshold 7*2/3+1 = 5
	_, data, vote := cornerData(e)
	zero := e.keys[3].Address
	e.setState(t, zero, 0, false)
	set, opts := sdkSet(t, e.keys, map[common.Address]int64{zero: 0}, nil)

	all := sigaggtest.Quorum(vote, e.keys, 7)
	sim := agree(t, e, data, vote, all, set, opts, "all seven sign")
	require.True(t, sim.Accepted)
	require.Len(t, sim.Signers, 6, "the zero-stake signer is not counted")
	count, err := e.cm.CheckSignatures(&bind.CallOpts{}, vote, words(all))
	require.NoError(t, err)
	require.EqualValues(t, 6, count.Int64())

	five := sigaggtest.Quorum(vote, e.keys, 5) // includes keys[3]: 4 count, 5 needed
	sim = agree(t, e, data, vote, five, set, opts, "five including the zero-stake one")
	require.False(t, sim.Accepted)
	_, err = sigagg.Verify(vote, five, set, sigagg.CountQuorum)
	require.ErrorIs(t, err, sigagg.ErrInactiveSigner)
}

// Corner 2: the StakeManager's memory array of unsigned validators has
// len(signer list) + stakerCount entries; copies of a jailed validator's
// signature fill it, and one entry too many reverts.
func TestCornerMemoryBound(t *testing.T) {
	e := newEnv(t, 21)
	_, data, vote := cornerData(e)
	keys := slices.Clone(e.keys)
	slices.SortFunc(keys, func(a, b sigaggtest.Key) int { return bytes.Compare(a.Address[:], b.Address[:]) })
	jailedKey := keys[len(keys)-1] // the highest address: its copies never stop the loop
	e.setState(t, jailedKey.Address, 1, true)
	set, opts := sdkSet(t, keys, nil, map[common.Address]bool{jailedKey.Address: true})
	active := sigaggtest.Quorum(vote, keys[:20], 20)
	jailedSig := sigaggtest.Sign(vote, jailedKey)
	capacity := 21 + 20
	for _, copies := range []int{0, 1, capacity - 1, capacity, capacity + 1, 64} {
		sigs := slices.Clone(active)
		for i := 0; i < copies; i++ {
			sigs = append(sigs, jailedSig)
		}
		sim := agree(t, e, data, vote, sigs, set, opts, "20 signers and jailed copies")
		require.Equal(t, copies <= capacity, sim.Accepted, "%d copies", copies)
		if copies > capacity {
			require.Equal(t, sigagg.RevertMemoryBound, sim.RevertReason)
		}
	}

	// Random lists with a jailed validator anywhere in the order: the
	// contract and the simulation agree on every one.
	r := rand.New(rand.NewPCG(21, 4))
	outcomes := map[string]int{}
	for run := 0; run < 30; run++ {
		e2 := newEnv(t, 9)
		_, data2, vote2 := cornerData(e2)
		ks := slices.Clone(e2.keys)
		slices.SortFunc(ks, func(a, b sigaggtest.Key) int { return bytes.Compare(a.Address[:], b.Address[:]) })
		jailed := map[common.Address]bool{}
		for len(jailed) < 1+r.IntN(2) {
			jailed[ks[r.IntN(len(ks))].Address] = true
		}
		for a := range jailed {
			e2.setState(t, a, 1, true)
		}
		set2, opts2 := sdkSet(t, ks, nil, jailed)
		var sigs []sigagg.Signature
		for _, k := range ks {
			n := 1
			if jailed[k.Address] {
				n = r.IntN(12)
			} else if r.IntN(10) == 0 {
				n = 0
			}
			for i := 0; i < n; i++ {
				sigs = append(sigs, sigaggtest.Sign(vote2, k))
			}
		}
		sim := agree(t, e2, data2, vote2, sigs, set2, opts2, "random jailed copies")
		switch {
		case sim.Accepted:
			outcomes["accepted"]++
		case sim.RevertReason == sigagg.RevertMemoryBound:
			outcomes["memory bound"]++
		default:
			outcomes["other"]++
		}
	}
	t.Logf("random lists: %v", outcomes)
	require.Positive(t, outcomes["accepted"])
	require.Positive(t, outcomes["memory bound"])
}

// Corner 3: the contract reads only the low byte of the V word. Strict
// decoding rejects calldata with higher bits set; the contract path reads
// what the contract reads, and the contract accepts it.
func TestCornerVWord(t *testing.T) {
	e := newEnv(t, 7)
	_, data, vote := cornerData(e)
	sigs := sigaggtest.Quorum(vote, e.keys, 5)
	ws := words(sigs)
	ws[2][2] = new(big.Int).Add(ws[2][2], new(big.Int).Lsh(big.NewInt(1), 200)) // V = 27|28 + 2^200
	parsed, err := contracts.CheckpointManagerMetaData.GetAbi()
	require.NoError(t, err)
	calldata, err := parsed.Pack("submitCheckpoint", data, ws)
	require.NoError(t, err)

	_, _, err = checkpoint.UnpackSubmitCheckpoint(calldata)
	require.ErrorIs(t, err, sigagg.ErrBadRecoveryID, "strict path")
	_, err = checkpoint.Verify(calldata, e.set, checkpoint.Expect{Quorum: sigagg.CountQuorum, Layout: bttc.BTTC})
	require.ErrorIs(t, err, checkpoint.ErrBadCalldata)

	_, asContract, err := checkpoint.UnpackSubmitCheckpointAsContract(calldata)
	require.NoError(t, err)
	sim := sigagg.SimulateOnChain(vote, asContract, e.set, sigagg.CountQuorum, sigagg.OnChainOptions{})
	require.True(t, sim.Accepted, sim.Reason())
	require.NoError(t, e.call(calldata), "the contract reads the low byte and accepts")
}

// Corner 4: a signature whose key is the point at infinity. The EVM's
// ecrecover fails and the loop reverts; TRON's returns an address and the
// loop goes on. The EVM half runs on the contract; the TRON half on the
// simulation's TRON mode.
func TestCornerInfinityKey(t *testing.T) {
	e := newEnv(t, 7)
	_, data, vote := cornerData(e)
	sigs := sigaggtest.Quorum(vote, e.keys, 5)
	inf := infinitySignature(vote)
	// Place it where the loop reaches it: after the signers if its TRON
	// address is above theirs, else first (address 0 would not stop it).
	list := append(slices.Clone(sigs), inf)
	last := sigs[len(sigs)-1]
	lastSigner, _, err := last.Recover(vote)
	require.NoError(t, err)
	if bytes.Compare(sigagg.TRONInfinitySigner[:], lastSigner[:]) < 0 {
		list = append([]sigagg.Signature{inf}, sigs...)
	}
	sim := agree(t, e, data, vote, list, e.set, sigagg.OnChainOptions{}, "EVM: infinity key")
	require.True(t, sim.Reverted)
	tron := sigagg.SimulateOnChain(vote, list, e.set, sigagg.CountQuorum, sigagg.OnChainOptions{Ecrecover: sigagg.TRONEcrecover})
	require.True(t, tron.Accepted, tron.Reason())
	require.Len(t, tron.Signers, 5)
}

// infinitySignature returns a low-s signature over digest whose recovered
// key is the point at infinity: R = ±G and s = ±e, so s·R = e·G.
func infinitySignature(digest common.Hash) sigagg.Signature {
	n := crypto.S256().Params().N
	e := new(big.Int).Mod(new(big.Int).SetBytes(digest[:]), n)
	var sig sigagg.Signature
	crypto.S256().Params().Gx.FillBytes(sig[:32])
	s, v := e, byte(0) // G's y is even: V 0 selects R = G
	if e.Cmp(new(big.Int).Rsh(n, 1)) > 0 {
		s, v = new(big.Int).Sub(n, e), 1 // R = -G, s = -e
	}
	s.FillBytes(sig[32:64])
	sig[64] = v
	return sig
}

func words(sigs []sigagg.Signature) [][3]*big.Int {
	ws := make([][3]*big.Int, len(sigs))
	for i := range sigs {
		ws[i] = sigs[i].ToContract()
	}
	return ws
}
