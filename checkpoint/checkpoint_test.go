package checkpoint_test

import (
	"bytes"
	"errors"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/stretchr/testify/require"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func sample() *checkpoint.Data {
	return &checkpoint.Data{
		Proposer: common.HexToAddress("0x1111111111111111111111111111111111111111"), StartBlock: 100, EndBlock: 355,
		RootHash: common.HexToHash("0xaa"), AccountRootHash: common.HexToHash("0xbb"), BorChainID: 199, Epoch: 7,
	}
}

func TestDecodeSignBytesStrict(t *testing.T) {
	c := sample()
	for _, v := range []bttc.Layout{bttc.BTTC, bttc.Upstream} {
		data := c.SignBytes(v)
		if len(data) != checkpoint.DataLen(v) {
			t.Fatalf("%s: %d bytes", v, len(data))
		}
		back, bv, err := checkpoint.DecodeSignBytes(data)
		if err != nil || bv != v {
			t.Fatal(err)
		}
		want := *c
		if v == bttc.Upstream {
			want.Epoch = 0
		}
		if *back != want {
			t.Fatalf("%s: round trip differs", v)
		}
		// Every padding byte is checked.
		for _, at := range []int{0, 11, 32, 55, 64, 87, 160, 183} {
			bad := bytes.Clone(data)
			bad[at] = 1
			if _, _, err := checkpoint.DecodeSignBytes(bad); !errors.Is(err, checkpoint.ErrBadPadding) {
				t.Fatalf("%s: padding byte %d: %v", v, at, err)
			}
		}
	}
	for _, n := range []int{0, 191, 193, 223, 225, 256} {
		if _, _, err := checkpoint.DecodeSignBytes(make([]byte, n)); !errors.Is(err, checkpoint.ErrBadLength) {
			t.Fatalf("%d bytes: %v", n, err)
		}
	}
}

func TestValidateBasic(t *testing.T) {
	mod := []func(c *checkpoint.Data){
		func(c *checkpoint.Data) { c.RootHash = common.Hash{} },
		func(c *checkpoint.Data) { c.Proposer = common.Address{} },
		func(c *checkpoint.Data) { c.EndBlock = c.StartBlock },
		func(c *checkpoint.Data) { c.EndBlock = c.StartBlock + checkpoint.MaxLength },
	}
	if err := sample().ValidateBasic(); err != nil {
		t.Fatal(err)
	}
	for i, m := range mod {
		c := sample()
		m(c)
		if err := c.ValidateBasic(); !errors.Is(err, checkpoint.ErrInvalid) {
			t.Fatalf("case %d: %v", i, err)
		}
	}
}

func TestRootHashErrors(t *testing.T) {
	if _, err := checkpoint.RootHash(nil); !errors.Is(err, checkpoint.ErrNoHeaders) {
		t.Fatal(err)
	}
	hs := []*types.Header{{Number: big.NewInt(5)}, {Number: big.NewInt(7)}}
	if _, err := checkpoint.RootHash(hs); !errors.Is(err, checkpoint.ErrNotContiguous) {
		t.Fatal(err)
	}
	if _, err := checkpoint.RootHash([]*types.Header{{}}); !errors.Is(err, checkpoint.ErrInvalid) {
		t.Fatal(err)
	}
	if _, err := checkpoint.AccountRootHash([]checkpoint.DividendAccount{{User: common.Address{1}, FeeAmount: big.NewInt(-1)}}); !errors.Is(err, checkpoint.ErrBadAccount) {
		t.Fatal(err)
	}
	// One account: keccak256(h ‖ h).
	a := checkpoint.DividendAccount{User: common.Address{9}, FeeAmount: big.NewInt(12345)}
	h, _ := a.AccountLeaf()
	root, err := checkpoint.AccountRootHash([]checkpoint.DividendAccount{a})
	if err != nil || root != crypto.Keccak256Hash(h[:], h[:]) {
		t.Fatalf("single account root: %v", err)
	}
}

// signedCheckpoint returns a BTTC checkpoint signed by the minimal quorum
// of a 21-validator set with precomputed keys, and its calldata.
func signedCheckpoint(t testing.TB) (*checkpoint.Data, *sigagg.ValidatorSet, []byte) {
	set, keys := sigaggtest.Set(77, 21)
	for _, k := range keys {
		_ = set.AddPublicKey(&k.Private.PublicKey)
	}
	set.Precompute()
	c := sample()
	var sigs []sigagg.Signature
	for _, k := range keys[:15] {
		s, err := checkpoint.Sign(c, bttc.BTTC, k.Private)
		require.NoError(t, err)
		sigs = append(sigs, s)
	}
	calldata, err := checkpoint.PackSubmitCheckpoint(c.SignBytes(bttc.BTTC), sigs)
	require.NoError(t, err)
	return c, set, calldata
}

