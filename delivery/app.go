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
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/bttc-relay/sdk/sigagg"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Genesis is the application's part of the CometBFT genesis (app_state):
// the checkpoint schedule, the packet lanes, and the validator set as the
// root contracts know it.
type Genesis struct {
	// BorChainID, Epoch and AccountRootHash go into every checkpoint.
	BorChainID      uint64      `json:"borChainId"`
	Epoch           uint64      `json:"epoch"`
	AccountRootHash common.Hash `json:"accountRootHash"`
	// First is the first checkpointed BTTC block; Interval the blocks per
	// checkpoint.
	First    uint64 `json:"first"`
	Interval uint64 `json:"interval"`
	// Lanes are the Event Packet flows the network signs batches of.
	Lanes []Lane `json:"lanes,omitempty"`
	// Validators pairs each CometBFT consensus address with its secp256k1
	// signer address and power (one vote each on BTTC).
	Validators []GenesisValidator `json:"validators"`
}

// Lane is one flow of Event Packets: the packets a source chain emits for
// one destination inbox, in batches of Range source blocks (batch k holds
// blocks [k·Range, (k+1)·Range − 1]), exactly as routes.PacketJob batches
// them.
type Lane struct {
	// Source names the source chain (a key of NodeOptions.Chains: "bttc"
	// or a root chain's name); SourceChainID is its chain id.
	Source        string `json:"source"`
	SourceChainID uint64 `json:"sourceChainId"`
	// Events is "outbox" (PacketSent of a PacketOutbox at Emitter) or
	// "statesync" (StateSynced of a StateSender at Emitter: deposits).
	Events  string         `json:"events"`
	Emitter common.Address `json:"emitter"`
	// Domain is the destination chain and inbox the checkpoints are signed
	// for.
	Domain eventpacket.Domain `json:"domain"`
	Range  uint64             `json:"range"`
}

