package eventpacket_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/stretchr/testify/require"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/eventpacket/packettest"
	"github.com/bttc-relay/sdk/statesync"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"
)

// TestRoundTrips: for random packets of every kind, Encode equals
// go-ethereum's abi encoding of the tuple, and Encode/Decode and
// MarshalJSON/UnmarshalJSON give the same packet back (same encoding, ID,
// JSON bytes).
func TestRoundTrips(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		g := packettest.New(rapid.Uint64().Draw(rt, "seed"))
		p := g.Packet(eventpacket.Kind(rapid.IntRange(1, 5).Draw(rt, "kind")), 199, 1, 0, 1<<40)
		enc, err := p.Encode()
		if err != nil {
			rt.Fatal(err)
		}
		if !bytes.Equal(enc, independentEncoding(rt, p)) {
			rt.Fatal("encoding differs from go-ethereum's abi")
		}
		back, err := eventpacket.Decode(enc)
		if err != nil {
			rt.Fatal(err)
		}
		again, _ := back.Encode()
		if !bytes.Equal(again, enc) || mustID(t, back) != mustID(t, p) {
			rt.Fatal("binary round trip differs")
		}
		js, err := json.Marshal(p)
		if err != nil {
			rt.Fatal(err)
		}
		var fromJSON eventpacket.Packet
		if err := json.Unmarshal(js, &fromJSON); err != nil {
			rt.Fatal(err)
		}
		js2, _ := json.Marshal(&fromJSON)
		enc2, _ := fromJSON.Encode()
		if !bytes.Equal(js, js2) || !bytes.Equal(enc, enc2) {
			rt.Fatalf("JSON round trip differs:\n%s\n%s", js, js2)
		}
	})
}

// TestIDs: the ID depends on (source chain, emitter, sequence) only.
func TestIDs(t *testing.T) {
	g := packettest.New(5)
	p := g.Packet(eventpacket.KindFTTransfer, 199, 1, 10, 20)
	q := g.Packet(eventpacket.KindGeneric, 199, 56, 30, 40) // everything else differs
	q.Emitter, q.Sequence = p.Emitter, p.Sequence
	if mustID(t, p) != mustID(t, q) {
		t.Fatal("the same event observed twice has two IDs")
	}
	seen := map[common.Hash]string{mustID(t, p): "base"}
	for name, mod := range map[string]func(x *eventpacket.Packet){
		"chain":    func(x *eventpacket.Packet) { x.SourceChainID++ },
		"emitter":  func(x *eventpacket.Packet) { x.Emitter[19] ^= 1 },
		"sequence": func(x *eventpacket.Packet) { x.Sequence++ },
	} {
		x := *p
		mod(&x)
		if prev, dup := seen[mustID(t, &x)]; dup {
			t.Fatalf("changing the %s gives the ID of %s", name, prev)
		}
		seen[mustID(t, &x)] = name
	}
	// Independent computation: keccak256 of the four 32-byte words.
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	want := crypto.Keccak256Hash(
		crypto.Keccak256([]byte("bttc-relay.PacketID(uint256 sourceChainId,address emitter,uint64 sequence)")),
		word(p.SourceChainID), common.LeftPadBytes(p.Emitter[:], 32), word(p.Sequence))
	if mustID(t, p) != want {
		t.Fatal("ID differs from its definition")
	}
}

