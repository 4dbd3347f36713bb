package checkpoint_test

import (
	"bytes"
	"github.com/bttc-relay/sdk/bttc"
	"testing"

	"github.com/bttc-relay/sdk/checkpoint"
)

func FuzzDecodeSignBytes(f *testing.F) {
	f.Add(sample().SignBytes(bttc.BTTC))
	f.Add(sample().SignBytes(bttc.Upstream))
	f.Add([]byte{1, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, v, err := checkpoint.DecodeSignBytes(data)
		if err != nil {
			return
		}
		if !bytes.Equal(c.SignBytes(v), data) {
			t.Fatal("accepted data does not round-trip")
		}
	})
}

func FuzzUnpackSubmitCheckpoint(f *testing.F) {
	_, _, calldata := signedCheckpoint(f)
	f.Add(calldata)
	f.Add(calldata[:100])
	f.Fuzz(func(t *testing.T, calldata []byte) {
		data, sigs, err := checkpoint.UnpackSubmitCheckpoint(calldata)
		if err != nil {
			return
		}
		again, err := checkpoint.PackSubmitCheckpoint(data, sigs)
		if err != nil || !bytes.Equal(again, calldata) {
			t.Fatal("accepted calldata does not round-trip")
		}
	})
}
