package delivery

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"strings"
	"sync"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/sigagg"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Genesis is the application's part of the CometBFT genesis (app_state):
// the checkpoint schedule and the validator set as the root contracts
// know it.
type Genesis struct {
	// BorChainID, Epoch and AccountRootHash go into every checkpoint.
	BorChainID      uint64      `json:"borChainId"`
	Epoch           uint64      `json:"epoch"`
	AccountRootHash common.Hash `json:"accountRootHash"`
	// First is the first checkpointed BTTC block; Interval the blocks per
	// checkpoint.
	First    uint64 `json:"first"`
	Interval uint64 `json:"interval"`
	// Validators pairs each CometBFT consensus address with its secp256k1
	// signer address and power (one vote each on BTTC).
	Validators []GenesisValidator `json:"validators"`
}

// GenesisValidator is one validator.
type GenesisValidator struct {
	ConsensusAddress hexutil.Bytes  `json:"consensusAddress"`
	Signer           common.Address `json:"signer"`
	Power            int64          `json:"power"`
}

// Ready is a checkpoint the network agreed on and signed: ready to submit.
type Ready struct {
	// Number counts the network's checkpoints from 0; Height is the
	// Delivery block that holds the signatures.
	Number uint64 `json:"number"`
	Height int64  `json:"height"`
	// SignBytes are the checkpoint data in BTTC's 224-byte layout;
	// Signatures are >2/3 of the validators', sorted by signer.
	SignBytes  hexutil.Bytes   `json:"signBytes"`
	Signatures []hexutil.Bytes `json:"signatures"`
}

// Data decodes the checkpoint.
func (r *Ready) Data() (*checkpoint.Data, error) {
	d, _, err := checkpoint.DecodeSignBytes(r.SignBytes)
	return d, err
}

// Sigs returns the signatures.
func (r *Ready) Sigs() ([]sigagg.Signature, error) {
	out := make([]sigagg.Signature, 0, len(r.Signatures))
	for _, b := range r.Signatures {
		s, err := sigagg.ParseSignature(b)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// tx is what blocks carry; only the application makes them (CheckTx
// refuses outside transactions).
type tx struct {
	// Kind "propose": the next checkpoint (SignBytes), proposed by the
	// block's proposer. Kind "ready": the signatures of the checkpoint the
	// previous block proposed, collected from its vote extensions.
	Kind       string          `json:"kind"`
	SignBytes  hexutil.Bytes   `json:"signBytes"`
	Signatures []hexutil.Bytes `json:"signatures,omitempty"`
}

// A vote extension is the checkpoint's sign bytes followed by the
// validator's 65-byte signature over their vote hash: verifiable on its
// own, and compared with the block's proposal where a node has seen it.
func extension(signBytes []byte, sig sigagg.Signature) []byte {
	return append(append([]byte(nil), signBytes...), sig[:]...)
}

func parseExtension(ext []byte) (signBytes []byte, sig sigagg.Signature, err error) {
	if len(ext) != checkpoint.DataLen(bttc.BTTC)+sigagg.SignatureLength {
		return nil, sig, fmt.Errorf("vote extension of %d bytes", len(ext))
	}
	n := len(ext) - sigagg.SignatureLength
	sig, err = sigagg.ParseSignature(ext[n:])
	return ext[:n], sig, err
}

// Fault makes a validator misbehave (tests of VerifyVoteExtension).
type Fault int

// Faults.
const (
	Honest Fault = iota
	// SignWrongRoot signs a checkpoint whose root differs from the
	// proposed one.
	SignWrongRoot
	// SignGarbage sends 65 bytes that are no signature.
	SignGarbage
)

// Config configures an App.
type Config struct {
	// BTTC is the validator's own view of BTTC: its final head bounds what
	// may be checkpointed, and every proposed root is recomputed from its
	// headers.
	BTTC chains.Reader
	// Signer is the validator's secp256k1 signer key (nil for a full node
	// that does not validate).
	Signer *ecdsa.PrivateKey
	// Fault is for tests only.
	Fault  Fault
	Logger *slog.Logger
}

// App is the Delivery Chain's ABCI++ application.
type App struct {
	abci.BaseApplication
	cfg Config
	log *slog.Logger

	mu       sync.Mutex
	gen      Genesis
	set      *sigagg.ValidatorSet
	signerOf map[string]common.Address // consensus address (hex) → signer
	// Agreed state (FinalizeBlock only, so it is the same on every node
	// and rebuilt by replaying blocks).
	height    int64
	nextStart uint64
	proposed  map[int64][]byte // height → sign bytes proposed in that block
	ready     []Ready
	appHash   []byte
	// Proposals seen in PrepareProposal / ProcessProposal, by block hash,
	// for ExtendVote and VerifyVoteExtension.
	seen map[string][]byte
	// rejected counts vote extensions VerifyVoteExtension refused.
	rejected int
}

// RejectedExtensions is how many vote extensions this node refused.
func (a *App) RejectedExtensions() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.rejected
}

// NewApp returns the application of one node.
func NewApp(cfg Config) *App {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &App{cfg: cfg, log: cfg.Logger, proposed: map[int64][]byte{}, seen: map[string][]byte{}}
}

// Info implements abci.Application: the state is rebuilt from the blocks
// (LastBlockHeight 0 makes CometBFT replay them after a restart).
func (a *App) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	return &abci.ResponseInfo{Data: "bttc-delivery", Version: "1", AppVersion: 1}, nil
}

