package packettest_test

import (
	"fmt"

	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/eventpacket/packettest"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
)

// A signed batch of packets ready for delivery, from a seed.
func ExampleGen_SignedBatch() {
	domain := eventpacket.DefaultDomain(56, common.HexToAddress("0x00000000000000000000000000000000000001b0"))
	d := packettest.New(3).SignedBatch(8, 199, domain, 7)
	proof, _ := d.Batch.Prove(5)
	err := eventpacket.VerifyDelivery(d.Domain, d.Packets[5], proof, d.Checkpoint, d.Signatures, d.Set, sigagg.CountQuorum)
	fmt.Println(len(d.Packets), "packets,", len(d.Signatures), "signatures, delivery:", err)
	// Output:
	// 8 packets, 5 signatures, delivery: <nil>
}