func (l *Lane) events() routes.PacketEvents {
	if l.Events == "statesync" {
		return routes.StateSyncEvents{StateSender: l.Emitter, ChainID: l.SourceChainID}
	}
	return routes.OutboxEvents{Outbox: l.Emitter}
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
func (r *Ready) Sigs() ([]sigagg.Signature, error) { return parseSigs(r.Signatures) }

// ReadyPackets is a packet batch's checkpoint the network signed for its
// lane's destination.
type ReadyPackets struct {
	Lane       int                          `json:"lane"`
	Height     int64                        `json:"height"`
	Checkpoint eventpacket.PacketCheckpoint `json:"checkpoint"`
	Signatures []hexutil.Bytes              `json:"signatures"`
}

// Sigs returns the signatures.
func (r *ReadyPackets) Sigs() ([]sigagg.Signature, error) { return parseSigs(r.Signatures) }

func parseSigs(raw []hexutil.Bytes) ([]sigagg.Signature, error) {
	out := make([]sigagg.Signature, 0, len(raw))
	for _, b := range raw {
		s, err := sigagg.ParseSignature(b)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// item is what a block asks the validators to sign: a checkpoint or a
// packet batch's checkpoint. Its bytes identify it in transactions and
// vote extensions.
type item struct {
	SignBytes hexutil.Bytes                 `json:"signBytes,omitempty"` // a checkpoint
	Lane      int                           `json:"lane,omitempty"`      // a packet batch
	Packets   *eventpacket.PacketCheckpoint `json:"packets,omitempty"`
}

func (it *item) bytes() []byte {
	b, _ := json.Marshal(it)
	return b
}

func parseItem(b []byte) (*item, error) {
	var it item
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&it); err != nil {
		return nil, err
	}
	if (it.SignBytes == nil) == (it.Packets == nil) {
		return nil, fmt.Errorf("an item is a checkpoint or a packet batch")
	}
	if !bytes.Equal(it.bytes(), b) {
		return nil, fmt.Errorf("an item in other than its canonical form")
	}
	return &it, nil
}

// digest is what the validators sign for it: a checkpoint's vote hash, or
// a packet checkpoint's EIP-712 digest for its lane's destination.
func (a *App) digest(it *item) (common.Hash, error) {
	if it.SignBytes != nil {
		return voteHashOf(it.SignBytes), nil
	}
	if it.Lane < 0 || it.Lane >= len(a.gen.Lanes) {
		return common.Hash{}, fmt.Errorf("no lane %d", it.Lane)
	}
	return it.Packets.Digest(a.gen.Lanes[it.Lane].Domain), nil
}

// tx is what blocks carry; only the application makes them (CheckTx
// refuses outside transactions). Kind "propose": the item to sign, from
// the block's proposer. Kind "ready": the signatures of the item the
// previous block proposed, collected from its vote extensions.
type tx struct {
	Kind       string          `json:"kind"`
	Item       hexutil.Bytes   `json:"item"`
	Signatures []hexutil.Bytes `json:"signatures,omitempty"`
}

// A vote extension is the item's bytes followed by the validator's
// 65-byte signature over its digest: verifiable on its own, and compared
// with the block's proposal where a node has seen it.
func extension(itemBytes []byte, sig sigagg.Signature) []byte {
	return append(append([]byte(nil), itemBytes...), sig[:]...)
}

func parseExtension(ext []byte) ([]byte, sigagg.Signature, error) {
	var sig sigagg.Signature
	if len(ext) <= sigagg.SignatureLength {
		return nil, sig, fmt.Errorf("vote extension of %d bytes", len(ext))
	}
	n := len(ext) - sigagg.SignatureLength
	sig, err := sigagg.ParseSignature(ext[n:])
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
	// Chains are its views of the packet lanes' source chains by name
	// ("bttc" defaults to BTTC).
	Chains map[string]chains.Reader
	// Signer is the validator's secp256k1 signer key (nil for a full node
	// that does not validate).
	Signer *ecdsa.PrivateKey
	// Fault is for tests only.
	Fault  Fault
	Logger *slog.Logger
	// HaltAfter: when no block has been finalized for this long the node
	// says the network has stopped (no quorum online), in its log and its
	// /status, until the next block (default 10 s).
	HaltAfter time.Duration
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
	height       int64
	nextStart    uint64
	laneNext     []uint64         // per lane, the next batch number
	proposed     map[int64][]byte // height → item bytes proposed in that block
	ready        []Ready
	readyPackets []ReadyPackets
	appHash      []byte
	// Items seen in ProcessProposal / ExtendVote, by block hash, for
	// VerifyVoteExtension.
	seen map[string][]byte
	// rejected counts vote extensions VerifyVoteExtension refused.
	rejected int
	// This node's own clock, not agreed state: when it last finalized a
	// block (or started), and whether it said the network stopped.
	lastBlockAt time.Time
	halted      bool
}

// NewApp returns the application of one node.
func NewApp(cfg Config) *App {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Chains == nil {
		cfg.Chains = map[string]chains.Reader{}
	}
	if _, ok := cfg.Chains["bttc"]; !ok && cfg.BTTC != nil {
		cfg.Chains["bttc"] = cfg.BTTC
	}
	if cfg.HaltAfter <= 0 {
		cfg.HaltAfter = 10 * time.Second
	}
	return &App{cfg: cfg, log: cfg.Logger, proposed: map[int64][]byte{}, seen: map[string][]byte{}, lastBlockAt: time.Now()}
}

// RejectedExtensions is how many vote extensions this node refused.
func (a *App) RejectedExtensions() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.rejected
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
	for i, l := range g.Lanes {
		if l.Range == 0 || (l.Events != "outbox" && l.Events != "statesync") {
			return nil, fmt.Errorf("delivery: lane %d needs a range and events \"outbox\" or \"statesync\"", i)
		}
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
	a.nextStart, a.height, a.ready, a.readyPackets, a.proposed = g.First, 0, nil, nil, map[int64][]byte{}
	a.laneNext = make([]uint64, len(g.Lanes))
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

// maxLookahead bounds the empty packet batches one proposal skips.
const maxLookahead = 64

// nextBatch finds lane l's next batch with packets at or after batch
// from, among the batches final on this node's view of the source: the
// batch's checkpoint, or nil when none is final yet.
func (a *App) nextBatch(ctx context.Context, l int, from uint64) (*eventpacket.PacketCheckpoint, error) {
	lane := &a.gen.Lanes[l]
	src, ok := a.cfg.Chains[lane.Source]
	if !ok {
		return nil, fmt.Errorf("no view of chain %q", lane.Source)
	}
	head, err := src.Head(ctx)
	if err != nil {
		return nil, err
	}
	final := head.Number.Uint64()
	if (from+1)*lane.Range-1 > final {
		return nil, nil // batch from is not final yet
	}
	// One log query finds the first packet in the final batches ahead;
	// its batch is then built whole.
	last := min(from+maxLookahead, (final+1)/lane.Range) * lane.Range
	packets, err := lane.events().Packets(ctx, src, from*lane.Range, last-1, lane.Domain.ChainID)
	if err != nil || len(packets) == 0 {
		return nil, err
	}
	k := packets[0].SourceBlockNumber / lane.Range
	cp, _, _, err := routes.PacketBatch(ctx, lane.events(), src, lane.SourceChainID, lane.Domain.ChainID, k, lane.Range, a.set)
	return cp, err
}

// proposeItem picks what the block at height asks the validators to sign,
// checkpoints and packet batches taking turns, starting from nextStart and
// laneNext.
func (a *App) proposeItem(ctx context.Context, height int64, proposer common.Address, nextStart uint64, laneNext []uint64) *item {
	checkpoint := func() *item {
		end := nextStart + a.gen.Interval - 1
		root, final, err := a.root(ctx, nextStart, end)
		if err != nil {
			a.log.Warn("reading BTTC", "err", err)
		}
		if !final {
			return nil
		}
		return &item{SignBytes: a.data(nextStart, end, proposer, root).SignBytes(bttc.BTTC)}
	}
	packets := func() *item {
		for i := range a.gen.Lanes {
			l := (int(height) + i) % len(a.gen.Lanes)
			cp, err := a.nextBatch(ctx, l, laneNext[l])
			if err != nil {
				a.log.Warn("reading a lane's source", "lane", l, "err", err)
			}
			if cp != nil {
				return &item{Lane: l, Packets: cp}
			}
		}
		return nil
	}
	first, second := checkpoint, packets
	if height%2 == 1 {
		first, second = packets, checkpoint
	}
	if it := first(); it != nil {
		return it
	}
	return second()
}

// PrepareProposal implements abci.Application: the proposer puts in the
// signatures collected for the previous block's item (from the vote
// extensions of its commit) and proposes the next item to sign.
func (a *App) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	var txs [][]byte
	nextStart, laneNext := a.nextStart, append([]uint64(nil), a.laneNext...)
	if prev, ok := a.proposed[req.Height-1]; ok {
		if r, ok := a.collect(prev, req.LocalLastCommit.Votes); ok {
			b, _ := json.Marshal(r)
			txs = append(txs, b)
			nextStart, laneNext = a.advance(prev, nextStart, laneNext)
		}
	}
	if a.set != nil && a.cfg.Signer != nil {
		if proposer, ok := a.signer(req.ProposerAddress); ok {
			if it := a.proposeItem(ctx, req.Height, proposer, nextStart, laneNext); it != nil {
				b, _ := json.Marshal(tx{Kind: "propose", Item: it.bytes()})
				txs = append(txs, b)
			}
		}
	}
	return &abci.ResponsePrepareProposal{Txs: txs}, nil
}

// advance is the schedule after the item's signatures are in.
func (a *App) advance(itemBytes []byte, nextStart uint64, laneNext []uint64) (uint64, []uint64) {
	it, err := parseItem(itemBytes)
	if err != nil {
		return nextStart, laneNext
	}
	if it.SignBytes != nil {
		if d, _, err := checkpoint.DecodeSignBytes(it.SignBytes); err == nil {
			nextStart = d.EndBlock + 1
		}
		return nextStart, laneNext
	}
	laneNext[it.Lane] = it.Packets.Number + 1
	return nextStart, laneNext
}

// collect turns a commit's vote extensions into a ready transaction: the
// valid signatures over the item's digest, sorted by signer, if they reach
// the quorum and the root contract's loop would accept them.
func (a *App) collect(prev []byte, votes []abci.ExtendedVoteInfo) (tx, bool) {
	it, err := parseItem(prev)
	if err != nil {
		return tx{}, false
	}
	digest, err := a.digest(it)
	if err != nil {
		return tx{}, false
	}
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
		ib, sig, err := parseExtension(v.VoteExtension)
		if err != nil || !bytes.Equal(ib, prev) {
			continue
		}
		if s, err := recoverSigner(digest, sig); err != nil || s != want {
			continue
		}
		got = append(got, signed{want, sig})
	}
	sort.Slice(got, func(i, j int) bool { return bytes.Compare(got[i].signer[:], got[j].signer[:]) < 0 })
	sigs := make([]sigagg.Signature, len(got))
	for i := range got {
		sigs[i] = got[i].sig
	}
	if _, err := sigagg.Verify(digest, sigs, a.set, sigagg.CountQuorum); err != nil {
		a.log.Info("not enough signatures yet", "err", err)
		return tx{}, false
	}
	if r := sigagg.SimulateOnChain(digest, sigs, a.set, sigagg.CountQuorum, sigagg.OnChainOptions{}); !r.Accepted {
		return tx{}, false
	}
	out := tx{Kind: "ready", Item: prev}
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

// checkProposal checks a proposed item against this node's own views: a
// checkpoint must be the next range with the root its BTTC headers give;
// a packet batch must be its lane's next batch with packets, built the
// same from its source, the batches skipped holding none.
func (a *App) checkProposal(ctx context.Context, it *item, proposer common.Address, nextStart uint64, laneNext []uint64) error {
	if it.SignBytes != nil {
		d, layout, err := checkpoint.DecodeSignBytes(it.SignBytes)
		if err != nil || layout != bttc.BTTC || d.ValidateBasic() != nil {
			return fmt.Errorf("not BTTC checkpoint data")
		}
		want := a.data(nextStart, nextStart+a.gen.Interval-1, proposer, d.RootHash)
		if !bytes.Equal(want.SignBytes(bttc.BTTC), it.SignBytes) {
			return fmt.Errorf("checkpoint %d-%d is not the next one (from %d)", d.StartBlock, d.EndBlock, nextStart)
		}
		root, final, err := a.root(ctx, d.StartBlock, d.EndBlock)
		if err != nil || !final || root != d.RootHash {
			return fmt.Errorf("checkpoint %d-%d: root %s, BTTC's %s (final %v, %v)", d.StartBlock, d.EndBlock, d.RootHash, root, final, err)
		}
		return nil
	}
	if it.Lane < 0 || it.Lane >= len(a.gen.Lanes) {
		return fmt.Errorf("no lane %d", it.Lane)
	}
	cp, err := a.nextBatch(context.WithoutCancel(ctx), it.Lane, laneNext[it.Lane])
	if err != nil || cp == nil || *cp != *it.Packets {
		return fmt.Errorf("lane %d: batch %d is not the next batch with packets on this node's view (%v)", it.Lane, it.Packets.Number, err)
	}
	return nil
}

// ProcessProposal implements abci.Application: every validator checks a
// proposed item against its own view (checkProposal) and the signatures
// of a ready one (strictly, and as the root contract counts them).
func (a *App) ProcessProposal(ctx context.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	reject := &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
	nextStart, laneNext := a.nextStart, append([]uint64(nil), a.laneNext...)
	var proposal []byte
	for i, raw := range req.Txs {
		var t tx
		if err := json.Unmarshal(raw, &t); err != nil {
			return reject, nil
		}
		it, err := parseItem(t.Item)
		if err != nil {
			return reject, nil
		}
		switch t.Kind {
		case "ready":
			prev, ok := a.proposed[req.Height-1]
			if i != 0 || !ok || !bytes.Equal(prev, t.Item) {
				return reject, nil
			}
			sigs, err := parseSigs(t.Signatures)
			if err != nil {
				return reject, nil
			}
			digest, err := a.digest(it)
			if err != nil {
				return reject, nil
			}
			if _, err := sigagg.Verify(digest, sigs, a.set, sigagg.CountQuorum); err != nil {
				a.log.Warn("rejecting a block: the ready item's signatures", "err", err)
				return reject, nil
			}
			nextStart, laneNext = a.advance(t.Item, nextStart, laneNext)
		case "propose":
			proposer, ok := a.signer(req.ProposerAddress)
			if proposal != nil || !ok {
				return reject, nil
			}
			if err := a.checkProposal(ctx, it, proposer, nextStart, laneNext); err != nil {
				a.log.Warn("rejecting a block", "err", err)
				return reject, nil
			}
			proposal = t.Item
		default:
			return reject, nil
		}
	}
	if proposal != nil {
		a.seen[string(req.Hash)] = proposal
	}
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// proposalOf finds the item proposed in a block's txs.
func proposalOf(txs [][]byte) []byte {
	for _, raw := range txs {
		var t tx
		if json.Unmarshal(raw, &t) == nil && t.Kind == "propose" {
			return t.Item
		}
	}
	return nil
}

// ExtendVote implements abci.Application: a validator signs the block's
// proposed item with its signer key; the signature rides in its
// precommit.
func (a *App) ExtendVote(_ context.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	p := proposalOf(req.Txs)
	if p == nil || a.cfg.Signer == nil {
		return &abci.ResponseExtendVote{}, nil
	}
	a.seen[string(req.Hash)] = p
	it, err := parseItem(p)
	if err != nil {
		return &abci.ResponseExtendVote{}, nil
	}
	digest, err := a.digest(it)
	if err != nil {
		return &abci.ResponseExtendVote{}, nil
	}
	switch a.cfg.Fault {
	case SignGarbage:
		return &abci.ResponseExtendVote{VoteExtension: append(append([]byte(nil), p...), bytes.Repeat([]byte{0x42}, 65)...)}, nil
	case SignWrongRoot:
		wrong := *it
		if it.SignBytes != nil {
			d, _, _ := checkpoint.DecodeSignBytes(it.SignBytes)
			d.RootHash[0] ^= 0xff
			wrong.SignBytes = d.SignBytes(bttc.BTTC)
		} else {
			cp := *it.Packets
			cp.PacketRoot[0] ^= 0xff
			wrong.Packets = &cp
		}
		digest, _ = a.digest(&wrong)
	}
	sig, err := crypto.Sign(digest[:], a.cfg.Signer)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return &abci.ResponseExtendVote{VoteExtension: extension(p, sigagg.Signature(sig))}, nil
}

// VerifyVoteExtension implements abci.Application: an extension is
// accepted only if it is the sending validator's signature over the
// block's proposed item (or empty).
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
		return accept, nil // no item in the block, or the validator declined to sign
	}
	want, known := a.signer(req.ValidatorAddress)
	ib, sig, err := parseExtension(req.VoteExtension)
	if !known || err != nil {
		a.log.Warn("rejecting a vote extension: not a signed item", "validator", hex.EncodeToString(req.ValidatorAddress), "err", err)
		return reject, nil
	}
	if p, ok := a.seen[string(req.Hash)]; ok && !bytes.Equal(p, ib) {
		a.log.Warn("rejecting a vote extension: it signs another item than the block's", "validator", want)
		return reject, nil
	}
	it, err := parseItem(ib)
	if err != nil {
		return reject, nil
	}
	digest, err := a.digest(it)
	if err != nil {
		return reject, nil
	}
	if got, err := recoverSigner(digest, sig); err != nil || got != want {
		a.log.Warn("rejecting a vote extension: not the validator's signature", "validator", want, "recovered", got)
		return reject, nil
	}
	return accept, nil
}

// FinalizeBlock implements abci.Application: it records the block's
// proposed item and its ready one (deterministically, from the block
// alone).
func (a *App) FinalizeBlock(_ context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.halted {
		a.log.Info("the Delivery network makes blocks again", "height", req.Height, "stopped for", time.Since(a.lastBlockAt).Round(time.Second))
		a.halted = false
	}
	a.lastBlockAt = time.Now()
	results := make([]*abci.ExecTxResult, len(req.Txs))
	for i, raw := range req.Txs {
		results[i] = &abci.ExecTxResult{}
		var t tx
		if err := json.Unmarshal(raw, &t); err != nil {
			results[i].Code = 1
			continue
		}
		it, err := parseItem(t.Item)
		if err != nil {
			results[i].Code = 1
			continue
		}
		switch t.Kind {
		case "propose":
			a.proposed[req.Height] = t.Item
		case "ready":
			if it.SignBytes != nil {
				a.ready = append(a.ready, Ready{Number: uint64(len(a.ready)), Height: req.Height, SignBytes: it.SignBytes, Signatures: t.Signatures})
			} else {
				a.readyPackets = append(a.readyPackets, ReadyPackets{Lane: it.Lane, Height: req.Height, Checkpoint: *it.Packets, Signatures: t.Signatures})
			}
			a.nextStart, a.laneNext = a.advance(t.Item, a.nextStart, a.laneNext)
		}
	}
	delete(a.proposed, req.Height-2)
	if len(a.seen) > 64 {
		a.seen = map[string][]byte{}
	}
	a.height = req.Height
	// The app hash commits to the agreed schedule.
	a.appHash = crypto.Keccak256(a.appHash, []byte(fmt.Sprint(len(a.ready), a.nextStart, len(a.readyPackets), a.laneNext)))
	return &abci.ResponseFinalizeBlock{TxResults: results, AppHash: a.appHash}, nil
}

// Commit implements abci.Application.
func (a *App) Commit(context.Context, *abci.RequestCommit) (*abci.ResponseCommit, error) {
	return &abci.ResponseCommit{}, nil
}

// watchHalt says, every second until ctx ends, when the network stops
// making blocks for HaltAfter (fewer than 2/3 of the voting power online:
// CometBFT waits without a word); FinalizeBlock says when it resumes.
func (a *App) watchHalt(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		a.mu.Lock()
		if d := time.Since(a.lastBlockAt); !a.halted && d > a.cfg.HaltAfter {
			a.halted = true
			a.log.Warn("the Delivery network has stopped making blocks: fewer than 2/3 of the voting power online?",
				"height", a.height, "for", d.Round(time.Second))
		}
		a.mu.Unlock()
	}
}

