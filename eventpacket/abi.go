package eventpacket

import (
	"github.com/bttc-relay/sdk/internal/abicodec"
	"github.com/ethereum/go-ethereum/accounts/abi"
)

func arguments(names ...string) abi.Arguments { return abicodec.Arguments(names...) }

// unpackCanonical decodes b canonically (see abicodec.UnpackCanonical).
func unpackCanonical(a abi.Arguments, b []byte, what string) ([]any, error) {
	vals, err := abicodec.UnpackCanonical(a, b)
	if err != nil {
		return nil, makeError(ErrMalformed, err, "decoding %s", what)
	}
	return vals, nil
}