func TestValidate(t *testing.T) {
	base := func() *eventpacket.Packet { return packettest.New(9).Packet(eventpacket.KindFTTransfer, 199, 1, 0, 9) }
	cases := []struct {
		name string
		mod  func(p *eventpacket.Packet)
		kind error
	}{
		{"version", func(p *eventpacket.Packet) { p.Version = 2 }, eventpacket.ErrUnknownVersion},
		{"kind", func(p *eventpacket.Packet) { p.Kind = 9 }, eventpacket.ErrUnknownKind},
		{"payload kind", func(p *eventpacket.Packet) { p.Kind = eventpacket.KindGeneric }, eventpacket.ErrPayloadMismatch},
		{"nil payload", func(p *eventpacket.Packet) { p.Payload = nil }, eventpacket.ErrPayloadMismatch},
		{"zero source", func(p *eventpacket.Packet) { p.SourceChainID = 0 }, eventpacket.ErrInvalid},
		{"same chains", func(p *eventpacket.Packet) { p.DestChainID = p.SourceChainID }, eventpacket.ErrInvalid},
		{"zero emitter", func(p *eventpacket.Packet) { p.Emitter = common.Address{} }, eventpacket.ErrInvalid},
		{"zero amount", func(p *eventpacket.Packet) { p.Payload.(*eventpacket.FTTransfer).Amount = new(big.Int) }, eventpacket.ErrInvalid},
		{"nft order", func(p *eventpacket.Packet) {
			p.Kind, p.Payload = eventpacket.KindNFTTransfer, &eventpacket.NFTTransfer{Token: common.Address{1}, IDs: []*big.Int{big.NewInt(2), big.NewInt(2)}}
		}, eventpacket.ErrInvalid},
		{"oversize", func(p *eventpacket.Packet) {
			p.Kind, p.Payload = eventpacket.KindGeneric, &eventpacket.Generic{Data: make([]byte, eventpacket.MaxGenericData+1)}
		}, eventpacket.ErrTooLarge},
	}
	for _, c := range cases {
		p := base()
		c.mod(p)
		if err := p.ValidateBasic(); !errors.Is(err, c.kind) {
			t.Fatalf("%s: %v, want %v", c.name, err, c.kind)
		}
		if _, err := p.Encode(); err == nil {
			t.Fatalf("%s: invalid packet encoded", c.name)
		}
	}
	big := base()
	big.Kind, big.Payload = eventpacket.KindGeneric, &eventpacket.Generic{Data: make([]byte, eventpacket.MaxGenericData)}
	enc, err := big.Encode()
	if err != nil || len(enc) > eventpacket.MaxPacketSize {
		t.Fatalf("largest packet: %d bytes, %v", len(enc), err)
	}
	if _, err := eventpacket.Decode(enc); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeStrict(t *testing.T) {
	p := packettest.New(3).Packet(eventpacket.KindGovernance, 199, 1, 0, 9)
	enc, _ := p.Encode()
	bad := map[string][]byte{
		"trailing": append(bytes.Clone(enc), make([]byte, 32)...),
		"version":  func() []byte { b := bytes.Clone(enc); b[31] = 2; return b }(),
		"kind":     func() []byte { b := bytes.Clone(enc); b[63] = 7; return b }(),
		"dirty":    func() []byte { b := bytes.Clone(enc); b[32] = 1; return b }(), // padding of the uint8 kind
		"chain":    func() []byte { b := bytes.Clone(enc); b[64] = 1; return b }(), // chain id over 64 bits
		"short":    enc[:len(enc)-1],
	}
	for name, b := range bad {
		if _, err := eventpacket.Decode(b); err == nil {
			t.Fatalf("%s accepted", name)
		}
	}
	var q eventpacket.Packet
	for name, js := range map[string]string{
		"unknown field": `{"version":1,"kind":"generic","extra":1}`,
		"number amount": `{"version":1,"kind":"ft-transfer","sourceChainId":"1","emitter":"0x0000000000000000000000000000000000000001","sequence":"1","sourceBlockNumber":"1","sourceBlockHash":"0x0000000000000000000000000000000000000000000000000000000000000000","txHash":"0x0000000000000000000000000000000000000000000000000000000000000000","logIndex":0,"timestamp":"1","destChainId":"2","receiver":"0x0000000000000000000000000000000000000002","payload":{"token":"0x0000000000000000000000000000000000000003","from":"0x0000000000000000000000000000000000000003","to":"0x0000000000000000000000000000000000000003","amount":5}}`,
		"leading zero":  `{"version":1,"kind":"generic","sourceChainId":"01"}`,
	} {
		if err := json.Unmarshal([]byte(js), &q); err == nil {
			t.Fatalf("%s accepted", name)
		}
	}
}

func TestPacketSentLog(t *testing.T) {
	p := packettest.New(4).Packet(eventpacket.KindNFTTransfer, 199, 1, 0, 9)
	log, err := p.SentLog()
	require.NoError(t, err)
	back, err := eventpacket.DecodePacketSent(log)
	if err != nil || mustID(t, back) != mustID(t, p) {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(l *types.Log){
		"address": func(l *types.Log) { l.Address[0] ^= 1 },
		"id":      func(l *types.Log) { l.Topics[1][0] ^= 1 },
		"dest":    func(l *types.Log) { l.Topics[2][31] ^= 1 },
		"event":   func(l *types.Log) { l.Topics[0][0] ^= 1 },
		"block":   func(l *types.Log) { l.BlockNumber = p.SourceBlockNumber + 1 },
	} {
		l, _ := p.SentLog()
		mod(l)
		if _, err := eventpacket.DecodePacketSent(l); err == nil {
			t.Fatalf("%s changed, still decodes", name)
		}
	}
}

func TestNativeEvents(t *testing.T) {
	user, token := common.HexToAddress("0xabc1"), common.HexToAddress("0xabc2")
	data, _ := statesync.EncodeDeposit(&statesync.Deposit{User: user, RootToken: token, RootChain: bttc.Ethereum,
		DepositData: common.LeftPadBytes(big.NewInt(500).Bytes(), 32)}, bttc.BTTC)
	ev := &statesync.StateSynced{ID: big.NewInt(77), Contract: common.HexToAddress("0xcafe"), Data: data}
	src := eventpacket.Source{ChainID: 1, BlockNumber: 100, LogIndex: 3, Timestamp: 1_700_000_000}
	p, err := eventpacket.FromStateSynced(ev, common.HexToAddress("0x5e4d"), src, 199)
	require.NoError(t, err)
	ft, ok := p.Payload.(*eventpacket.FTTransfer)
	if !ok || ft.Amount.Int64() != 500 || ft.To != user || p.Sequence != 77 || p.Receiver != ev.Contract {
		t.Fatalf("%+v", p)
	}
	// Re-observing the same deposit gives the same ID.
	src2 := src
	src2.BlockNumber = 101
	p2, _ := eventpacket.FromStateSynced(ev, common.HexToAddress("0x5e4d"), src2, 199)
	if mustID(t, p2) != mustID(t, p) {
		t.Fatal("re-observed deposit has another ID")
	}
	burn := &types.Log{Address: token, Topics: []common.Hash{bttc.WithdrawToEventID, common.BytesToHash(user[:]), {}},
		Data: common.LeftPadBytes(big.NewInt(42).Bytes(), 32)}
	w, err := eventpacket.FromWithdraw(burn, eventpacket.Source{ChainID: 199, BlockNumber: 9, LogIndex: 2}, 1, common.HexToAddress("0x7007"))
	if err != nil || w.Sequence != 9<<20|2 || w.Payload.(*eventpacket.FTTransfer).Amount.Int64() != 42 {
		t.Fatalf("%+v %v", w, err)
	}
	burn.Topics[2][31] = 1
	if _, err := eventpacket.FromWithdraw(burn, eventpacket.Source{ChainID: 199}, 1, common.Address{1}); err == nil {
		t.Fatal("burn to a non-zero address accepted")
	}
}

// mustID returns p's ID, failing the test if p is invalid.
func mustID(t testing.TB, p *eventpacket.Packet) common.Hash {
	t.Helper()
	id, err := p.ID()
	require.NoError(t, err)
	return id
}