// InitChain implements abci.Application.
func (a *App) InitChain(_ context.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var g Genesis
	if err := json.Unmarshal(req.AppStateBytes, &g); err != nil {
		return nil, fmt.Errorf("delivery: app_state: %w", err)
	}
	if g.Interval == 0 || len(g.Validators) == 0 {
		return nil, fmt.Errorf("delivery: app_state needs an interval and validators")
	}
	vals := make([]sigagg.Validator, len(g.Validators))
	signerOf := map[string]common.Address{}
	for i, v := range g.Validators {
		vals[i] = sigagg.Validator{Address: v.Signer, Power: big.NewInt(v.Power)}
		signerOf[strings.ToUpper(hex.EncodeToString(v.ConsensusAddress))] = v.Signer
	}
	set, err := sigagg.NewValidatorSet(vals)
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.gen, a.set, a.signerOf = g, set, signerOf
	a.nextStart, a.height, a.ready, a.proposed = g.First, 0, nil, map[int64][]byte{}
	return &abci.ResponseInitChain{}, nil
}

// CheckTx implements abci.Application: blocks carry only what proposers
// make.
func (a *App) CheckTx(context.Context, *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	return &abci.ResponseCheckTx{Code: 1, Log: "the Delivery Chain takes no transactions from outside"}, nil
}

func (a *App) signer(consensusAddr []byte) (common.Address, bool) {
	s, ok := a.signerOf[strings.ToUpper(hex.EncodeToString(consensusAddr))]
	return s, ok
}

func (a *App) data(start, end uint64, proposer common.Address, root common.Hash) *checkpoint.Data {
	acc := a.gen.AccountRootHash
	if acc == (common.Hash{}) {
		acc = common.Hash{1} // checkpoint.Data rejects a zero account root
	}
	return &checkpoint.Data{Proposer: proposer, StartBlock: start, EndBlock: end, RootHash: root,
		AccountRootHash: acc, BorChainID: a.gen.BorChainID, Epoch: a.gen.Epoch}
}

// root computes the checkpoint root of [start, end] from this node's BTTC
// view, or reports that the range is not final there yet.
func (a *App) root(ctx context.Context, start, end uint64) (common.Hash, bool, error) {
	head, err := a.cfg.BTTC.Head(ctx)
	if err != nil {
		return common.Hash{}, false, err
	}
	if head.Number.Uint64() < end {
		return common.Hash{}, false, nil
	}
	headers := make([]*types.Header, 0, end-start+1)
	for n := start; n <= end; n++ {
		h, err := a.cfg.BTTC.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return common.Hash{}, false, err
		}
		headers = append(headers, h)
	}
	root, err := checkpoint.RootHash(headers)
	return root, err == nil, err
}

