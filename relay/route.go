package relay

import (
	"context"
	"math/big"
	"time"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/ethereum/go-ethereum/common"
)

// Source is the chain a route watches: heads (final under the adapter's
// finality rule, and the latest), headers, logs and receipts.
type Source interface {
	chains.Reader
}

// Job turns a route's source events into deliverable work.
type Job interface {
	// Observe returns the tasks for the events in blocks [from, to] of the
	// source (IDs stable for the same event; the engine fills in State,
	// Lane and the timestamps). Log-driven jobs filter logs; others (the
	// checkpoint route) look at the blocks themselves.
	Observe(ctx context.Context, src Source, from, to uint64) ([]*Task, error)
	// Prove builds the payload of a final task into t.Payload and checks it
	// off-chain. ready is false when the proof material does not exist yet
	// (the task waits, with reason as its LastError); an error is a failed
	// attempt, retried with backoff; an error of kind ErrBadState (or one
	// wrapping it) fails the task for good.
	Prove(ctx context.Context, t *Task) (ready bool, reason string, err error)
}

// Destination is where a route delivers: a contract on a chain.
type Destination interface {
	// Delivered reports whether the destination already shows the task's
	// effect (an exit hash processed, a checkpoint stored, a packet ID
	// delivered): the engine asks before every send, so a crash or a
	// second relayer never delivers twice.
	Delivered(ctx context.Context, t *Task) (bool, error)
	// Call returns the transaction that delivers a proven task: the
	// contract, calldata and gas limit.
	Call(t *Task) (to common.Address, data []byte, gas uint64, err error)
}

// DestChain is what the engine needs of the destination chain to send and
// confirm transactions. *evm.Client and *simulated.Chain implement it.
type DestChain interface {
	chains.TxSender
	chains.ReceiptReader
	chains.HeaderReader
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
}

// Sent is a signed transaction as the engine records it before the
// broadcast: its hash (the EVM transaction hash, the TRON transaction id),
// its sequence (the EVM nonce; the expiration in milliseconds on TRON) and
// its raw encoding (what Rebroadcast sends again).
type Sent struct {
	Tx    common.Hash
	Nonce uint64
	Raw   []byte
}

// Sender signs, records and broadcasts one account's transactions on a
// route's destination chain, and follows them: *Wallet on EVM chains,
// chains/tron's Sender on TRON. A send is recorded (durably, by the
// engine) before it is broadcast, so a crash at any moment leaves nothing
// or a recorded transaction that is found or broadcast again, never a
// second one.
type Sender interface {
	chains.ReceiptReader
	chains.HeaderReader
	// Address is the sending account.
	Address() common.Address
	// Send signs a call to `to`, passes it to record (an error there
	// stops the send before anything is broadcast), then broadcasts it. A
	// broadcast error is returned with the recorded send: the engine's
	// confirmation step broadcasts it again or finds it dropped.
	Send(ctx context.Context, to common.Address, data []byte, gas uint64, record func(Sent) error) (Sent, error)
	// Rebroadcast sends a recorded transaction again; a node that already
	// has it (or has mined it) is not an error.
	Rebroadcast(ctx context.Context, s Sent) error
	// Dropped reports whether a recorded send without a receipt can no
	// longer be mined: its nonce was used by another transaction (EVM), or
	// it expired (TRON).
	Dropped(ctx context.Context, s Sent) (bool, error)
	// Recorded tells the sender of a send found in the store at start
	// (an EVM wallet does not hand its nonce out again).
	Recorded(s Sent)
}

// Route is one flow of work: a source, a job and a destination.
type Route struct {
	// Name identifies the route in the store, logs and metrics (unique).
	Name   string
	Source Source
	Job    Job
	Dest   Destination
	// Wallet signs and sends the route's transactions (a *Wallet on EVM
	// chains).
	Wallet Sender
	// StartBlock is where a route with no cursor begins.
	StartBlock uint64
	// Confirmations is how many blocks must follow a delivering
	// transaction's block before the task is Confirmed (default 0).
	Confirmations uint64
	// SourceName names the source chain in health reasons (default: the
	// chains/evm preset's name, else the route's name).
	SourceName string
	// BlockTime is the source's expected block interval: a head that does
	// not move for Options.HeadStallBlocks of them stalls the route. Zero:
	// unknown, Options.StallAfter applies.
	BlockTime time.Duration
}

// presetter is a source that knows its chain (chains/evm.Client).
type presetter interface{ Preset() evm.Preset }

// sourceName is how health reasons name the route's source.
func (r *Route) sourceName() string {
	if r.SourceName != "" {
		return r.SourceName
	}
	if p, ok := r.Source.(presetter); ok && p.Preset().Name != "" {
		return p.Preset().Name
	}
	return r.Name
}
