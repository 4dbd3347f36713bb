package sigagg_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The signature of the repro: digest 1, r = Gx, s = 1, v = 27.
// Its recovered key is the point at infinity.
func infinityRepro() (common.Hash, sigagg.Signature) {
	var sig sigagg.Signature
	copy(sig[:32], common.FromHex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"))
	sig[63] = 1
	sig[64] = 27
	return common.BigToHash(big.NewInt(1)), sig
}

func TestTRONInfinitySigner(t *testing.T) {
	assert.Equal(t, common.HexToAddress("0xdcc703c0e500b653ca82273b7bfad8045d85a470"), sigagg.TRONInfinitySigner)

	digest, sig := infinityRepro()
	// The EVM fails: go-ethereum's ecrecover (libsecp256k1 with cgo, dcrd
	// without) finds no key.
	raw := append(sig[:64:64], 0)
	_, err := crypto.Ecrecover(digest[:], raw)
	require.Error(t, err, "go-ethereum recovers a key for the infinity signature")

	set, keys := sigaggtest.Set(5, 4) // threshold 3
	sigs := sigaggtest.Quorum(digest, keys, 3)
	sigs = append(sigs, sig) // reached after the signers only if its TRON address is above them
	if last, _, _ := sigs[2].Recover(digest); last.Cmp(sigagg.TRONInfinitySigner) > 0 {
		sigs = append([]sigagg.Signature{sig}, sigs[:3]...)
	}
	evm := sigagg.SimulateOnChain(digest, sigs, set, sigagg.CountQuorum, sigagg.OnChainOptions{})
	assert.True(t, evm.Reverted)
	assert.Contains(t, evm.RevertReason, sigagg.RevertEcrecover)
	tron := sigagg.SimulateOnChain(digest, sigs, set, sigagg.CountQuorum, sigagg.OnChainOptions{Ecrecover: sigagg.TRONEcrecover})
	assert.True(t, tron.Accepted, tron.Reason())
	assert.Len(t, tron.Signers, 3)

	// The strict path names it: no key recovers.
	_, err = sigagg.Verify(digest, []sigagg.Signature{sig}, set, sigagg.CountQuorum)
	require.ErrorIs(t, err, sigagg.ErrInvalidSignature)
}

func TestZeroPowerIsPresentButNotCounted(t *testing.T) {
	_, keys := sigaggtest.Set(6, 4)
	vals := make([]sigagg.Validator, len(keys))
	for i, k := range keys {
		vals[i] = sigagg.Validator{Address: k.Address, Power: big.NewInt(1)}
	}
	vals[1].Power = new(big.Int)
	set, err := sigagg.NewValidatorSet(vals)
	require.NoError(t, err)
	needed, _ := sigagg.CountQuorum.Needed(set)
	require.EqualValues(t, 3, needed.Int64(), "the zero-power validator counts toward n")

	digest := common.Hash{7}
	all := sigaggtest.Quorum(digest, keys, 4)
	_, err = sigagg.Verify(digest, all, set, sigagg.CountQuorum)
	require.ErrorIs(t, err, sigagg.ErrInactiveSigner)
	var e *sigagg.Error
	require.ErrorAs(t, err, &e)

	r := sigagg.SimulateOnChain(digest, all, set, sigagg.CountQuorum, sigagg.OnChainOptions{})
	assert.True(t, r.Accepted)
	assert.Len(t, r.Signers, 3)
	assert.NotContains(t, r.Signers, vals[1].Address)

	agg, err := sigagg.NewAggregator(digest, set, sigagg.CountQuorum)
	require.NoError(t, err)
	zeroKey := keys[0]
	for _, k := range keys {
		if k.Address == vals[1].Address {
			zeroKey = k
		}
	}
	_, err = agg.Add(sigaggtest.Sign(digest, zeroKey))
	require.ErrorIs(t, err, sigagg.ErrInactiveSigner)
}

func TestContractViewReadsTheLowByte(t *testing.T) {
	digest := common.Hash{9}
	_, keys := sigaggtest.Set(7, 1)
	sig := sigaggtest.Sign(digest, keys[0])
	w := sig.ToContract()
	w[2] = new(big.Int).Add(w[2], new(big.Int).Lsh(big.NewInt(0xab), 64))

	_, err := sigagg.FromContract(w)
	require.ErrorIs(t, err, sigagg.ErrBadRecoveryID)
	view, err := sigagg.ContractView(w)
	require.NoError(t, err)
	assert.Equal(t, sig[:64], view[:64])
	assert.Equal(t, sig[64]+27, view[64])

	w[0] = new(big.Int).Lsh(big.NewInt(1), 256)
	_, err = sigagg.ContractView(w)
	require.ErrorIs(t, err, sigagg.ErrInvalidSignature)
}

func TestAddPublicKeyRejectsInvalidPoints(t *testing.T) {
	p := crypto.S256().Params().P
	// A key off the curve whose hash is a validator's address: the set
	// must not keep it.
	offX, offY := big.NewInt(1), big.NewInt(2)
	var xy [64]byte
	offX.FillBytes(xy[:32])
	offY.FillBytes(xy[32:])
	offAddr := common.BytesToAddress(crypto.Keccak256(xy[:])[12:])
	// A valid key with X + p in place of X (same X mod p).
	good, _ := crypto.GenerateKey()
	bigX := new(big.Int).Add(good.X, p)
	var xy2 [64]byte
	if bigX.BitLen() <= 256 {
		bigX.FillBytes(xy2[:32])
	}
	good.Y.FillBytes(xy2[32:])
	bigAddr := common.BytesToAddress(crypto.Keccak256(xy2[:])[12:])

	set, err := sigagg.NewValidatorSet([]sigagg.Validator{{Address: offAddr, Power: big.NewInt(1)}, {Address: bigAddr, Power: big.NewInt(1)}})
	require.NoError(t, err)
	for _, pub := range []*ecdsa.PublicKey{
		{Curve: crypto.S256(), X: offX, Y: offY},
		{Curve: crypto.S256(), X: bigX, Y: good.Y},
		{Curve: crypto.S256(), X: big.NewInt(-1), Y: good.Y},
		nil,
	} {
		require.ErrorIs(t, set.AddPublicKey(pub), sigagg.ErrBadPublicKey)
	}
	assert.Zero(t, set.KnownKeys())
	require.ErrorIs(t, set.AddPublicKey(&good.PublicKey), sigagg.ErrNotValidator)
}

func TestVerifyBoundsTheList(t *testing.T) {
	set, keys := sigaggtest.Set(8, 4)
	digest := common.Hash{1}
	sigs := sigaggtest.Quorum(digest, keys, 4)
	sigs = append(sigs, sigs[3])
	_, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum)
	require.ErrorIs(t, err, sigagg.ErrTooManySignatures)
}

// A, B, A is ErrUnsorted (the list must ascend), A, A ErrDuplicateSigner,
// as the kinds' documentation says.
func TestRepeatedSignerKinds(t *testing.T) {
	set, keys := sigaggtest.Set(9, 4)
	digest := common.Hash{2}
	sigs := sigaggtest.Quorum(digest, keys, 2)
	_, err := sigagg.Verify(digest, []sigagg.Signature{sigs[0], sigs[1], sigs[0]}, set, sigagg.CountQuorum)
	require.ErrorIs(t, err, sigagg.ErrUnsorted)
	_, err = sigagg.Verify(digest, []sigagg.Signature{sigs[0], sigs[0]}, set, sigagg.CountQuorum)
	require.ErrorIs(t, err, sigagg.ErrDuplicateSigner)
}