// PrepareProposal implements abci.Application: the proposer puts in the
// signatures collected for the previous block's checkpoint (from the vote
// extensions of its commit) and proposes the next checkpoint when BTTC
// has it final.
func (a *App) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	var txs [][]byte
	nextStart := a.nextStart
	if prev, ok := a.proposed[req.Height-1]; ok {
		if r, ok := a.collect(prev, req.LocalLastCommit.Votes); ok {
			b, _ := json.Marshal(r)
			txs = append(txs, b)
			d, _, _ := checkpoint.DecodeSignBytes(prev)
			nextStart = d.EndBlock + 1
		}
	}
	if a.set != nil && a.cfg.Signer != nil {
		proposer, ok := a.signer(req.ProposerAddress)
		end := nextStart + a.gen.Interval - 1
		if ok {
			if root, final, err := a.root(ctx, nextStart, end); err != nil {
				a.log.Warn("reading BTTC", "err", err)
			} else if final {
				sb := a.data(nextStart, end, proposer, root).SignBytes(bttc.BTTC)
				b, _ := json.Marshal(tx{Kind: "propose", SignBytes: sb})
				txs = append(txs, b)
			}
		}
	}
	return &abci.ResponsePrepareProposal{Txs: txs}, nil
}

// collect turns a commit's vote extensions into a ready transaction: the
// valid signatures over prev's vote hash, sorted by signer, if they reach
// the quorum and the root contract's loop would accept them.
func (a *App) collect(prev []byte, votes []abci.ExtendedVoteInfo) (tx, bool) {
	vote := voteHashOf(prev)
	type signed struct {
		signer common.Address
		sig    sigagg.Signature
	}
	var got []signed
	for _, v := range votes {
		if len(v.VoteExtension) == 0 {
			continue
		}
		want, ok := a.signer(v.Validator.Address)
		if !ok {
			continue
		}
		sb, sig, err := parseExtension(v.VoteExtension)
		if err != nil || !bytes.Equal(sb, prev) {
			continue
		}
		if s, err := recoverSigner(vote, sig); err != nil || s != want {
			continue
		}
		got = append(got, signed{want, sig})
	}
	sort.Slice(got, func(i, j int) bool { return bytes.Compare(got[i].signer[:], got[j].signer[:]) < 0 })
	sigs := make([]sigagg.Signature, len(got))
	for i := range got {
		sigs[i] = got[i].sig
	}
	if _, err := sigagg.Verify(vote, sigs, a.set, sigagg.CountQuorum); err != nil {
		a.log.Info("not enough signatures yet", "err", err)
		return tx{}, false
	}
	if r := sigagg.SimulateOnChain(vote, sigs, a.set, sigagg.CountQuorum, sigagg.OnChainOptions{}); !r.Accepted {
		return tx{}, false
	}
	out := tx{Kind: "ready", SignBytes: prev}
	for _, s := range sigs {
		out.Signatures = append(out.Signatures, s[:])
	}
	return out, true
}

// voteHashOf is what validators sign for checkpoint sign bytes
// (checkpoint.Data.VoteHash: keccak256(0x01 ‖ sign bytes)).
func voteHashOf(signBytes []byte) common.Hash {
	return crypto.Keccak256Hash([]byte{0x01}, signBytes)
}

