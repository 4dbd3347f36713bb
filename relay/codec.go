package relay

import (
	"encoding/binary"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ErrCorrupt: a stored task's bytes do not decode (UnmarshalBinary).
const ErrCorrupt = ErrorKind("ErrCorrupt")

// taskCodecVersion is the first byte of an encoded task.
const taskCodecVersion = 1

// Presence bits of the encoded hashes (a zero hash is left out).
const (
	hasBlockHash = 1 << iota
	hasTxHash
	hasSentTx
)

// MarshalBinary encodes the task for a store: a version byte, a byte of
// presence bits for the three hashes, then every field in declaration
// order — strings and byte slices as a uvarint length and the bytes,
// integers as uvarints, hashes as 32 bytes when present, times as a
// varint of Unix nanoseconds (0 for the zero time; a time outside the
// nanosecond range of int64 is clamped to it). An empty task takes 21
// bytes; JSON took 619 for a task with one byte of data.
func (t *Task) MarshalBinary() ([]byte, error) {
	n := 2 + 3*32 + 16*binary.MaxVarintLen64 + len(t.ID) + len(t.Route) + len(t.State) +
		len(t.Data) + len(t.Payload) + len(t.SentRaw) + len(t.LastError) + len(t.Owner)
	b := make([]byte, 0, n)
	var flags byte
	if t.BlockHash != (common.Hash{}) {
		flags |= hasBlockHash
	}
	if t.TxHash != (common.Hash{}) {
		flags |= hasTxHash
	}
	if t.SentTx != (common.Hash{}) {
		flags |= hasSentTx
	}
	b = append(b, taskCodecVersion, flags)
	b = appendBytes(b, []byte(t.ID))
	b = appendBytes(b, []byte(t.Route))
	b = appendBytes(b, []byte(t.State))
	b = binary.AppendUvarint(b, uint64(t.Lane))
	b = binary.AppendUvarint(b, t.Block)
	if flags&hasBlockHash != 0 {
		b = append(b, t.BlockHash[:]...)
	}
	if flags&hasTxHash != 0 {
		b = append(b, t.TxHash[:]...)
	}
	b = binary.AppendUvarint(b, uint64(t.LogIndex))
	b = appendBytes(b, t.Data)
	b = appendBytes(b, t.Payload)
	if flags&hasSentTx != 0 {
		b = append(b, t.SentTx[:]...)
	}
	b = binary.AppendUvarint(b, t.SentNonce)
	b = appendBytes(b, t.SentRaw)
	b = appendTime(b, t.SentAt)
	b = binary.AppendUvarint(b, uint64(max(t.Attempts, 0)))
	b = appendBytes(b, []byte(t.LastError))
	b = appendTime(b, t.NextTry)
	b = binary.AppendUvarint(b, t.GasUsed)
	b = appendTime(b, t.Created)
	b = appendTime(b, t.Updated)
	b = appendBytes(b, []byte(t.Owner))
	b = appendTime(b, t.LeaseUntil)
	return b, nil
}

func appendBytes(b, v []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(v)))
	return append(b, v...)
}

func appendTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return binary.AppendVarint(b, 0)
	}
	ns := t.UnixNano() // clamps outside 1678..2262
	if ns == 0 {
		ns = 1 // the Unix epoch itself is 1 ns later, not the zero time
	}
	return binary.AppendVarint(b, ns)
}

// taskReader decodes MarshalBinary's fields; the first error sticks.
type taskReader struct {
	b   []byte
	err *Error
}

func (r *taskReader) fail(what string) {
	if r.err == nil {
		r.err = Errorf(ErrCorrupt, nil, "encoded task: %s is truncated or malformed", what)
	}
}

func (r *taskReader) uvarint(what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail(what)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *taskReader) bytes(what string) []byte {
	n := r.uvarint(what)
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.fail(what)
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	if n == 0 {
		return nil
	}
	return append([]byte(nil), v...)
}

func (r *taskReader) hash(present bool, what string) (h common.Hash) {
	if !present || r.err != nil {
		return h
	}
	if len(r.b) < 32 {
		r.fail(what)
		return h
	}
	copy(h[:], r.b[:32])
	r.b = r.b[32:]
	return h
}

func (r *taskReader) time(what string) time.Time {
	if r.err != nil {
		return time.Time{}
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail(what)
		return time.Time{}
	}
	r.b = r.b[n:]
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(0, v)
}

// UnmarshalBinary decodes MarshalBinary's encoding into t (every field is
// set). Bytes that are not such an encoding — another version, a
// truncated field, bytes left over, a count beyond the int range — give
// an ErrCorrupt error and leave t unchanged.
func (t *Task) UnmarshalBinary(data []byte) error {
	if len(data) < 2 {
		return Errorf(ErrCorrupt, nil, "encoded task: %d bytes, at least 2 expected", len(data))
	}
	if data[0] != taskCodecVersion {
		return Errorf(ErrCorrupt, nil, "encoded task: version %d, expected %d", data[0], taskCodecVersion)
	}
	flags := data[1]
	if flags&^(hasBlockHash|hasTxHash|hasSentTx) != 0 {
		return Errorf(ErrCorrupt, nil, "encoded task: unknown presence bits %#x", flags)
	}
	r := &taskReader{b: data[2:]}
	var d Task
	d.ID = string(r.bytes("id"))
	d.Route = string(r.bytes("route"))
	d.State = State(r.bytes("state"))
	lane := r.uvarint("lane")
	d.Block = r.uvarint("block")
	d.BlockHash = r.hash(flags&hasBlockHash != 0, "block hash")
	d.TxHash = r.hash(flags&hasTxHash != 0, "transaction hash")
	logIndex := r.uvarint("log index")
	d.Data = r.bytes("data")
	d.Payload = r.bytes("payload")
	d.SentTx = r.hash(flags&hasSentTx != 0, "sent transaction hash")
	d.SentNonce = r.uvarint("sent nonce")
	d.SentRaw = r.bytes("sent transaction")
	d.SentAt = r.time("sent time")
	attempts := r.uvarint("attempts")
	d.LastError = string(r.bytes("last error"))
	d.NextTry = r.time("next try")
	d.GasUsed = r.uvarint("gas used")
	d.Created = r.time("created")
	d.Updated = r.time("updated")
	d.Owner = string(r.bytes("owner"))
	d.LeaseUntil = r.time("lease")
	switch {
	case r.err != nil:
		return r.err
	case len(r.b) != 0:
		return Errorf(ErrCorrupt, nil, "encoded task: %d bytes left over", len(r.b))
	case lane > 255:
		return Errorf(ErrCorrupt, nil, "encoded task: lane %d", lane)
	case attempts > 1<<31-1 || logIndex > 1<<32-1:
		return Errorf(ErrCorrupt, nil, "encoded task: attempts %d or log index %d out of range", attempts, logIndex)
	}
	d.Lane, d.Attempts, d.LogIndex = Lane(lane), int(attempts), uint(logIndex)
	*t = d
	return nil
}
