package abicodec

import (
	"errors"
	"github.com/stretchr/testify/require"
	"math/big"
	"testing"
)

func TestUnpackCanonical(t *testing.T) {
	a := Arguments("uint256", "bytes")
	enc, err := a.Pack(big.NewInt(5), []byte{1, 2, 3})
	require.NoError(t, err)
	if _, err := UnpackCanonical(a, enc); err != nil {
		t.Fatal(err)
	}
	dirty := append([]byte(nil), enc...)
	dirty[len(dirty)-1] = 9 // padding after the 3 data bytes
	if _, err := UnpackCanonical(a, dirty); !errors.Is(err, ErrNonCanonical) {
		t.Fatalf("dirty padding: %v", err)
	}
	if _, err := UnpackCanonical(a, append(enc, make([]byte, 32)...)); !errors.Is(err, ErrNonCanonical) {
		t.Fatalf("trailing word: %v", err)
	}
	for _, n := range typeNames {
		Arguments(n)
	}
}
