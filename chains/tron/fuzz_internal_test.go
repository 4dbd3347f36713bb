package tron

import (
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/api"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/core"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/anypb"
)

// signedTx is a valid recorded transaction, the fuzzers' seed.
func signedTx(t testing.TB) []byte {
	key, _ := crypto.GenerateKey()
	ct := &core.TriggerSmartContract{OwnerAddress: FromEVM(crypto.PubkeyToAddress(key.PublicKey)).Bytes(),
		ContractAddress: append([]byte{Prefix}, make([]byte, 20)...), Data: []byte{1, 2, 3, 4}}
	param, err := anypb.New(ct)
	require.NoError(t, err)
	tx := &core.Transaction{RawData: &core.TransactionRaw{RefBlockBytes: []byte{0, 1}, RefBlockHash: make([]byte, 8), Expiration: 1e12,
		FeeLimit: 1e8, Contract: []*core.Transaction_Contract{{Type: core.Transaction_Contract_TriggerSmartContract, Parameter: param}}}}
	raw, _ := proto.Marshal(tx.RawData)
	id := sha256.Sum256(raw)
	sig, err := crypto.Sign(id[:], key)
	require.NoError(t, err)
	tx.Signature = [][]byte{sig}
	b, err := proto.Marshal(tx)
	require.NoError(t, err)
	return b
}

// FuzzDecodeTransaction: any bytes give a transaction or ErrBadEncoding,
// never a panic; what decodes keeps its id through an encoding round trip.
func FuzzDecodeTransaction(f *testing.F) {
	f.Add(signedTx(f))
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		tx, err := DecodeTransaction(b)
		if err != nil {
			require.ErrorIs(t, err, ErrBadEncoding)
			return
		}
		again, err := proto.Marshal(tx)
		require.NoError(t, err)
		tx2, err := DecodeTransaction(again)
		require.NoError(t, err)
		require.Equal(t, TxID(rawData(tx)), TxID(rawData(tx2)))
	})
}

// FuzzBlockHeader: any block message a node sends becomes a header or
// ethereum.NotFound, never a panic.
func FuzzBlockHeader(f *testing.F) {
	ok := &api.BlockExtention{Blockid: make([]byte, 32), BlockHeader: &core.BlockHeader{RawData: &core.BlockHeaderRaw{Number: 7,
		Timestamp: 1e12, ParentHash: make([]byte, 32), WitnessAddress: append([]byte{Prefix}, make([]byte, 20)...)}}}
	b, _ := proto.Marshal(ok)
	f.Add(b)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		m := new(api.BlockExtention)
		if proto.Unmarshal(b, m) != nil {
			return
		}
		h, err := header(m)
		if err == nil {
			require.Equal(t, m.BlockHeader.RawData.Number, h.Number.Int64())
		}
	})
}
