package eventpacket_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
)

// A source chain's packets are batched, checkpointed and signed by the
// validators for one destination inbox; the destination verifies a packet
// and refuses to deliver it twice.
func ExampleVerifyDelivery() {
	transfer := &eventpacket.Packet{
		Version: eventpacket.Version, Kind: eventpacket.KindFTTransfer,
		SourceChainID: 199, Emitter: common.HexToAddress("0x0a"), Sequence: 1,
		SourceBlockNumber: 1500, Timestamp: 1_700_000_000,
		DestChainID: 1, Receiver: common.HexToAddress("0x0b"),
		Payload: &eventpacket.FTTransfer{Token: common.HexToAddress("0x0c"), From: common.HexToAddress("0x0d"),
			To: common.HexToAddress("0x0e"), Amount: big.NewInt(1e18)},
	}
	batch, _ := eventpacket.NewBatch([]*eventpacket.Packet{transfer})

	set, keys := sigaggtest.Set(1, 4)
	cp := &eventpacket.PacketCheckpoint{Version: eventpacket.Version, SourceChainID: 199, Number: 1,
		StartHeight: 1000, EndHeight: 2000, PacketRoot: batch.Root(), PacketCount: batch.Len(), ValidatorSetHash: set.Hash()}
	domain := eventpacket.DefaultDomain(1, common.HexToAddress("0x1b0"))
	var sigs []sigagg.Signature
	for _, k := range keys[:3] {
		s, _ := eventpacket.Sign(cp, domain, k.Private)
		sigs = append(sigs, s)
	}

	proof, _ := batch.Prove(0)
	guard := eventpacket.NewMemoryGuard()
	deliver := func() error {
		if err := eventpacket.VerifyDelivery(domain, transfer, proof, cp, sigs, set, sigagg.CountQuorum); err != nil {
			return err
		}
		id, err := transfer.ID()
		if err != nil {
			return err
		}
		return guard.Mark(context.Background(), id)
	}
	fmt.Println(deliver())
	fmt.Println(errors.Is(deliver(), eventpacket.ErrReplay))

	// The same signatures are worthless for another inbox.
	elsewhere := eventpacket.DefaultDomain(1, common.HexToAddress("0x2b0"))
	err := eventpacket.VerifyDelivery(elsewhere, transfer, proof, cp, sigs, set, sigagg.CountQuorum)
	fmt.Println(errors.Is(err, eventpacket.ErrBadSignatures))
	// Output:
	// <nil>
	// true
	// true
}