func recoverSigner(digest common.Hash, sig sigagg.Signature) (common.Address, error) {
	b := sig
	if b[64] >= 27 {
		b[64] -= 27
	}
	pub, err := crypto.SigToPub(digest[:], b[:])
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// ProcessProposal implements abci.Application: every validator checks a
// proposed checkpoint against its own view of BTTC (the root recomputed
// from the headers) and the signatures of a ready one (strictly, and as
// the root contract counts them).
func (a *App) ProcessProposal(ctx context.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	reject := &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
	nextStart := a.nextStart
	var proposal []byte
	for i, raw := range req.Txs {
		var t tx
		if err := json.Unmarshal(raw, &t); err != nil {
			return reject, nil
		}
		switch t.Kind {
		case "ready":
			prev, ok := a.proposed[req.Height-1]
			if i != 0 || !ok || !bytes.Equal(prev, t.SignBytes) {
				return reject, nil
			}
			sigs := make([]sigagg.Signature, len(t.Signatures))
			for j, s := range t.Signatures {
				sig, err := sigagg.ParseSignature(s)
				if err != nil {
					return reject, nil
				}
				sigs[j] = sig
			}
			vote := voteHashOf(t.SignBytes)
			if _, err := sigagg.Verify(vote, sigs, a.set, sigagg.CountQuorum); err != nil {
				a.log.Warn("rejecting a block: ready checkpoint's signatures", "err", err)
				return reject, nil
			}
			d, _, _ := checkpoint.DecodeSignBytes(t.SignBytes)
			nextStart = d.EndBlock + 1
		case "propose":
			if proposal != nil {
				return reject, nil
			}
			d, layout, err := checkpoint.DecodeSignBytes(t.SignBytes)
			if err != nil || layout != bttc.BTTC || d.ValidateBasic() != nil {
				return reject, nil
			}
			proposer, ok := a.signer(req.ProposerAddress)
			want := a.data(nextStart, nextStart+a.gen.Interval-1, proposer, d.RootHash)
			if !ok || !bytes.Equal(want.SignBytes(bttc.BTTC), t.SignBytes) {
				a.log.Warn("rejecting a block: the proposed checkpoint is not the next one", "start", d.StartBlock, "want", nextStart)
				return reject, nil
			}
			root, final, err := a.root(ctx, d.StartBlock, d.EndBlock)
			if err != nil || !final || root != d.RootHash {
				a.log.Warn("rejecting a block: the proposed root is not BTTC's", "start", d.StartBlock, "end", d.EndBlock,
					"proposed", d.RootHash, "ours", root, "final", final, "err", err)
				return reject, nil
			}
			proposal = t.SignBytes
		default:
			return reject, nil
		}
	}
	if proposal != nil {
		a.seen[string(req.Hash)] = proposal
	}
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// proposalOf finds the checkpoint proposed in a block's txs.
func proposalOf(txs [][]byte) []byte {
	for _, raw := range txs {
		var t tx
		if json.Unmarshal(raw, &t) == nil && t.Kind == "propose" {
			return t.SignBytes
		}
	}
	return nil
}

// ExtendVote implements abci.Application: a validator signs the block's
// proposed checkpoint with its signer key; the signature rides in its
// precommit.
func (a *App) ExtendVote(_ context.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	p := proposalOf(req.Txs)
	if p == nil || a.cfg.Signer == nil {
		return &abci.ResponseExtendVote{}, nil
	}
	a.seen[string(req.Hash)] = p
	signBytes := p
	switch a.cfg.Fault {
	case SignGarbage:
		return &abci.ResponseExtendVote{VoteExtension: append(append([]byte(nil), p...), bytes.Repeat([]byte{0x42}, 65)...)}, nil
	case SignWrongRoot:
		d, _, _ := checkpoint.DecodeSignBytes(p)
		d.RootHash[0] ^= 0xff
		signBytes = d.SignBytes(bttc.BTTC)
	}
	d, _, err := checkpoint.DecodeSignBytes(signBytes)
	if err != nil {
		return &abci.ResponseExtendVote{}, nil
	}
	sig, err := checkpoint.Sign(d, bttc.BTTC, a.cfg.Signer)
	if err != nil {
		return nil, err
	}
	return &abci.ResponseExtendVote{VoteExtension: extension(signBytes, sig)}, nil
}

// VerifyVoteExtension implements abci.Application: an extension is
// accepted only if it is the sending validator's signer signature over
// the block's proposed checkpoint (or empty when there is none).
func (a *App) VerifyVoteExtension(_ context.Context, req *abci.RequestVerifyVoteExtension) (resp *abci.ResponseVerifyVoteExtension, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	accept := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}
	reject := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}
	defer func() {
		if resp.Status == abci.ResponseVerifyVoteExtension_REJECT {
			a.rejected++
		}
	}()
	if len(req.VoteExtension) == 0 {
		return accept, nil // no checkpoint in the block, or the validator declined to sign
	}
	want, known := a.signer(req.ValidatorAddress)
	sb, sig, err := parseExtension(req.VoteExtension)
	if !known || err != nil {
		a.log.Warn("rejecting a vote extension: not a signed checkpoint", "validator", hex.EncodeToString(req.ValidatorAddress), "err", err)
		return reject, nil
	}
	if p, ok := a.seen[string(req.Hash)]; ok && !bytes.Equal(p, sb) {
		a.log.Warn("rejecting a vote extension: it signs another checkpoint than the block's", "validator", want)
		return reject, nil
	}
	if got, err := recoverSigner(voteHashOf(sb), sig); err != nil || got != want {
		a.log.Warn("rejecting a vote extension: not the validator's signature", "validator", want, "recovered", got)
		return reject, nil
	}
	return accept, nil
}

