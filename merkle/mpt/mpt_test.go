package mpt_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"github.com/stretchr/testify/require"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

const blockDir = "testdata/eth-mainnet-block-10692962/"

var wantReceiptsRoot = common.HexToHash("0xbefb9474a1512e4178a61a2afef9af608800bb5cb1a96c42036fbd598e8e64e0")

// loadReceipts reads the web3-style JSON (decimal numbers) into go-ethereum
// receipts (all legacy in this block).
func loadReceipts(t testing.TB) types.Receipts {
	raw, err := os.ReadFile(blockDir + "receipts.json")
	require.NoError(t, err)
	var in []struct {
		Status            bool          `json:"status"`
		CumulativeGasUsed uint64        `json:"cumulativeGasUsed"`
		LogsBloom         hexutil.Bytes `json:"logsBloom"`
		TransactionIndex  uint          `json:"transactionIndex"`
		Logs              []struct {
			Address common.Address `json:"address"`
			Topics  []common.Hash  `json:"topics"`
			Data    hexutil.Bytes  `json:"data"`
		} `json:"logs"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	out := make(types.Receipts, len(in))
	for i, r := range in {
		if r.TransactionIndex != uint(i) {
			t.Fatalf("receipt %d has index %d", i, r.TransactionIndex)
		}
		rec := &types.Receipt{Type: types.LegacyTxType, CumulativeGasUsed: r.CumulativeGasUsed,
			Bloom: types.BytesToBloom(r.LogsBloom)}
		if r.Status {
			rec.Status = types.ReceiptStatusSuccessful
		}
		for _, l := range r.Logs {
			rec.Logs = append(rec.Logs, &types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data})
		}
		out[i] = rec
	}
	return out
}

// TestMainnetBlock10692962: the rebuilt trie has the block's receiptsRoot,
// every one of the 347 proofs verifies in both modes and with go-ethereum's
// own trie.VerifyProof, and changing any one byte of a proof node fails.
func TestMainnetBlock10692962(t *testing.T) {
	receipts := loadReceipts(t)
	if len(receipts) != 347 {
		t.Fatalf("%d receipts", len(receipts))
	}
	if got := types.DeriveSha(receipts, trie.NewStackTrie(nil)); got != wantReceiptsRoot {
		t.Fatalf("go-ethereum DeriveSha gives %s", got)
	}
	header := &types.Header{ReceiptHash: wantReceiptsRoot}
	tr, err := mpt.NewReceiptTrieForHeader(header, receipts)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(1, 1))
	for i := 0; i < len(receipts); i++ {
		p, err := tr.Prove(uint64(i))
		require.NoError(t, err)
		for _, mode := range []mpt.Mode{mpt.ContractMode, mpt.StrictMode} {
			if err := mpt.Verify(wantReceiptsRoot, p.Path, p.Nodes, p.Value, mode); err != nil {
				t.Fatalf("receipt %d mode %d: %v", i, mode, err)
			}
		}
		// Independent oracle: go-ethereum's verifier on the same nodes.
		db := memorydb.New()
		for _, n := range p.Nodes {
			_ = db.Put(crypto.Keccak256(n), n)
		}
		val, err := trie.VerifyProof(wantReceiptsRoot, p.Path[1:], db)
		if err != nil || !bytes.Equal(val, p.Value) {
			t.Fatalf("receipt %d: go-ethereum rejects the proof: %v", i, err)
		}
		// The value is the consensus encoding of the receipt.
		var buf bytes.Buffer
		receipts.EncodeIndex(i, &buf)
		if !bytes.Equal(buf.Bytes(), p.Value) {
			t.Fatalf("receipt %d: value is not its consensus encoding", i)
		}
		// Round trip through the payload form.
		nodes, err := mpt.DecodeNodes(mpt.EncodeNodes(p.Nodes))
		if err != nil || len(nodes) != len(p.Nodes) {
			t.Fatalf("receipt %d: node list round trip: %v", i, err)
		}
		// Mutations: every byte of every node for a few receipts, random
		// bytes for the rest.
		for k, node := range p.Nodes {
			positions := []int{r.IntN(len(node)), r.IntN(len(node))}
			if i%50 == 0 {
				positions = positions[:0]
				for b := range node {
					positions = append(positions, b)
				}
			}
			for _, b := range positions {
				bad := make([][]byte, len(p.Nodes))
				copy(bad, p.Nodes)
				bad[k] = bytes.Clone(node)
				bad[k][b] ^= byte(1 + r.IntN(255))
				if mpt.Verify(wantReceiptsRoot, p.Path, bad, p.Value, mpt.ContractMode) == nil {
					t.Fatalf("receipt %d node %d byte %d changed, still verifies", i, k, b)
				}
			}
		}
		other := ((i + 1) % len(receipts))
		if err := mpt.Verify(wantReceiptsRoot, mpt.ReceiptPath(uint64(other)), p.Nodes, p.Value, mpt.ContractMode); err == nil {
			t.Fatalf("receipt %d's proof accepted for index %d", i, other)
		}
		badValue := bytes.Clone(p.Value)
		badValue[len(badValue)-1] ^= 1
		if err := mpt.Verify(wantReceiptsRoot, p.Path, p.Nodes, badValue, mpt.StrictMode); !errors.Is(err, mpt.ErrValueMismatch) {
			t.Fatalf("receipt %d: changed value: %v", i, err)
		}
	}
	if _, err := tr.Prove(347); !errors.Is(err, mpt.ErrIndexOutOfRange) {
		t.Fatal(err)
	}
	header.ReceiptHash[0] ^= 1
	if _, err := mpt.NewReceiptTrieForHeader(header, receipts); !errors.Is(err, mpt.ErrRootMismatch) {
		t.Fatal(err)
	}
}

// TestTypedReceipts: typed receipts (type byte first) build the same root
// as go-ethereum's DeriveSha and prove.
func TestTypedReceipts(t *testing.T) {
	var receipts types.Receipts
	for i := 0; i < 40; i++ {
		receipts = append(receipts, &types.Receipt{Type: uint8(i % 3), Status: 1, CumulativeGasUsed: uint64(21000 * (i + 1)),
			Logs: []*types.Log{{Address: common.Address{byte(i)}, Topics: []common.Hash{{1}}, Data: big.NewInt(int64(i)).Bytes()}}})
	}
	want := types.DeriveSha(receipts, trie.NewStackTrie(nil))
	tr, err := mpt.NewReceiptTrie(receipts)
	if err != nil || tr.Root() != want {
		t.Fatalf("root %s, want %s (%v)", tr.Root(), want, err)
	}
	for i := range receipts {
		p, _ := tr.Prove(uint64(i))
		if err := mpt.Verify(want, p.Path, p.Nodes, p.Value, mpt.StrictMode); err != nil {
			t.Fatalf("receipt %d: %v", i, err)
		}
		if i%3 != 0 && p.Value[0] != byte(i%3) {
			t.Fatalf("receipt %d: value lacks its type byte", i)
		}
	}
}

// TestStrictRejectsExtensionAsLeaf builds a trie with an extension node
// and forges the proof the BTTC contract accepts without the hex-prefix
// check: the path ends where the extension does, and the "value" is the
// extension's child hash. ContractMode accepts it (as the contract would);
// StrictMode rejects it.
func TestStrictRejectsExtensionAsLeaf(t *testing.T) {
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	big := bytes.Repeat([]byte{0xee}, 40) // values over 32 bytes: nodes are hashed
	_ = tr.Update([]byte{0x12, 0x34, 0x56}, big)
	_ = tr.Update([]byte{0x12, 0x34, 0x78}, big)
	root := tr.Hash()
	var nodes [][]byte
	collect := nodeCollector{&nodes}
	if err := tr.Prove([]byte{0x12, 0x34, 0x56}, collect); err != nil {
		t.Fatal(err)
	}
	// nodes[0] is the extension [0x00 0x12 0x34, hash(branch)].
	ext := nodes[0]
	if ext[0] < 0xc0 {
		t.Fatal("not a list")
	}
	childHash := crypto.Keccak256(nodes[1])
	path := []byte{0x00, 0x12, 0x34} // even flag, then nibbles 1 2 3 4
	if err := mpt.Verify(root, path, nodes[:1], childHash, mpt.ContractMode); err != nil {
		t.Fatalf("contract mode should accept the forged proof: %v", err)
	}
	if err := mpt.Verify(root, path, nodes[:1], childHash, mpt.StrictMode); !errors.Is(err, mpt.ErrBadHexPrefix) {
		t.Fatalf("strict mode: %v", err)
	}
	// The genuine proof verifies in both modes; trailing nodes only in
	// contract mode.
	full := []byte{0x00, 0x12, 0x34, 0x56}
	if err := mpt.Verify(root, full, nodes, big, mpt.StrictMode); err != nil {
		t.Fatal(err)
	}
	extra := append(append([][]byte{}, nodes...), nodes[0])
	if err := mpt.Verify(root, full, extra, big, mpt.ContractMode); err != nil {
		t.Fatal(err)
	}
	if err := mpt.Verify(root, full, extra, big, mpt.StrictMode); !errors.Is(err, mpt.ErrTrailingNodes) {
		t.Fatalf("trailing: %v", err)
	}
	// The contract skips the padding nibble of the path unread.
	padded := []byte{0x05, 0x12, 0x34, 0x56}
	if err := mpt.Verify(root, padded, nodes, big, mpt.ContractMode); err != nil {
		t.Fatalf("contract mode should ignore the path's padding nibble: %v", err)
	}
	if err := mpt.Verify(root, padded, nodes, big, mpt.StrictMode); !errors.Is(err, mpt.ErrBadHexPrefix) {
		t.Fatalf("strict mode, padded path: %v", err)
	}
	if err := mpt.Verify(root, nil, nodes, big, mpt.ContractMode); !errors.Is(err, mpt.ErrEmptyPath) {
		t.Fatal(err)
	}
	if err := mpt.Verify(root, full, nodes[:2], big, mpt.ContractMode); !errors.Is(err, mpt.ErrProofTooShort) && err == nil {
		t.Fatal("short proof accepted")
	}
}

type nodeCollector struct{ nodes *[][]byte }

func (c nodeCollector) Put(_ []byte, v []byte) error {
	*c.nodes = append(*c.nodes, bytes.Clone(v))
	return nil
}
func (c nodeCollector) Delete([]byte) error { return nil }

func FuzzDecodeNodes(f *testing.F) {
	f.Add(mpt.EncodeNodes([][]byte{{0xc1, 0x80}, {0xc2, 0x80, 0x80}}))
	f.Add([]byte{0xc0})
	f.Add([]byte{0xf8, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		nodes, err := mpt.DecodeNodes(b)
		if err != nil {
			return
		}
		if !bytes.Equal(mpt.EncodeNodes(nodes), b) {
			t.Fatal("accepted encoding does not round-trip")
		}
	})
}

// FuzzVerify: Verify never panics; what StrictMode accepts ContractMode
// accepts too.
func FuzzVerify(f *testing.F) {
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	v := bytes.Repeat([]byte{7}, 40)
	_ = tr.Update([]byte{0x80}, v)
	_ = tr.Update([]byte{0x01}, v)
	var nodes [][]byte
	_ = tr.Prove([]byte{0x80}, nodeCollector{&nodes})
	root := tr.Hash()
	f.Add(root[:], []byte{0x00, 0x80}, mpt.EncodeNodes(nodes), v)
	f.Fuzz(func(t *testing.T, rootB, path, enc, value []byte) {
		nodes, err := mpt.DecodeNodes(enc)
		if err != nil {
			return
		}
		root := common.BytesToHash(rootB)
		strict := mpt.Verify(root, path, nodes, value, mpt.StrictMode)
		contract := mpt.Verify(root, path, nodes, value, mpt.ContractMode)
		if strict == nil && contract != nil {
			t.Fatalf("strict accepts, contract mode says %v", contract)
		}
	})
}
