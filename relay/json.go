package relay

import (
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// taskJSON is a task's JSON form (the operator API, `relay list --json`):
// snake_case names, hashes and bytes in 0x-hex, times in RFC 3339, and
// what is unset (a zero hash or time, no bytes) left out.
type taskJSON struct {
	ID         string        `json:"id"`
	Route      string        `json:"route"`
	State      State         `json:"state"`
	Lane       string        `json:"lane"`
	Block      uint64        `json:"block"`
	BlockHash  *common.Hash  `json:"block_hash,omitempty"`
	TxHash     *common.Hash  `json:"tx_hash,omitempty"`
	LogIndex   uint          `json:"log_index"`
	Data       hexutil.Bytes `json:"data,omitempty"`
	Payload    hexutil.Bytes `json:"payload,omitempty"`
	SentTx     *common.Hash  `json:"sent_tx,omitempty"`
	SentNonce  uint64        `json:"sent_nonce,omitempty"`
	SentRaw    hexutil.Bytes `json:"sent_raw,omitempty"`
	SentAt     *time.Time    `json:"sent_at,omitempty"`
	Attempts   int           `json:"attempts"`
	LastError  string        `json:"last_error,omitempty"`
	NextTry    *time.Time    `json:"next_try,omitempty"`
	GasUsed    uint64        `json:"gas_used,omitempty"`
	Created    *time.Time    `json:"created,omitempty"`
	Updated    *time.Time    `json:"updated,omitempty"`
	Owner      string        `json:"owner,omitempty"`
	LeaseUntil *time.Time    `json:"lease_until,omitempty"`
}

func hashOrNil(h common.Hash) *common.Hash {
	if h == (common.Hash{}) {
		return nil
	}
	return &h
}

func timeOrNil(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func hashOf(h *common.Hash) common.Hash {
	if h == nil {
		return common.Hash{}
	}
	return *h
}

func timeOf(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return *t
}

// MarshalJSON writes the task's JSON form.
func (t Task) MarshalJSON() ([]byte, error) {
	return json.Marshal(taskJSON{ID: t.ID, Route: t.Route, State: t.State, Lane: t.Lane.String(), Block: t.Block,
		BlockHash: hashOrNil(t.BlockHash), TxHash: hashOrNil(t.TxHash), LogIndex: t.LogIndex, Data: t.Data, Payload: t.Payload,
		SentTx: hashOrNil(t.SentTx), SentNonce: t.SentNonce, SentRaw: t.SentRaw, SentAt: timeOrNil(t.SentAt),
		Attempts: t.Attempts, LastError: t.LastError, NextTry: timeOrNil(t.NextTry), GasUsed: t.GasUsed,
		Created: timeOrNil(t.Created), Updated: timeOrNil(t.Updated), Owner: t.Owner, LeaseUntil: timeOrNil(t.LeaseUntil)})
}

// UnmarshalJSON reads the task's JSON form.
func (t *Task) UnmarshalJSON(b []byte) error {
	var j taskJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	lane := Live
	if j.Lane == Backfill.String() {
		lane = Backfill
	}
	*t = Task{ID: j.ID, Route: j.Route, State: j.State, Lane: lane, Block: j.Block, BlockHash: hashOf(j.BlockHash),
		TxHash: hashOf(j.TxHash), LogIndex: j.LogIndex, Data: j.Data, Payload: j.Payload, SentTx: hashOf(j.SentTx),
		SentNonce: j.SentNonce, SentRaw: j.SentRaw, SentAt: timeOf(j.SentAt), Attempts: j.Attempts, LastError: j.LastError,
		NextTry: timeOf(j.NextTry), GasUsed: j.GasUsed, Created: timeOf(j.Created), Updated: timeOf(j.Updated),
		Owner: j.Owner, LeaseUntil: timeOf(j.LeaseUntil)}
	return nil
}
