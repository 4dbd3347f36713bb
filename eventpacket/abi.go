package eventpacket

import (
	"bytes"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// abiTypes are the ABI types the format uses, built once (immutable).
var abiTypes = sync.OnceValue(func() map[string]abi.Type {
	m := map[string]abi.Type{}
	for _, name := range []string{"uint8", "uint32", "uint64", "uint256", "uint256[]", "address", "bytes32", "bytes"} {
		t, err := abi.NewType(name, "", nil)
		if err != nil {
			panic("eventpacket: abi type " + name + ": " + err.Error()) // constant names: caught by any test
		}
		m[name] = t
	}
	return m
})

func arguments(names ...string) abi.Arguments {
	ts := abiTypes()
	out := make(abi.Arguments, len(names))
	for i, n := range names {
		out[i] = abi.Argument{Type: ts[n]}
	}
	return out
}

// unpackCanonical decodes b and requires that encoding the values again
// gives b back: no trailing bytes, no unusual offsets, no dirty padding.
func unpackCanonical(a abi.Arguments, b []byte, what string) ([]any, error) {
	vals, err := a.Unpack(b)
	if err != nil {
		return nil, makeError(ErrMalformed, err, "decoding %s", what)
	}
	again, err := a.Pack(vals...)
	if err != nil || !bytes.Equal(again, b) {
		return nil, makeError(ErrMalformed, nil, "%s is not canonically encoded", what)
	}
	return vals, nil
}
