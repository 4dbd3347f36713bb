package routes

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func u(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

// CheckpointSigner gives the validators' signatures over checkpoint data:
// the in-process KeySigner now, the Delivery validator network later,
// behind the same interface. It returns a list the root contract accepts
// (sorted by signer, a quorum), or an error saying why it cannot.
type CheckpointSigner interface {
	SignCheckpoint(ctx context.Context, data *checkpoint.Data, layout bttc.Layout) ([]sigagg.Signature, error)
}

// CheckpointAgreer is a CheckpointSigner that agrees on the checkpoint
// data itself (a validator network such as the Delivery Chain, where the
// block proposer names the proposer field): CheckpointJob takes its data
// with the signatures, after checking the range and the root against its
// own BTTC view.
type CheckpointAgreer interface {
	CheckpointSigner
	AgreedCheckpoint(ctx context.Context, start, end uint64, layout bttc.Layout) (*checkpoint.Data, []sigagg.Signature, error)
}

// KeySigner is a CheckpointSigner holding validator keys in process (a
// devnet, tests, the example relayer). Offline validators do not sign.
type KeySigner struct {
	Keys    []*ecdsa.PrivateKey
	Set     *sigagg.ValidatorSet
	Policy  sigagg.Policy
	Offline map[common.Address]bool
}

// SignCheckpoint implements CheckpointSigner: every online key signs, and
// the aggregator checks each signature and sorts the list.
func (s *KeySigner) SignCheckpoint(_ context.Context, data *checkpoint.Data, layout bttc.Layout) ([]sigagg.Signature, error) {
	return s.sign(data.VoteHash(layout), func(k *ecdsa.PrivateKey) (sigagg.Signature, error) { return checkpoint.Sign(data, layout, k) })
}

// sign collects the online keys' signatures over digest (each made by
// signOne) through an aggregator: checked, sorted, and a quorum.
func (s *KeySigner) sign(digest common.Hash, signOne func(*ecdsa.PrivateKey) (sigagg.Signature, error)) ([]sigagg.Signature, error) {
	agg, err := sigagg.NewAggregator(digest, s.Set, s.Policy)
	if err != nil {
		return nil, err
	}
	for _, k := range s.Keys {
		if s.Offline[cryptoAddr(k)] {
			continue
		}
		sig, err := signOne(k)
		if err != nil {
			return nil, err
		}
		if _, err := agg.Add(sig); err != nil {
			return nil, err
		}
	}
	if !agg.Done() {
		got, needed := agg.Progress()
		return nil, relay.Errorf(relay.ErrBlocked, nil, "quorum impossible: only %s of the %s signatures needed are online (%d of %d validators offline)",
			got, needed, len(s.Offline), len(s.Keys))
	}
	return agg.Signatures(), nil
}

// CheckpointJob checkpoints BTTC in fixed ranges [First + k·Interval,
// First + (k+1)·Interval − 1]: one task per range once its last block is
// observed, proven in order (a range waits until the root chain holds the
// one before it), each list of signatures checked with
// sigagg.SimulateOnChain before it is sent.
type CheckpointJob struct {
	First, Interval uint64
	// Chain reads the BTTC headers the root is computed from.
	Chain chains.HeaderReader
	// Root reads the root chain contract (where the last checkpoint ends).
	Root exit.RootChainReader
	// Signer gives the validators' signatures; Set, Policy and OnChain are
	// what SimulateOnChain checks them against (the root contract's
	// validators and chain).
	Signer  CheckpointSigner
	Set     *sigagg.ValidatorSet
	Policy  sigagg.Policy
	OnChain sigagg.OnChainOptions
	// Proposer, BorChainID, Epoch and Layout go into the checkpoint data.
	Proposer   common.Address
	BorChainID uint64
	Epoch      uint64
	Layout     bttc.Layout
	// AccountRoot is the dividend-account root to commit (zero if none).
	AccountRoot common.Hash
	// Dest names the destination in the task IDs (the root chain's name):
	// task IDs are unique in a store, so checkpoint routes to several
	// root chains sharing one store need distinct names.
	Dest string
}

// CheckpointTaskID is the task ID of the range [start, end] for the
// destination named dest ("checkpoint/<dest>/<start>-<end>", or
// "checkpoint/<start>-<end>" without a name).
func CheckpointTaskID(dest string, start, end uint64) string {
	if dest == "" {
		return fmt.Sprintf("checkpoint/%d-%d", start, end)
	}
	return fmt.Sprintf("checkpoint/%s/%d-%d", dest, start, end)
}

func parseRange(id string) (uint64, uint64, error) {
	rest, ok := strings.CutPrefix(id, "checkpoint/")
	s := rest[strings.LastIndex(rest, "/")+1:]
	a, b, ok2 := strings.Cut(s, "-")
	start, err1 := strconv.ParseUint(a, 10, 64)
	end, err2 := strconv.ParseUint(b, 10, 64)
	if !ok || !ok2 || err1 != nil || err2 != nil || end < start {
		return 0, 0, relay.Errorf(relay.ErrBadState, nil, "task id %q is not a checkpoint range", id)
	}
	return start, end, nil
}

// Observe implements relay.Job: a task for every range ending in
// [from, to].
func (j *CheckpointJob) Observe(_ context.Context, _ relay.Source, from, to uint64) ([]*relay.Task, error) {
	if j.Interval == 0 {
		return nil, relay.Errorf(relay.ErrConfig, nil, "checkpoint interval is 0")
	}
	var tasks []*relay.Task
	for end := j.firstEndAtOrAfter(from); end <= to; end += j.Interval {
		start := end - j.Interval + 1
		tasks = append(tasks, &relay.Task{ID: CheckpointTaskID(j.Dest, start, end), Block: end})
	}
	return tasks, nil
}

func (j *CheckpointJob) firstEndAtOrAfter(n uint64) uint64 {
	end := j.First + j.Interval - 1
	if n > end {
		end += (n - end + j.Interval - 1) / j.Interval * j.Interval
	}
	return end
}

// lastEnd returns the end of the root chain's latest checkpoint, and
// whether there is one.
func (j *CheckpointJob) lastEnd(ctx context.Context) (uint64, bool, error) {
	cur, err := j.Root.CurrentHeaderBlock(ctx, nil)
	if err != nil {
		return 0, false, err
	}
	if cur.Sign() == 0 {
		return 0, false, nil
	}
	hb, err := j.Root.HeaderBlock(ctx, cur, nil)
	if err != nil {
		return 0, false, err
	}
	return hb.End, true, nil
}

// Prove implements relay.Job.
func (j *CheckpointJob) Prove(ctx context.Context, t *relay.Task) (bool, string, error) {
	start, end, err := parseRange(t.ID)
	if err != nil {
		return false, "", err
	}
	last, any, err := j.lastEnd(ctx)
	if err != nil {
		return false, "", err
	}
	want := j.First
	if any {
		want = last + 1
	}
	if start > want {
		return false, fmt.Sprintf("waiting for the checkpoint ending at block %d", start-1), nil
	}
	if start < want {
		// Already covered: Delivered says so and the task is confirmed.
		t.Payload = nil
		return true, "", nil
	}
	headers := make([]*types.Header, 0, end-start+1)
	for n := start; n <= end; n++ {
		h, err := j.Chain.HeaderByNumber(ctx, u(n))
		if err != nil {
			return false, "", err
		}
		headers = append(headers, h)
	}
	root, err := checkpoint.RootHash(headers)
	if err != nil {
		return false, "", err
	}
	data := &checkpoint.Data{Proposer: j.Proposer, StartBlock: start, EndBlock: end, RootHash: root,
		AccountRootHash: j.AccountRoot, BorChainID: j.BorChainID, Epoch: j.Epoch}
	if data.AccountRootHash == (common.Hash{}) {
		data.AccountRootHash = common.Hash{1}
	}
	var sigs []sigagg.Signature
	if a, ok := j.Signer.(CheckpointAgreer); ok {
		agreed, asigs, err := a.AgreedCheckpoint(ctx, start, end, j.Layout)
		if err != nil {
			return false, "", err
		}
		if agreed.StartBlock != start || agreed.EndBlock != end || agreed.RootHash != root || agreed.BorChainID != j.BorChainID {
			return false, "", fmt.Errorf("the validators' checkpoint %d-%d (root %s, chain %d) differs from BTTC's (root %s, chain %d)",
				agreed.StartBlock, agreed.EndBlock, agreed.RootHash, agreed.BorChainID, root, j.BorChainID)
		}
		data, sigs = agreed, asigs
	} else {
		var err error
		if sigs, err = j.Signer.SignCheckpoint(ctx, data, j.Layout); err != nil {
			return false, "", err
		}
	}
	if r := sigagg.SimulateOnChain(data.VoteHash(j.Layout), sigs, j.Set, j.Policy, j.OnChain); !r.Accepted {
		if !r.Reverted {
			// Every signature the validators gave, and still short of
			// the quorum: more will not come by waiting.
			return false, "", relay.Errorf(relay.ErrBlocked, nil, "quorum impossible: the root chain would reject checkpoint %d-%d: %s", start, end, r.Reason())
		}
		return false, "", fmt.Errorf("the root chain would reject checkpoint %d-%d: %s", start, end, r.Reason())
	}
	calldata, err := checkpoint.PackSubmitCheckpoint(data.SignBytes(j.Layout), sigs)
	if err != nil {
		return false, "", err
	}
	t.Payload = calldata
	return true, "", nil
}

// CheckpointDest delivers checkpoints to the root chain contract at
// Address (BTTC's RootChain or the SDK's CheckpointManager).
type CheckpointDest struct {
	Address common.Address
	Root    exit.RootChainReader
	// Gas is the gas limit of a submission (default 3,000,000).
	Gas uint64
}

// Delivered implements relay.Destination: the root chain's latest
// checkpoint ends at or after the range.
func (d *CheckpointDest) Delivered(ctx context.Context, t *relay.Task) (bool, error) {
	_, end, err := parseRange(t.ID)
	if err != nil {
		return false, err
	}
	cur, err := d.Root.CurrentHeaderBlock(ctx, nil)
	if err != nil || cur.Sign() == 0 {
		return false, err
	}
	hb, err := d.Root.HeaderBlock(ctx, cur, nil)
	if err != nil {
		return false, err
	}
	return hb.End >= end, nil
}

// Call implements relay.Destination.
func (d *CheckpointDest) Call(t *relay.Task) (common.Address, []byte, uint64, error) {
	if len(t.Payload) == 0 {
		return common.Address{}, nil, 0, relay.Errorf(relay.ErrBadState, nil, "checkpoint %s has no calldata", t.ID)
	}
	gas := d.Gas
	if gas == 0 {
		gas = 3_000_000
	}
	return d.Address, t.Payload, gas, nil
}

var (
	_ relay.Job         = (*ExitJob)(nil)
	_ relay.Job         = (*CheckpointJob)(nil)
	_ relay.Destination = (*ExitDest)(nil)
	_ relay.Destination = (*CheckpointDest)(nil)
)

func cryptoAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
