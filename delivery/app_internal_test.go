package delivery

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"testing"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/bttc-relay/sdk/sigagg"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// fixture is one validator's App among 4, over an in-memory BTTC of 100
// final blocks, with checkpoints of 8 blocks.
type fixture struct {
	app  *App
	keys []*ecdsa.PrivateKey
	cons [][]byte // consensus addresses
}

func newFixture(t *testing.T) *fixture {
	f := &fixture{}
	gen := Genesis{BorChainID: 199, Epoch: 1, Interval: 8}
	for i := 0; i < 4; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i)}, []byte("delivery app test")))
		require.NoError(t, err)
		f.keys = append(f.keys, k)
		f.cons = append(f.cons, []byte{byte(i), 0xc0})
		gen.Validators = append(gen.Validators, GenesisValidator{ConsensusAddress: f.cons[i], Signer: crypto.PubkeyToAddress(k.PublicKey), Power: 1})
	}
	f.app = NewApp(Config{BTTC: relaytest.NewMemChain(100), Signer: f.keys[0]})
	state, err := json.Marshal(gen)
	require.NoError(t, err)
	_, err = f.app.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: state})
	require.NoError(t, err)
	return f
}

// proposal is what validator 1 proposes at height 1: the checkpoint of
// blocks 0-7.
func (f *fixture) proposal(t *testing.T) []byte {
	res, err := f.app.PrepareProposal(context.Background(), &abci.RequestPrepareProposal{Height: 1, ProposerAddress: f.cons[1]})
	require.NoError(t, err)
	require.Len(t, res.Txs, 1)
	return res.Txs[0]
}

func (f *fixture) process(t *testing.T, height int64, txs ...[]byte) abci.ResponseProcessProposal_ProposalStatus {
	res, err := f.app.ProcessProposal(context.Background(), &abci.RequestProcessProposal{Height: height, Txs: txs,
		Hash: []byte{byte(height)}, ProposerAddress: f.cons[1]})
	require.NoError(t, err)
	return res.Status
}

func mutateTx(t *testing.T, raw []byte, f func(*tx)) []byte {
	var tr tx
	require.NoError(t, json.Unmarshal(raw, &tr))
	f(&tr)
	b, err := json.Marshal(tr)
	require.NoError(t, err)
	return b
}

func withSignBytes(t *testing.T, raw []byte, f func(d *checkpoint.Data)) []byte {
	return mutateTx(t, raw, func(tr *tx) {
		it, err := parseItem(tr.Item)
		require.NoError(t, err)
		d, _, err := checkpoint.DecodeSignBytes(it.SignBytes)
		require.NoError(t, err)
		f(d)
		it.SignBytes = d.SignBytes(bttc.BTTC)
		tr.Item = it.bytes()
	})
}

// ProcessProposal accepts the honest proposal and rejects every mutation
// of it: another root, range, proposer, chain id, epoch, an item that is
// not canonical, two proposals, an unknown kind, a ready without a
// proposal before it.
func TestProcessProposalMutations(t *testing.T) {
	f := newFixture(t)
	good := f.proposal(t)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, f.process(t, 1, good))
	muts := map[string][]byte{
		"root":      withSignBytes(t, good, func(d *checkpoint.Data) { d.RootHash[0] ^= 1 }),
		"start":     withSignBytes(t, good, func(d *checkpoint.Data) { d.StartBlock, d.EndBlock = 8, 15 }),
		"end":       withSignBytes(t, good, func(d *checkpoint.Data) { d.EndBlock = 8 }),
		"proposer":  withSignBytes(t, good, func(d *checkpoint.Data) { d.Proposer[0] ^= 1 }),
		"chain id":  withSignBytes(t, good, func(d *checkpoint.Data) { d.BorChainID = 1029 }),
		"epoch":     withSignBytes(t, good, func(d *checkpoint.Data) { d.Epoch = 2 }),
		"not final": withSignBytes(t, good, func(d *checkpoint.Data) { d.StartBlock, d.EndBlock = 96, 103 }),
		"kind":      mutateTx(t, good, func(tr *tx) { tr.Kind = "vote" }),
		"not canonical": mutateTx(t, good, func(tr *tx) {
			tr.Item = append([]byte(" "), tr.Item...)
		}),
		"ready without a proposal": mutateTx(t, good, func(tr *tx) { tr.Kind = "ready" }),
		"not JSON":                 []byte("{"),
	}
	for name, m := range muts {
		require.Equal(t, abci.ResponseProcessProposal_REJECT, f.process(t, 1, m), name)
	}
	require.Equal(t, abci.ResponseProcessProposal_REJECT, f.process(t, 1, good, good), "two proposals")
}

