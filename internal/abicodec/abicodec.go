// Package abicodec builds ABI argument lists from type names and decodes
// ABI data canonically, for the packages that define ABI-encoded formats
// (eventpacket, statesync).
package abicodec

import (
	"bytes"
	"errors"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// typeNames are the ABI types the SDK's formats use.
var typeNames = []string{"uint8", "uint32", "uint64", "uint256", "uint256[]", "address", "bytes32", "bytes"}

// types is the parsed table of typeNames, built once and read-only.
var types = sync.OnceValue(func() map[string]abi.Type {
	m := make(map[string]abi.Type, len(typeNames))
	for _, n := range typeNames {
		t, err := abi.NewType(n, "", nil)
		if err != nil {
			panic("abicodec: " + n + ": " + err.Error()) // a constant list: caught by any test
		}
		m[n] = t
	}
	return m
})

// Arguments returns the argument list of the named ABI types, in order
// (for example "address", "uint256[]", "bytes"). It panics on a name
// outside the table: the names are constants of the calling code.
func Arguments(names ...string) abi.Arguments {
	ts := types()
	out := make(abi.Arguments, len(names))
	for i, n := range names {
		t, ok := ts[n]
		if !ok {
			panic("abicodec: ABI type " + n + " is not in the table")
		}
		out[i] = abi.Argument{Type: t}
	}
	return out
}

// ErrNonCanonical reports data that decodes but is not what encoding the
// decoded values gives (trailing bytes, unusual offsets, dirty padding).
var ErrNonCanonical = errors.New("non-canonical ABI encoding")

// ErrUndecodable reports data that does not decode as the expected types
// at all (too short, an offset or length out of range). The decoder's own
// message is dropped: callers name the field in their error instead.
var ErrUndecodable = errors.New("not an ABI encoding of the expected types")

// UnpackCanonical decodes b and requires that encoding the values again
// gives b back. Errors are ErrUndecodable or ErrNonCanonical.
func UnpackCanonical(a abi.Arguments, b []byte) ([]any, error) {
	vals, err := a.Unpack(b)
	if err != nil {
		return nil, ErrUndecodable
	}
	again, err := a.Pack(vals...)
	if err != nil || !bytes.Equal(again, b) {
		return nil, ErrNonCanonical
	}
	return vals, nil
}
