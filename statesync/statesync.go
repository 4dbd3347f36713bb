// Package statesync encodes and decodes BTTC's deposit path (root chain ->
// BTTC): the root chain's StateSynced event, the deposit and map-token
// messages it carries (BTTC's form with the root chain id, and upstream
// Polygon's without), the record Delivery commits on BTTC, and the replay
// key Delivery keys them by. Every decoder is strict and returns typed
// errors; none allocates more than its input's size.
package statesync

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/internal/abicodec"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// MaxDataSize bounds the data of a state sync.
const MaxDataSize = 1 << 20

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package.
const (
	// ErrNotStateSynced: a log is not a StateSynced event.
	ErrNotStateSynced = ErrorKind("ErrNotStateSynced")
	// ErrMalformed: bytes that do not decode canonically.
	ErrMalformed = ErrorKind("ErrMalformed")
	// ErrUnknownType: a sync message of a type other than DEPOSIT or MAP_TOKEN.
	ErrUnknownType = ErrorKind("ErrUnknownType")
	// ErrTooLarge: data over MaxDataSize.
	ErrTooLarge = ErrorKind("ErrTooLarge")
	// ErrBadRootChainID: a root-chain id that is not TRON, Ethereum or BSC.
	ErrBadRootChainID = ErrorKind("ErrBadRootChainID")
	// ErrBadLayout: a bttc.Layout that is neither BTTC nor Upstream (the
	// zero value is unset, never a default).
	ErrBadLayout = ErrorKind("ErrBadLayout")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is the package's error: its kind (errors.Is matches it), a
// description with the offending values, and the cause if any (reached
// through Unwrap). Every package of the SDK returns its errors in this
// shape, always as a pointer.
type Error struct {
	Kind        ErrorKind
	Description string
	Err         error
}

// Error returns the description, followed by the cause if there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Description + ": " + e.Err.Error()
	}
	return e.Description
}

// Is reports whether target is the error's kind, so errors.Is(err, ErrX)
// works.
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// Unwrap returns the cause (nil if none), so errors.Is and errors.As reach
// it.
func (e *Error) Unwrap() error { return e.Err }

func wrapError(kind ErrorKind, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Err: cause, Description: "statesync: " + fmt.Sprintf(format, args...)}
}

func makeError(kind ErrorKind, format string, args ...any) *Error {
	return &Error{Kind: kind, Description: "statesync: " + fmt.Sprintf(format, args...)}
}

// StateSyncedEventID is keccak256("StateSynced(uint256,address,bytes)").
var StateSyncedEventID = crypto.Keccak256Hash([]byte("StateSynced(uint256,address,bytes)"))

// StateSynced is the root chain's StateSender event.
type StateSynced struct {
	ID       *big.Int
	Contract common.Address
	Data     []byte
}

func args(names ...string) abi.Arguments { return abicodec.Arguments(names...) }

// DecodeStateSynced decodes a StateSynced(uint256 indexed id, address
// indexed contractAddress, bytes data) log strictly: three topics, a
// zero-padded address topic, data the canonical ABI encoding of one bytes
// value of at most MaxDataSize.
func DecodeStateSynced(log *types.Log) (*StateSynced, error) {
	if log == nil || len(log.Topics) != 3 || log.Topics[0] != StateSyncedEventID {
		return nil, makeError(ErrNotStateSynced, "not a StateSynced log")
	}
	if !allZero(log.Topics[2][:12]) {
		return nil, makeError(ErrMalformed, "contract topic has non-zero padding")
	}
	data, err := decodeCanonical("StateSynced data (bytes data)", args("bytes"), log.Data)
	if err != nil {
		return nil, err
	}
	return &StateSynced{
		ID:       new(big.Int).SetBytes(log.Topics[1][:]),
		Contract: common.BytesToAddress(log.Topics[2][12:]),
		Data:     data[0].([]byte),
	}, nil
}

// Log returns the event as a log (topics and data), the inverse of
// DecodeStateSynced.
func (s *StateSynced) Log() (*types.Log, error) {
	if s.ID == nil || s.ID.Sign() < 0 || s.ID.BitLen() > 256 {
		return nil, makeError(ErrMalformed, "id %v is not a uint256", s.ID)
	}
	data, err := args("bytes").Pack(s.Data)
	if err != nil {
		return nil, wrapError(ErrMalformed, err, "StateSynced data: encoding %d bytes", len(s.Data))
	}
	return &types.Log{Topics: []common.Hash{StateSyncedEventID, common.BigToHash(s.ID), common.BytesToHash(s.Contract[:])}, Data: data}, nil
}

