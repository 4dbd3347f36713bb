// Package tron is TRON as a root chain: addresses in their three forms,
// and the adapter to a TRON node's gRPC API through gotron-sdk — heads
// with TRON finality (the solidified block), blocks, event logs from
// transaction infos as go-ethereum logs, constant calls, and a
// relay.Sender that sends TriggerSmartContract transactions. The adapter
// implements the chains interfaces the EVM adapter does, so the relay
// routes take TRON as their root chain by configuration alone.
// Package tron/trontest is a TRON node on loopback for tests.
package tron

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package.
const (
	// ErrBadEncoding: not base58 or not hex.
	ErrBadEncoding = ErrorKind("ErrBadEncoding")
	// ErrBadChecksum: a base58check address whose 4-byte checksum differs.
	ErrBadChecksum = ErrorKind("ErrBadChecksum")
	// ErrBadPrefix: the first byte is not 0x41 (TRON mainnet and
	// testnets).
	ErrBadPrefix = ErrorKind("ErrBadPrefix")
	// ErrBadLength: not 21 bytes (0x41 and 20), or not 20 for the EVM form.
	ErrBadLength = ErrorKind("ErrBadLength")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is the package's error: its kind (errors.Is matches it), a
// description with the offending value, and the cause if any.
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

// Is reports whether target is the error's kind.
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// Unwrap returns the cause (nil if none).
func (e *Error) Unwrap() error { return e.Err }

func errorf(kind ErrorKind, format string, args ...any) *Error {
	return &Error{Kind: kind, Description: "tron: " + fmt.Sprintf(format, args...)}
}

// Prefix is the first byte of every TRON address.
const Prefix = 0x41

// Address is a TRON account or contract address: the 20 bytes an EVM
// sees (TRON's TVM uses them in ABI data and logs), shown as base58check
// of 0x41 ‖ the 20 bytes ("T…") or hex ("41…").
type Address common.Address

// FromEVM returns the TRON address of 20 EVM bytes.
func FromEVM(a common.Address) Address { return Address(a) }

// EVM returns the 20 bytes contracts see.
func (a Address) EVM() common.Address { return common.Address(a) }

// Bytes returns 0x41 ‖ the 20 bytes.
func (a Address) Bytes() []byte { return append([]byte{Prefix}, a[:]...) }

// Hex returns "41…" (42 hex digits).
func (a Address) Hex() string { return hex.EncodeToString(a.Bytes()) }

// String returns the base58check form ("T…").
func (a Address) String() string {
	b := a.Bytes()
	return base58Encode(append(b, checksum(b)...))
}

func checksum(b []byte) []byte {
	h := sha256.Sum256(b)
	h = sha256.Sum256(h[:])
	return h[:4]
}

// Parse reads an address in base58check ("T…"), TRON hex ("41…", with or
// without 0x) or EVM hex (40 digits, with or without 0x) form, strictly:
// the errors say which rule failed (ErrBadEncoding, ErrBadChecksum,
// ErrBadPrefix, ErrBadLength).
func Parse(s string) (Address, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) == 40 || len(h) == 42 {
		if b, err := hex.DecodeString(h); err == nil {
			if len(b) == 20 {
				return Address(common.BytesToAddress(b)), nil
			}
			return fromRaw(b, s)
		}
	}
	return ParseBase58(s)
}

// ParseBase58 reads the base58check form.
func ParseBase58(s string) (Address, error) {
	raw, err := base58Decode(s)
	if err != nil {
		return Address{}, err
	}
	if len(raw) != 25 {
		return Address{}, errorf(ErrBadLength, "%q decodes to %d bytes, want 25 (0x41, 20 bytes, 4 of checksum)", s, len(raw))
	}
	body, sum := raw[:21], raw[21:]
	if !bytes.Equal(checksum(body), sum) {
		return Address{}, errorf(ErrBadChecksum, "%q: checksum %x, want %x", s, sum, checksum(body))
	}
	return fromRaw(body, s)
}

// FromBytes reads the 21-byte form (0x41 ‖ 20 bytes) that TRON's
// protobuf messages carry.
func FromBytes(b []byte) (Address, error) { return fromRaw(b, fmt.Sprintf("%x", b)) }

// fromRaw checks 0x41 ‖ 20 bytes.
func fromRaw(b []byte, s string) (Address, error) {
	if len(b) != 21 {
		return Address{}, errorf(ErrBadLength, "%q is %d bytes, want 21", s, len(b))
	}
	if b[0] != Prefix {
		return Address{}, errorf(ErrBadPrefix, "%q starts with 0x%02x, want 0x41", s, b[0])
	}
	return Address(common.BytesToAddress(b[1:])), nil
}

const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

func base58Encode(b []byte) string {
	n := new(big.Int).SetBytes(b)
	var out []byte
	mod, base := new(big.Int), big.NewInt(58)
	for n.Sign() > 0 {
		n.DivMod(n, base, mod)
		out = append(out, alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, alphabet[0])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func base58Decode(s string) ([]byte, error) {
	if s == "" || len(s) > 64 {
		return nil, errorf(ErrBadEncoding, "%q is not a base58 address", s)
	}
	n, base := new(big.Int), big.NewInt(58)
	for _, c := range []byte(s) {
		i := strings.IndexByte(alphabet, c)
		if i < 0 {
			return nil, errorf(ErrBadEncoding, "%q: %q is not a base58 digit", s, c)
		}
		n.Mul(n, base).Add(n, big.NewInt(int64(i)))
	}
	out := n.Bytes()
	zeros := 0
	for zeros < len(s) && s[zeros] == alphabet[0] {
		zeros++
	}
	return append(make([]byte, zeros), out...), nil
}