// FinalizeBlock implements abci.Application: it records the block's
// proposed checkpoint and its ready one (deterministically, from the
// block alone).
func (a *App) FinalizeBlock(_ context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	results := make([]*abci.ExecTxResult, len(req.Txs))
	for i, raw := range req.Txs {
		results[i] = &abci.ExecTxResult{}
		var t tx
		if err := json.Unmarshal(raw, &t); err != nil {
			results[i].Code = 1
			continue
		}
		switch t.Kind {
		case "propose":
			a.proposed[req.Height] = t.SignBytes
		case "ready":
			d, _, err := checkpoint.DecodeSignBytes(t.SignBytes)
			if err != nil {
				results[i].Code = 1
				continue
			}
			a.ready = append(a.ready, Ready{Number: uint64(len(a.ready)), Height: req.Height, SignBytes: t.SignBytes, Signatures: t.Signatures})
			a.nextStart = d.EndBlock + 1
		}
	}
	delete(a.proposed, req.Height-2)
	if len(a.seen) > 64 {
		a.seen = map[string][]byte{}
	}
	a.height = req.Height
	// The app hash commits to the ready checkpoints.
	hash := crypto.Keccak256(a.appHash, []byte(fmt.Sprint(len(a.ready), a.nextStart)))
	a.appHash = hash
	return &abci.ResponseFinalizeBlock{TxResults: results, AppHash: hash}, nil
}

// Commit implements abci.Application.
func (a *App) Commit(context.Context, *abci.RequestCommit) (*abci.ResponseCommit, error) {
	return &abci.ResponseCommit{}, nil
}

// Query implements abci.Application:
//
//	/ready            every ready checkpoint (JSON array of Ready)
//	/ready/<start>    the ready checkpoint starting at BTTC block <start>
//	/status           {"height", "nextStart", "ready"}
func (a *App) Query(_ context.Context, req *abci.RequestQuery) (*abci.ResponseQuery, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	var v any
	switch {
	case req.Path == "/ready":
		v = a.ready
	case strings.HasPrefix(req.Path, "/ready/"):
		var start uint64
		if _, err := fmt.Sscan(strings.TrimPrefix(req.Path, "/ready/"), &start); err != nil {
			return &abci.ResponseQuery{Code: 2, Log: "bad start block"}, nil
		}
		for i := range a.ready {
			if d, err := a.ready[i].Data(); err == nil && d.StartBlock == start {
				v = a.ready[i]
			}
		}
		if v == nil {
			return &abci.ResponseQuery{Code: 3, Log: fmt.Sprintf("no ready checkpoint starts at %d", start)}, nil
		}
	case req.Path == "/status":
		v = map[string]any{"height": a.height, "nextStart": a.nextStart, "ready": len(a.ready)}
	default:
		return &abci.ResponseQuery{Code: 1, Log: "unknown path " + req.Path}, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return &abci.ResponseQuery{Value: b, Height: a.height}, nil
}