// decodeCanonical unpacks b canonically (see abicodec.UnpackCanonical)
// within the size bound; what names the field for the error.
func decodeCanonical(what string, a abi.Arguments, b []byte) ([]any, error) {
	if len(b) > MaxDataSize+1024 {
		return nil, makeError(ErrTooLarge, "%s: %d bytes", what, len(b))
	}
	vals, err := abicodec.UnpackCanonical(a, b)
	if err != nil {
		return nil, makeError(ErrMalformed, "%s: %d bytes, %v", what, len(b), err)
	}
	return vals, nil
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// The message types a state sync carries.
var (
	DepositType  = crypto.Keccak256Hash([]byte("DEPOSIT"))
	MapTokenType = crypto.Keccak256Hash([]byte("MAP_TOKEN"))
)

// Deposit is a DEPOSIT message: user receives what rootToken's predicate
// locked, as depositData describes (an ABI-encoded amount for ERC20).
type Deposit struct {
	User        common.Address
	RootToken   common.Address
	RootChain   bttc.RootChainID // BTTC layout only
	DepositData []byte
}

// MapToken is a MAP_TOKEN message: rootToken maps to childToken.
type MapToken struct {
	RootToken  common.Address
	ChildToken common.Address
	RootChain  bttc.RootChainID // BTTC layout only
	TokenType  common.Hash
}

// Message is a decoded sync message: exactly one of Deposit or MapToken.
type Message struct {
	Deposit  *Deposit
	MapToken *MapToken
}

// EncodeDeposit returns abi.encode(keccak256("DEPOSIT"), abi.encode(user,
// rootToken, [uint64 rootChainId,] depositData)).
func EncodeDeposit(d *Deposit, v bttc.Layout) ([]byte, error) {
	if !v.Valid() {
		return nil, makeError(ErrBadLayout, "layout %s", v)
	}
	if len(d.DepositData) > MaxDataSize {
		return nil, makeError(ErrTooLarge, "deposit data of %d bytes", len(d.DepositData))
	}
	var inner []byte
	var err error
	if v == bttc.BTTC {
		if !d.RootChain.Valid() {
			return nil, makeError(ErrBadRootChainID, "root-chain id %d", d.RootChain)
		}
		inner, err = args("address", "address", "uint64", "bytes").Pack(d.User, d.RootToken, uint64(d.RootChain), d.DepositData)
	} else {
		inner, err = args("address", "address", "bytes").Pack(d.User, d.RootToken, d.DepositData)
	}
	if err != nil {
		return nil, wrapError(ErrMalformed, err, "deposit message: encoding")
	}
	return wrap(DepositType, inner)
}

// EncodeMapToken returns abi.encode(keccak256("MAP_TOKEN"),
// abi.encode(rootToken, childToken, [uint64 rootChainId,] tokenType)).
func EncodeMapToken(m *MapToken, v bttc.Layout) ([]byte, error) {
	if !v.Valid() {
		return nil, makeError(ErrBadLayout, "layout %s", v)
	}
	var inner []byte
	var err error
	if v == bttc.BTTC {
		if !m.RootChain.Valid() {
			return nil, makeError(ErrBadRootChainID, "root-chain id %d", m.RootChain)
		}
		inner, err = args("address", "address", "uint64", "bytes32").Pack(m.RootToken, m.ChildToken, uint64(m.RootChain), [32]byte(m.TokenType))
	} else {
		inner, err = args("address", "address", "bytes32").Pack(m.RootToken, m.ChildToken, [32]byte(m.TokenType))
	}
	if err != nil {
		return nil, wrapError(ErrMalformed, err, "map-token message: encoding")
	}
	return wrap(MapTokenType, inner)
}

func wrap(kind common.Hash, inner []byte) ([]byte, error) {
	out, err := args("bytes32", "bytes").Pack([32]byte(kind), inner)
	if err != nil {
		return nil, wrapError(ErrMalformed, err, "sync message: encoding")
	}
	return out, nil
}

// DecodeMessage decodes a sync message of the variant strictly: canonical
// ABI encodings at both levels, a known type, a valid root chain (BTTC).
func DecodeMessage(data []byte, v bttc.Layout) (*Message, error) {
	if !v.Valid() {
		return nil, makeError(ErrBadLayout, "layout %s", v)
	}
	outer, err := decodeCanonical("sync message (bytes32 type, bytes message)", args("bytes32", "bytes"), data)
	if err != nil {
		return nil, err
	}
	kind, inner := common.Hash(outer[0].([32]byte)), outer[1].([]byte)
	switch kind {
	case DepositType:
		names, what := []string{"address", "address", "bytes"}, "deposit message (address user, address rootToken, bytes depositData)"
		if v == bttc.BTTC {
			names, what = []string{"address", "address", "uint64", "bytes"}, "deposit message (address user, address rootToken, uint64 rootChainId, bytes depositData)"
		}
		vals, err := decodeCanonical(what, args(names...), inner)
		if err != nil {
			return nil, err
		}
		d := &Deposit{User: vals[0].(common.Address), RootToken: vals[1].(common.Address), DepositData: vals[len(vals)-1].([]byte)}
		if v == bttc.BTTC {
			if d.RootChain = bttc.RootChainID(vals[2].(uint64)); !d.RootChain.Valid() {
				return nil, makeError(ErrBadRootChainID, "root-chain id %d", d.RootChain)
			}
		}
		return &Message{Deposit: d}, nil
	case MapTokenType:
		names, what := []string{"address", "address", "bytes32"}, "map-token message (address rootToken, address childToken, bytes32 tokenType)"
		if v == bttc.BTTC {
			names, what = []string{"address", "address", "uint64", "bytes32"}, "map-token message (address rootToken, address childToken, uint64 rootChainId, bytes32 tokenType)"
		}
		vals, err := decodeCanonical(what, args(names...), inner)
		if err != nil {
			return nil, err
		}
		m := &MapToken{RootToken: vals[0].(common.Address), ChildToken: vals[1].(common.Address),
			TokenType: common.Hash(vals[len(vals)-1].([32]byte))}
		if v == bttc.BTTC {
			if m.RootChain = bttc.RootChainID(vals[2].(uint64)); !m.RootChain.Valid() {
				return nil, makeError(ErrBadRootChainID, "root-chain id %d", m.RootChain)
			}
		}
		return &Message{MapToken: m}, nil
	}
	return nil, makeError(ErrUnknownType, "sync type %s", kind)
}

// Record is what Delivery commits on BTTC for one state sync, the record
// argument of commitState(uint256 syncTime, bytes record). ID is the global
// sequence number across all root chains; the receiver requires it to be
// the previous one plus one.
type Record struct {
	ID       uint64
	Contract common.Address
	Data     []byte
	TxHash   common.Hash
	LogIndex uint64
	ChainID  string // the root chain's id, in decimal
}

// EncodeRecord returns RLP([id, contract, data, txHash, logIndex, chainID]).
func EncodeRecord(r *Record) ([]byte, error) {
	if !canonicalDecimal(r.ChainID) {
		return nil, makeError(ErrMalformed, "chain id %q is not a canonical decimal", r.ChainID)
	}
	if len(r.Data) > MaxDataSize {
		return nil, makeError(ErrTooLarge, "data of %d bytes", len(r.Data))
	}
	out, err := rlp.EncodeToBytes(r)
	if err != nil {
		return nil, wrapError(ErrMalformed, err, "record: RLP encoding")
	}
	return out, nil
}

// DecodeRecord decodes a record strictly: one canonical RLP list of the six
// fields with exact sizes, nothing after it, a canonical decimal chain id.
func DecodeRecord(b []byte) (*Record, error) {
	if len(b) > MaxDataSize+1024 {
		return nil, makeError(ErrTooLarge, "%d bytes", len(b))
	}
	var r Record
	if err := rlp.DecodeBytes(b, &r); err != nil {
		return nil, wrapError(ErrMalformed, err, "record: not a canonical RLP list of (id, contract, data, txHash, logIndex, chainID)")
	}
	if !canonicalDecimal(r.ChainID) {
		return nil, makeError(ErrMalformed, "chain id %q is not a canonical decimal", r.ChainID)
	}
	if len(r.Data) > MaxDataSize {
		return nil, makeError(ErrTooLarge, "data of %d bytes", len(r.Data))
	}
	return &r, nil
}

func canonicalDecimal(s string) bool {
	if s == "" || len(s) > 78 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ReplayKey identifies a state sync across root chains: Delivery keys its
// replay protection by (root chain, id on that chain), since each root
// chain's StateSender numbers its events on its own.
type ReplayKey struct {
	RootChain bttc.RootChainID
	ID        *big.Int
}

// replayDomain separates replay-key hashes from every other digest.
const replayDomain = "bttc-relay/statesync/replay-key/v1"

// Hash returns keccak256(domain ‖ uint64 root chain ‖ uint256 id), a
// fixed-size key for stores.
func (k ReplayKey) Hash() common.Hash {
	buf := make([]byte, 0, len(replayDomain)+8+32)
	buf = append(buf, replayDomain...)
	buf = binary.BigEndian.AppendUint64(buf, uint64(k.RootChain))
	id := k.ID
	if id == nil {
		id = new(big.Int)
	}
	buf = append(buf, common.BigToHash(id).Bytes()...)
	return crypto.Keccak256Hash(buf)
}

// Key returns the replay key of the event as seen on root chain c.
func (s *StateSynced) Key(c bttc.RootChainID) ReplayKey {
	return ReplayKey{RootChain: c, ID: new(big.Int).Set(s.ID)}
}