// VerifyVoteExtension accepts a validator's signature over the block's
// item and refuses: another validator's, over another item, garbage,
// truncated, an unknown validator.
func TestVerifyVoteExtensionMutations(t *testing.T) {
	f := newFixture(t)
	good := f.proposal(t)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, f.process(t, 1, good))
	var tr tx
	require.NoError(t, json.Unmarshal(good, &tr))
	it, err := parseItem(tr.Item)
	require.NoError(t, err)
	d, _, err := checkpoint.DecodeSignBytes(it.SignBytes)
	require.NoError(t, err)
	sign := func(k *ecdsa.PrivateKey, data *checkpoint.Data) sigagg.Signature {
		s, err := checkpoint.Sign(data, bttc.BTTC, k)
		require.NoError(t, err)
		return s
	}
	verify := func(validator []byte, ext []byte) abci.ResponseVerifyVoteExtension_VerifyStatus {
		res, err := f.app.VerifyVoteExtension(context.Background(), &abci.RequestVerifyVoteExtension{Hash: []byte{1},
			ValidatorAddress: validator, Height: 1, VoteExtension: ext})
		require.NoError(t, err)
		return res.Status
	}
	require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, verify(f.cons[2], extension(tr.Item, sign(f.keys[2], d))))
	require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, verify(f.cons[2], nil), "declining to sign")
	other := *d
	other.RootHash[0] ^= 1
	otherItem := (&item{SignBytes: other.SignBytes(bttc.BTTC)}).bytes()
	for name, c := range map[string]struct {
		validator, ext []byte
	}{
		"another validator's signature":     {f.cons[2], extension(tr.Item, sign(f.keys[3], d))},
		"a wrong root, signed":              {f.cons[2], extension(otherItem, sign(f.keys[2], &other))},
		"the right item, wrong root signed": {f.cons[2], extension(tr.Item, sign(f.keys[2], &other))},
		"garbage":                           {f.cons[2], append(append([]byte(nil), tr.Item...), bytes.Repeat([]byte{0x42}, 65)...)},
		"truncated":                         {f.cons[2], extension(tr.Item, sign(f.keys[2], d))[:100]},
		"unknown validator":                 {[]byte{9, 9}, extension(tr.Item, sign(f.keys[2], d))},
	} {
		require.Equal(t, abci.ResponseVerifyVoteExtension_REJECT, verify(c.validator, c.ext), name)
	}
	require.Equal(t, 6, f.app.RejectedExtensions())
}

// The next proposer turns >2/3 of the extensions into a ready checkpoint
// (sorted, contract-acceptable); with 2 of 4 it cannot.
func TestCollect(t *testing.T) {
	f := newFixture(t)
	good := f.proposal(t)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, f.process(t, 1, good))
	_, err := f.app.FinalizeBlock(context.Background(), &abci.RequestFinalizeBlock{Height: 1, Txs: [][]byte{good}})
	require.NoError(t, err)
	var tr tx
	require.NoError(t, json.Unmarshal(good, &tr))
	it, _ := parseItem(tr.Item)
	d, _, _ := checkpoint.DecodeSignBytes(it.SignBytes)
	votes := func(n int) []abci.ExtendedVoteInfo {
		var out []abci.ExtendedVoteInfo
		for i := 0; i < n; i++ {
			s, err := checkpoint.Sign(d, bttc.BTTC, f.keys[i])
			require.NoError(t, err)
			out = append(out, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: f.cons[i], Power: 10}, VoteExtension: extension(tr.Item, s)})
		}
		return out
	}
	prep := func(n int) []string {
		res, err := f.app.PrepareProposal(context.Background(), &abci.RequestPrepareProposal{Height: 2, ProposerAddress: f.cons[2],
			LocalLastCommit: abci.ExtendedCommitInfo{Votes: votes(n)}})
		require.NoError(t, err)
		var kinds []string
		for _, raw := range res.Txs {
			var t2 tx
			require.NoError(t, json.Unmarshal(raw, &t2))
			kinds = append(kinds, t2.Kind)
		}
		return kinds
	}
	require.Equal(t, []string{"propose"}, prep(2), "2 of 4: no ready, the same range again")
	require.Equal(t, []string{"ready", "propose"}, prep(3), "3 of 4: ready, and the next range")
}

// FuzzParseItem: items and extensions from arbitrary bytes parse or fail,
// never panic, and what parses is canonical.
func FuzzParseItem(f *testing.F) {
	d := &checkpoint.Data{StartBlock: 0, EndBlock: 7, AccountRootHash: [32]byte{1}, BorChainID: 199}
	f.Add((&item{SignBytes: d.SignBytes(bttc.BTTC)}).bytes())
	f.Add([]byte(`{"lane":1,"packets":{}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if it, err := parseItem(b); err == nil {
			require.Equal(t, b, it.bytes())
		}
		if ib, _, err := parseExtension(b); err == nil {
			require.Len(t, ib, len(b)-sigagg.SignatureLength)
		}
	})
}