func TestVerifyCalldata(t *testing.T) {
	c, set, calldata := signedCheckpoint(t)
	exp := checkpoint.Expect{Quorum: sigagg.CountQuorum, Layout: bttc.BTTC, ChainID: 199,
		Previous: &checkpoint.HeaderBlock{End: 99}}
	v, err := checkpoint.Verify(calldata, set, exp)
	require.NoError(t, err)
	if *v.Data != *c || len(v.Signatures.Signers) != 15 {
		t.Fatal("wrong result")
	}
	cases := []struct {
		name string
		exp  checkpoint.Expect
		kind error
	}{
		{"chain id", checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.CountQuorum, ChainID: 1029}, checkpoint.ErrWrongChainID},
		{"unset layout", checkpoint.Expect{Quorum: sigagg.CountQuorum}, checkpoint.ErrBadLayout},
		{"layout", checkpoint.Expect{Quorum: sigagg.CountQuorum, Layout: bttc.Upstream}, checkpoint.ErrWrongLayout},
		{"contiguity", checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.CountQuorum, Previous: &checkpoint.HeaderBlock{End: 100}}, checkpoint.ErrNotContiguous},
		{"power quorum", checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.PowerQuorum}, sigagg.ErrQuorum},
	}
	for _, tc := range cases {
		if _, err := checkpoint.Verify(calldata, set, tc.exp); !errors.Is(err, tc.kind) {
			t.Fatalf("%s: %v", tc.name, err)
		}
	}
	var q *sigagg.QuorumError
	if _, err := checkpoint.Verify(calldata, set, checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.PowerQuorum}); !errors.As(err, &q) {
		t.Fatal("quorum error not reachable with errors.As")
	}
}

// TestVerifyCalldataMutations flips every byte of valid calldata: Verify
// must reject each.
func TestVerifyCalldataMutations(t *testing.T) {
	_, set, calldata := signedCheckpoint(t)
	exp := checkpoint.Expect{Layout: bttc.BTTC, Quorum: sigagg.CountQuorum, ChainID: 199}
	for i := range calldata {
		bad := bytes.Clone(calldata)
		bad[i] ^= 0x01
		if _, err := checkpoint.Verify(bad, set, exp); err == nil {
			t.Fatalf("byte %d flipped, still verifies", i)
		}
	}
}

func TestUnpackSubmitCheckpointStrict(t *testing.T) {
	_, _, calldata := signedCheckpoint(t)
	data, sigs, err := checkpoint.UnpackSubmitCheckpoint(calldata)
	if err != nil || len(data) != 224 || len(sigs) != 15 {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"short":    calldata[:3],
		"selector": append([]byte{0, 0, 0, 0}, calldata[4:]...),
		"trailing": append(bytes.Clone(calldata), 0),
		"truncate": calldata[:len(calldata)-1],
	} {
		if _, _, err := checkpoint.UnpackSubmitCheckpoint(bad); !errors.Is(err, checkpoint.ErrBadCalldata) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// TestEventAndStorageDecoding decodes a NewHeaderBlock log and a
// headerBlocks return value encoded independently with go-ethereum's abi.
func TestEventAndStorageDecoding(t *testing.T) {
	u256, _ := abi.NewType("uint256", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	root := common.HexToHash("0x1234")
	proposer := common.HexToAddress("0xabcdef")
	data, _ := abi.Arguments{{Type: u256}, {Type: u256}, {Type: b32}}.Pack(big.NewInt(100), big.NewInt(355), root)
	log := &types.Log{
		Topics: []common.Hash{
			crypto.Keccak256Hash([]byte("NewHeaderBlock(address,uint256,uint256,uint256,uint256,bytes32)")),
			common.BytesToHash(proposer[:]), common.BigToHash(big.NewInt(20000)), common.BigToHash(big.NewInt(5)),
		},
		Data: data,
	}
	ev, err := checkpoint.DecodeNewHeaderBlock(log)
	require.NoError(t, err)
	if ev.Proposer != proposer || ev.HeaderBlockID.Int64() != 20000 || ev.Reward.Int64() != 5 || ev.Start != 100 || ev.End != 355 || ev.Root != root {
		t.Fatalf("%+v", ev)
	}
	log.Topics[0][0] ^= 1
	if _, err := checkpoint.DecodeNewHeaderBlock(log); !errors.Is(err, checkpoint.ErrBadCalldata) {
		t.Fatal(err)
	}
	ret, _ := abi.Arguments{{Type: b32}, {Type: u256}, {Type: u256}, {Type: u256}, {Type: addr}}.Pack(
		root, big.NewInt(100), big.NewInt(355), big.NewInt(1_700_000_000), proposer)
	hb, err := checkpoint.DecodeHeaderBlock(big.NewInt(20000), ret)
	require.NoError(t, err)
	require.Equal(t, &checkpoint.HeaderBlock{ID: big.NewInt(20000), Root: root, Start: 100, End: 355, CreatedAt: 1_700_000_000, Proposer: proposer}, hb)
	if _, err := checkpoint.DecodeHeaderBlock(big.NewInt(20000), ret[:100]); !errors.Is(err, checkpoint.ErrBadCalldata) {
		t.Fatal(err)
	}
}

// TestPackHeaderBlocksRange: an id that is not a uint256 is refused with a
// typed error instead of panicking (nil) or wrapping into another id
// (2^256 + 10000 packed as headerBlocks(10000); -1 as 2^256 - 1).
func TestPackHeaderBlocksRange(t *testing.T) {
	two256 := new(big.Int).Lsh(big.NewInt(1), 256)
	for _, id := range []*big.Int{nil, big.NewInt(-1), two256, new(big.Int).Add(two256, big.NewInt(10000))} {
		_, err := checkpoint.PackHeaderBlocks(id)
		require.ErrorIs(t, err, checkpoint.ErrOutOfRange, "id %v", id)
	}
	max := new(big.Int).Sub(two256, big.NewInt(1))
	for _, id := range []*big.Int{big.NewInt(0), big.NewInt(10000), max} {
		data, err := checkpoint.PackHeaderBlocks(id)
		require.NoError(t, err)
		require.Len(t, data, 36)
		require.Equal(t, crypto.Keccak256([]byte("headerBlocks(uint256)"))[:4], data[:4])
		require.Equal(t, id.FillBytes(make([]byte, 32)), data[4:], "id %v", id)
	}
}