// Query implements abci.Application:
//
//	/ready                 every ready checkpoint (JSON array of Ready)
//	/ready/<start>         the ready checkpoint starting at BTTC block <start>
//	/packets               every signed packet batch (JSON array of ReadyPackets)
//	/packets/<lane>/<k>    lane <lane>'s signed batch <k>
//	/lanes                 the lanes (genesis)
//	/status                {"height", "nextStart", "ready", "laneNext", "readyPackets",
//	                        "rejectedExtensions", "halted", "lastBlockAgeMs"}
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
	case req.Path == "/packets":
		v = a.readyPackets
	case strings.HasPrefix(req.Path, "/packets/"):
		var lane int
		var k uint64
		if _, err := fmt.Sscanf(strings.TrimPrefix(req.Path, "/packets/"), "%d/%d", &lane, &k); err != nil {
			return &abci.ResponseQuery{Code: 2, Log: "want /packets/<lane>/<batch>"}, nil
		}
		for i := range a.readyPackets {
			if r := &a.readyPackets[i]; r.Lane == lane && r.Checkpoint.Number == k {
				v = r
			}
		}
		if v == nil {
			return &abci.ResponseQuery{Code: 3, Log: fmt.Sprintf("lane %d has no signed batch %d", lane, k)}, nil
		}
	case req.Path == "/lanes":
		v = a.gen.Lanes
	case req.Path == "/status":
		v = map[string]any{"height": a.height, "nextStart": a.nextStart, "ready": len(a.ready),
			"laneNext": a.laneNext, "readyPackets": len(a.readyPackets), "rejectedExtensions": a.rejected,
			"halted": a.halted, "lastBlockAgeMs": time.Since(a.lastBlockAt).Milliseconds()}
	default:
		return &abci.ResponseQuery{Code: 1, Log: "unknown path " + req.Path}, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return &abci.ResponseQuery{Value: b, Height: a.height}, nil
}
