package statesync_test

import (
	"bytes"
	"errors"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/stretchr/testify/require"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/statesync"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

func word(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

func padRight(b []byte) []byte {
	out := bytes.Clone(b)
	for len(out)%32 != 0 {
		out = append(out, 0)
	}
	return out
}

// handDeposit assembles a BTTC deposit message word by word.
func handDeposit(user, token common.Address, chain uint64, data []byte) []byte {
	inner := bytes.Join([][]byte{
		common.LeftPadBytes(user[:], 32), common.LeftPadBytes(token[:], 32), word(chain), word(0x80),
		word(uint64(len(data))), padRight(data),
	}, nil)
	return bytes.Join([][]byte{
		crypto.Keccak256([]byte("DEPOSIT")), word(0x40), word(uint64(len(inner))), padRight(inner),
	}, nil)
}

func TestDepositMatchesHandAssembly(t *testing.T) {
	user, token := common.HexToAddress("0x1111"), common.HexToAddress("0x2222")
	amount := word(1_000_000)
	want := handDeposit(user, token, 1, amount)
	got, err := statesync.EncodeDeposit(&statesync.Deposit{User: user, RootToken: token, RootChain: bttc.TRON, DepositData: amount}, bttc.BTTC)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("encoding differs:\n got %x\nwant %x (%v)", got, want, err)
	}
	msg, err := statesync.DecodeMessage(want, bttc.BTTC)
	if err != nil || msg.Deposit == nil || msg.Deposit.User != user || msg.Deposit.RootChain != bttc.TRON || !bytes.Equal(msg.Deposit.DepositData, amount) {
		t.Fatalf("decode: %+v %v", msg, err)
	}
	// The upstream decoder does not take BTTC's layout, and vice versa.
	if _, err := statesync.DecodeMessage(want, bttc.Upstream); err == nil {
		t.Fatal("BTTC deposit decoded as upstream")
	}
	up, _ := statesync.EncodeDeposit(&statesync.Deposit{User: user, RootToken: token, DepositData: amount}, bttc.Upstream)
	if _, err := statesync.DecodeMessage(up, bttc.BTTC); err == nil {
		t.Fatal("upstream deposit decoded as BTTC")
	}
	if m, err := statesync.DecodeMessage(up, bttc.Upstream); err != nil || m.Deposit.RootToken != token {
		t.Fatalf("upstream: %v", err)
	}
}

func TestMapToken(t *testing.T) {
	m := &statesync.MapToken{RootToken: common.HexToAddress("0x01"), ChildToken: common.HexToAddress("0x02"),
		RootChain: bttc.BSC, TokenType: crypto.Keccak256Hash([]byte("ERC20"))}
	enc, err := statesync.EncodeMapToken(m, bttc.BTTC)
	require.NoError(t, err)
	inner := bytes.Join([][]byte{common.LeftPadBytes(m.RootToken[:], 32), common.LeftPadBytes(m.ChildToken[:], 32), word(3), m.TokenType[:]}, nil)
	want := bytes.Join([][]byte{crypto.Keccak256([]byte("MAP_TOKEN")), word(0x40), word(uint64(len(inner))), inner}, nil)
	if !bytes.Equal(enc, want) {
		t.Fatal("map token encoding differs from hand assembly")
	}
	got, err := statesync.DecodeMessage(enc, bttc.BTTC)
	if err != nil || *got.MapToken != *m {
		t.Fatalf("round trip: %v", err)
	}
	bad := bytes.Clone(want)
	bad[96+64+31] = 9 // the root chain word of the inner message
	if _, err := statesync.DecodeMessage(bad, bttc.BTTC); !errors.Is(err, statesync.ErrBadRootChainID) {
		t.Fatalf("root chain 9: %v", err)
	}
	if _, err := statesync.EncodeMapToken(&statesync.MapToken{}, bttc.BTTC); !errors.Is(err, statesync.ErrBadRootChainID) {
		t.Fatal(err)
	}
}

func TestDecodeMessageStrict(t *testing.T) {
	good := handDeposit(common.HexToAddress("0x1"), common.HexToAddress("0x2"), 2, word(5))
	cases := map[string][]byte{
		"trailing":     append(bytes.Clone(good), make([]byte, 32)...),
		"unknown type": append(crypto.Keccak256([]byte("WITHDRAW")), good[32:]...),
		"truncated":    good[:len(good)-32],
		"offset":       append(append(bytes.Clone(good[:32]), word(0x60)...), good[64:]...),
	}
	for name, b := range cases {
		if _, err := statesync.DecodeMessage(b, bttc.BTTC); err == nil {
			t.Fatalf("%s accepted", name)
		}
	}
	if _, err := statesync.DecodeMessage(cases["unknown type"], bttc.BTTC); !errors.Is(err, statesync.ErrUnknownType) {
		t.Fatal("unknown type not typed")
	}
}

func TestStateSyncedLog(t *testing.T) {
	data := handDeposit(common.HexToAddress("0x1"), common.HexToAddress("0x2"), 1, word(7))
	log := &types.Log{
		Topics: []common.Hash{crypto.Keccak256Hash([]byte("StateSynced(uint256,address,bytes)")), common.BigToHash(big.NewInt(42)),
			common.BytesToHash(common.HexToAddress("0xc0ffee").Bytes())},
		Data: bytes.Join([][]byte{word(32), word(uint64(len(data))), padRight(data)}, nil),
	}
	ev, err := statesync.DecodeStateSynced(log)
	if err != nil || ev.ID.Int64() != 42 || ev.Contract != common.HexToAddress("0xc0ffee") || !bytes.Equal(ev.Data, data) {
		t.Fatalf("%+v %v", ev, err)
	}
	again, err := ev.Log()
	if err != nil || !bytes.Equal(again.Data, log.Data) || again.Topics[2] != log.Topics[2] {
		t.Fatal("log round trip differs")
	}
	log.Topics[2][0] = 1
	if _, err := statesync.DecodeStateSynced(log); !errors.Is(err, statesync.ErrMalformed) {
		t.Fatal(err)
	}
	log.Topics = log.Topics[:2]
	if _, err := statesync.DecodeStateSynced(log); !errors.Is(err, statesync.ErrNotStateSynced) {
		t.Fatal(err)
	}
	k1, k2 := ev.Key(bttc.TRON), ev.Key(bttc.Ethereum)
	if k1.Hash() == k2.Hash() {
		t.Fatal("replay keys of two root chains collide")
	}
}

func TestRecord(t *testing.T) {
	r := &statesync.Record{ID: 1234, Contract: common.HexToAddress("0xabc"), Data: []byte{1, 2, 3},
		TxHash: common.HexToHash("0xfeed"), LogIndex: 7, ChainID: "1"}
	enc, err := statesync.EncodeRecord(r)
	require.NoError(t, err)
	want, _ := rlp.EncodeToBytes([]any{uint64(1234), r.Contract.Bytes(), r.Data, r.TxHash.Bytes(), uint64(7), "1"})
	if !bytes.Equal(enc, want) {
		t.Fatal("record encoding differs from the list assembled by hand")
	}
	back, err := statesync.DecodeRecord(enc)
	if err != nil || back.ID != 1234 || back.ChainID != "1" || back.TxHash != r.TxHash {
		t.Fatalf("%+v %v", back, err)
	}
	for name, b := range map[string][]byte{
		"trailing":   append(bytes.Clone(enc), 0),
		"chain 01":   must(rlp.EncodeToBytes([]any{uint64(1), r.Contract.Bytes(), r.Data, r.TxHash.Bytes(), uint64(7), "01"})),
		"chain abc":  must(rlp.EncodeToBytes([]any{uint64(1), r.Contract.Bytes(), r.Data, r.TxHash.Bytes(), uint64(7), "abc"})),
		"short addr": must(rlp.EncodeToBytes([]any{uint64(1), r.Contract.Bytes()[1:], r.Data, r.TxHash.Bytes(), uint64(7), "1"})),
		"5 fields":   must(rlp.EncodeToBytes([]any{uint64(1), r.Contract.Bytes(), r.Data, r.TxHash.Bytes(), uint64(7)})),
	} {
		if _, err := statesync.DecodeRecord(b); !errors.Is(err, statesync.ErrMalformed) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

func FuzzDecodeMessage(f *testing.F) {
	f.Add(handDeposit(common.HexToAddress("0x1"), common.HexToAddress("0x2"), 2, word(5)), false)
	f.Add([]byte{}, true)
	f.Fuzz(func(t *testing.T, b []byte, upstream bool) {
		v := bttc.BTTC
		if upstream {
			v = bttc.Upstream
		}
		m, err := statesync.DecodeMessage(b, v)
		if err != nil {
			return
		}
		var again []byte
		if m.Deposit != nil {
			again, err = statesync.EncodeDeposit(m.Deposit, v)
		} else {
			again, err = statesync.EncodeMapToken(m.MapToken, v)
		}
		if err != nil || !bytes.Equal(again, b) {
			t.Fatal("accepted message does not round-trip")
		}
	})
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add(must(statesync.EncodeRecord(&statesync.Record{ID: 1, ChainID: "2"})))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := statesync.DecodeRecord(b)
		if err != nil {
			return
		}
		again, err := statesync.EncodeRecord(r)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatal("accepted record does not round-trip")
		}
	})
}

func FuzzDecodeStateSynced(f *testing.F) {
	f.Add(big.NewInt(1).Bytes(), []byte{0x20})
	f.Fuzz(func(t *testing.T, id []byte, data []byte) {
		log := &types.Log{Topics: []common.Hash{statesync.StateSyncedEventID, common.BytesToHash(id), {}}, Data: data}
		ev, err := statesync.DecodeStateSynced(log)
		if err != nil {
			return
		}
		again, err := ev.Log()
		if err != nil || !bytes.Equal(again.Data, data) {
			t.Fatal("accepted log does not round-trip")
		}
	})
}
