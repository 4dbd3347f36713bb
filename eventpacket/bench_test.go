package eventpacket_test

import (
	"github.com/stretchr/testify/require"
	"testing"

	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/eventpacket/packettest"
)

// BenchmarkPacket measures one FT-transfer packet: encode, decode, and ID
// plus leaf hash.
func BenchmarkPacket(b *testing.B) {
	p := packettest.New(1).Packet(eventpacket.KindFTTransfer, 199, 1, 0, 9)
	enc, _ := p.Encode()
	b.Run("op=encode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := p.Encode(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("op=decode", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := eventpacket.Decode(enc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("op=id+leaf", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = p.ID()
			if _, err := p.LeafHash(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkBatch builds the root of 2^16 packets and all their proofs.
func BenchmarkBatch(b *testing.B) {
	packets := packettest.New(2).Packets(1<<16, 199, 1, 0, 1<<20)
	b.Run("n=2^16/op=root+all-proofs", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			batch, err := eventpacket.NewBatch(packets)
			require.NoError(b, err)
			for i := uint64(0); i < batch.Len(); i++ {
				if _, err := batch.Prove(i); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
