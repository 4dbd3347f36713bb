package relay

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// State is where a task is on its way from a source event to a delivered
// effect. Tasks move forward only; Failed and Skipped end a task until an
// operator retries it.
type State string

// The states of a task.
const (
	// Observed: the source event is in a block that is not final yet.
	Observed State = "observed"
	// Final: the source block is final under the route's chains.Finality.
	Final State = "final"
	// Awaiting: final, but the proof material does not exist yet (for an
	// exit: no checkpoint on the root chain covers the block).
	Awaiting State = "awaiting"
	// Proven: the payload is built and verified off-chain.
	Proven State = "proven"
	// Submitted: a transaction carrying the payload was signed and
	// recorded (hash and nonce) before it was broadcast.
	Submitted State = "submitted"
	// Confirmed: the destination shows the effect (a successful receipt,
	// or the destination's own record that the work is done).
	Confirmed State = "confirmed"
	// Failed: the task cannot make progress without an operator (the
	// reason is in LastError).
	Failed State = "failed"
	// Skipped: an operator decided the task will not be delivered.
	Skipped State = "skipped"
)

// Terminal reports whether s ends the task.
func (s State) Terminal() bool { return s == Confirmed || s == Failed || s == Skipped }

// States lists every state in order.
var States = []State{Observed, Final, Awaiting, Proven, Submitted, Confirmed, Failed, Skipped}

// Lane separates catch-up work from live work so a backlog never starves
// new events: each lane has its own workers and claim limit.
type Lane uint8

const (
	// Live: the source block was near the head when observed.
	Live Lane = iota
	// Backfill: the source block was far behind the head (catch-up).
	Backfill
)

func (l Lane) String() string {
	if l == Backfill {
		return "backfill"
	}
	return "live"
}

// Task is one unit of work: a source event to deliver once.
type Task struct {
	// ID is unique across routes and stable: the same source event always
	// gets the same ID (route name, transaction hash and log index, or the
	// route's own key), so re-observing it never creates a second task.
	// Routes sharing a store must not make the same ID: a task whose ID is
	// stored already is taken as seen.
	ID    string
	Route string
	State State
	Lane  Lane

	// Where the source event is.
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	LogIndex  uint

	// Data is the route's own encoding of the event; Payload the calldata
	// once Proven.
	Data    []byte
	Payload []byte

	// The recorded send: set before the transaction is broadcast, so a
	// restarted relayer finds it instead of sending a second one.
	SentTx    common.Hash
	SentNonce uint64
	SentRaw   []byte
	SentAt    time.Time

	// Attempts counts failed attempts; LastError is the latest failure
	// (or why the task waits); NextTry is when it is due again.
	Attempts  int
	LastError string
	NextTry   time.Time

	// GasUsed is the gas of the confirming transaction.
	GasUsed uint64

	Created time.Time
	Updated time.Time

	// The lease of the process working on the task (stores with several
	// processes): no other owner claims it before LeaseUntil.
	Owner      string
	LeaseUntil time.Time
}

// Clone returns a deep copy.
func (t *Task) Clone() *Task {
	c := *t
	c.Data = append([]byte(nil), t.Data...)
	c.Payload = append([]byte(nil), t.Payload...)
	c.SentRaw = append([]byte(nil), t.SentRaw...)
	return &c
}

// Cursor is how far a route has scanned its source: a block number and
// that block's hash, so a reorg below it is noticed.
type Cursor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}
