package eventpacket_test

import (
	"bytes"
	"encoding/json"
	"github.com/stretchr/testify/require"
	"testing"

	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/eventpacket/packettest"
)

func FuzzDecode(f *testing.F) {
	g := packettest.New(1)
	for k := 1; k <= 5; k++ {
		enc, _ := g.Packet(eventpacket.Kind(k), 199, 1, 0, 9).Encode()
		f.Add(enc)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := eventpacket.Decode(b)
		if err != nil {
			return
		}
		again, err := p.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatal("accepted encoding does not round-trip")
		}
	})
}

func FuzzUnmarshalJSON(f *testing.F) {
	g := packettest.New(2)
	for k := 1; k <= 5; k++ {
		js, _ := json.Marshal(g.Packet(eventpacket.Kind(k), 199, 1, 0, 9))
		f.Add(js)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var p eventpacket.Packet
		if err := json.Unmarshal(b, &p); err != nil {
			return
		}
		if err := p.ValidateBasic(); err != nil {
			t.Fatalf("accepted JSON gives an invalid packet: %v", err)
		}
		js, err := json.Marshal(&p)
		require.NoError(t, err)
		var q eventpacket.Packet
		if err := json.Unmarshal(js, &q); err != nil {
			t.Fatal(err)
		}
		a, _ := p.Encode()
		c, _ := q.Encode()
		if !bytes.Equal(a, c) {
			t.Fatal("JSON round trip changes the packet")
		}
	})
}

func FuzzParseProof(f *testing.F) {
	d := packettest.New(3).SignedBatch(9, 199, eventpacket.DefaultDomain(1, inbox), 4)
	proof, _ := d.Batch.Prove(4)
	f.Add(proof.Bytes())
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := eventpacket.ParseProof(b)
		if err != nil {
			return
		}
		if !bytes.Equal(p.Bytes(), b) {
			t.Fatal("accepted proof does not round-trip")
		}
		_ = eventpacket.VerifyInclusion(d.Checkpoint.PacketRoot, d.Checkpoint.PacketCount, d.Packets[4], p) // no panic
	})
}
