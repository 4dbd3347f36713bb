// Package routes holds the relay engine's working routes: exits (BTTC
// burns delivered to a root chain's ExitManager), checkpoints (BTTC block
// ranges signed by the validators and submitted to a root chain), and the
// in-process checkpoint signer. Each is a relay.Job and a
// relay.Destination built from the SDK's packages; a relayer author wires
// them to chains and a store.
package routes

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/relay"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// ExitJob watches burns of child tokens on BTTC and builds their exit
// payloads once a final checkpoint on the root chain covers them: the
// work BTTC's own relayer does.
type ExitJob struct {
	// ChildTokens are the mapped child tokens whose burns are exited.
	ChildTokens []common.Address
	// Finder finds the root chain's final checkpoint covering a block.
	Finder *exit.Finder
	// Builder builds and verifies (strict mode) the payload; its Layout
	// decides which burn event is watched.
	Builder *exit.Builder
}

// ExitTaskID is the task ID of the burn at block log index logIndex of
// transaction tx.
func ExitTaskID(tx common.Hash, logIndex uint) string {
	return fmt.Sprintf("exit/%s/%d", tx.Hex(), logIndex)
}

// Observe implements relay.Job: one task per burn log of a watched token.
func (j *ExitJob) Observe(ctx context.Context, src relay.Source, from, to uint64) ([]*relay.Task, error) {
	event := bttc.WithdrawToEventID
	if j.Builder.Layout == bttc.Upstream {
		event = bttc.TransferEventID
	}
	logs, err := src.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: u(from), ToBlock: u(to),
		Addresses: j.ChildTokens, Topics: [][]common.Hash{{event}}})
	if err != nil {
		return nil, err
	}
	var tasks []*relay.Task
	for _, l := range logs {
		if l.Removed || len(l.Topics) < 3 || l.Topics[2] != (common.Hash{}) {
			continue // not a burn (a Transfer or WithdrawTo to a non-zero address)
		}
		tasks = append(tasks, &relay.Task{ID: ExitTaskID(l.TxHash, l.Index), Block: l.BlockNumber, BlockHash: l.BlockHash,
			TxHash: l.TxHash, LogIndex: l.Index, Data: l.Address.Bytes()})
	}
	return tasks, nil
}

// Prove implements relay.Job: waits for a final checkpoint covering the
// burn's block, then builds the payload (two round trips) and verifies it
// in strict mode.
func (j *ExitJob) Prove(ctx context.Context, t *relay.Task) (bool, string, error) {
	hb, err := j.Finder.Find(ctx, t.Block)
	if errors.Is(err, exit.ErrNotFound) {
		return false, fmt.Sprintf("no final checkpoint on the root chain covers block %d yet", t.Block), nil
	}
	if err != nil {
		return false, "", err
	}
	p, err := j.Builder.BuildLog(ctx, t.TxHash, t.LogIndex, common.BytesToAddress(t.Data), hb)
	if err != nil {
		if errors.Is(err, exit.ErrWrongLog) || errors.Is(err, exit.ErrMalformed) {
			return false, "", relay.Errorf(relay.ErrBadState, err, "the burn cannot be exited")
		}
		return false, "", err
	}
	enc, err := p.Encode()
	if err != nil {
		return false, "", err
	}
	t.Payload = enc
	return true, "", nil
}

// ExitDest delivers exits to the SDK's ExitManager on a root chain.
type ExitDest struct {
	// ExitManager is the contract's address; Chain reads it.
	ExitManager common.Address
	Chain       chains.Caller
	// Gas is the gas limit of an exit (default 1,500,000).
	Gas uint64

	once sync.Once
	abi  *abi.ABI
	err  error
}

func (d *ExitDest) parsed() (*abi.ABI, error) {
	d.once.Do(func() { d.abi, d.err = contracts.ExitManagerMetaData.GetAbi() })
	return d.abi, d.err
}

// Delivered implements relay.Destination: the contract has processed the
// payload's exit hash.
func (d *ExitDest) Delivered(ctx context.Context, t *relay.Task) (bool, error) {
	p, err := exit.Decode(t.Payload)
	if err != nil {
		return false, relay.Errorf(relay.ErrBadState, err, "stored payload of %s", t.ID)
	}
	a, err := d.parsed()
	if err != nil {
		return false, err
	}
	hash := p.ExitHash()
	data, err := a.Pack("processedExits", hash)
	if err != nil {
		return false, err
	}
	out, err := d.Chain.CallContract(ctx, ethereum.CallMsg{To: &d.ExitManager, Data: data}, nil)
	if err != nil {
		return false, err
	}
	vals, err := a.Unpack("processedExits", out)
	if err != nil || len(vals) != 1 {
		return false, fmt.Errorf("processedExits returned %d bytes", len(out))
	}
	done, _ := vals[0].(bool)
	return done, nil
}

// Call implements relay.Destination: exit(payload).
func (d *ExitDest) Call(t *relay.Task) (common.Address, []byte, uint64, error) {
	a, err := d.parsed()
	if err != nil {
		return common.Address{}, nil, 0, err
	}
	data, err := a.Pack("exit", t.Payload)
	if err != nil {
		return common.Address{}, nil, 0, err
	}
	gas := d.Gas
	if gas == 0 {
		gas = 1_500_000
	}
	return d.ExitManager, data, gas, nil
}
