package checkpoint_test

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/stretchr/testify/require"
	"math/big"
	"os"
	"testing"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/cbergoon/merkletree"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/keccak"
)

var update = flag.Bool("update", false, "rewrite testdata/checkpoints.json from the independent generator")

// goldenVector is one checkpoint with everything derived from it. The
// expected values are computed by generateVector below from go-ethereum
// primitives (hand-assembled words, crypto.Keccak256, crypto.Sign, an abi
// built type by type) and cbergoon/merkletree, never by this package.
type goldenVector struct {
	Name            string           `json:"name"`
	Variant         string           `json:"variant"`
	Proposer        common.Address   `json:"proposer"`
	Start           uint64           `json:"start"`
	End             uint64           `json:"end"`
	Headers         []goldenHeader   `json:"headers"`
	Accounts        []goldenAcct     `json:"accounts"`
	BorChainID      uint64           `json:"borChainID"`
	Epoch           uint64           `json:"epoch"`
	Keys            []hexutil.Bytes  `json:"validatorKeys"`
	RootHash        common.Hash      `json:"rootHash"`
	AccountRootHash common.Hash      `json:"accountRootHash"`
	SignBytes       hexutil.Bytes    `json:"signBytes"`
	VoteHash        common.Hash      `json:"voteHash"`
	Signatures      []hexutil.Bytes  `json:"signatures"`
	Signers         []common.Address `json:"signers"`
	Calldata        hexutil.Bytes    `json:"calldata"`
}

type goldenHeader struct {
	Time        uint64      `json:"time"`
	TxRoot      common.Hash `json:"txRoot"`
	ReceiptRoot common.Hash `json:"receiptRoot"`
}

type goldenAcct struct {
	User common.Address `json:"user"`
	Fee  string         `json:"fee"`
}

// ---- the independent generator ----

func pad32(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

func genHeaderRoot(start uint64, hs []goldenHeader) common.Hash {
	var level [][]byte
	for i, h := range hs {
		level = append(level, crypto.Keccak256(pad32(start+uint64(i)), pad32(h.Time), h.TxRoot[:], h.ReceiptRoot[:]))
	}
	for size := 1; ; size *= 2 {
		if size >= len(level) {
			for len(level) < size {
				level = append(level, make([]byte, 32))
			}
			break
		}
	}
	for len(level) > 1 {
		var next [][]byte
		for i := 0; i < len(level); i += 2 {
			next = append(next, crypto.Keccak256(level[i], level[i+1]))
		}
		level = next
	}
	return common.BytesToHash(level[0])
}

type acctContent struct {
	user common.Address
	fee  *big.Int
}

func (a acctContent) CalculateHash() ([]byte, error) {
	return crypto.Keccak256(common.LeftPadBytes(a.user[:], 32), common.LeftPadBytes(a.fee.Bytes(), 32)), nil
}
func (a acctContent) Equals(o merkletree.Content) (bool, error) {
	return a.user == o.(acctContent).user, nil
}

func genAccountRoot(t *testing.T, accts []goldenAcct) common.Hash {
	// Delivery sorts by address bytes; the generator sorts by hand.
	sorted := append([]goldenAcct(nil), accts...)
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			if hex.EncodeToString(sorted[j].User[:]) < hex.EncodeToString(sorted[i].User[:]) {
				sorted[i], sorted[j] = sorted[j], sorted[i]
			}
		}
	}
	var cs []merkletree.Content
	for _, a := range sorted {
		fee, _ := new(big.Int).SetString(a.Fee, 10)
		cs = append(cs, acctContent{a.User, fee})
	}
	mt, err := merkletree.NewTreeWithHashStrategy(cs, keccak.NewLegacyKeccak256)
	require.NoError(t, err)
	return common.BytesToHash(mt.MerkleRoot())
}

func genCalldata(t *testing.T, data []byte, sigs [][]byte) []byte {
	bytesT, _ := abi.NewType("bytes", "", nil)
	sigsT, _ := abi.NewType("uint256[3][]", "", nil)
	args := abi.Arguments{{Type: bytesT}, {Type: sigsT}}
	words := make([][3]*big.Int, len(sigs))
	for i, s := range sigs {
		words[i] = [3]*big.Int{new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64]), big.NewInt(int64(s[64]) + 27)}
	}
	packed, err := args.Pack(data, words)
	require.NoError(t, err)
	return append(crypto.Keccak256([]byte("submitCheckpoint(bytes,uint256[3][])"))[:4], packed...)
}

func generateVector(t *testing.T, v *goldenVector) {
	v.RootHash = genHeaderRoot(v.Start, v.Headers)
	v.AccountRootHash = genAccountRoot(t, v.Accounts)
	data := append(append(append(append(append(common.LeftPadBytes(v.Proposer[:], 32), pad32(v.Start)...), pad32(v.End)...),
		v.RootHash[:]...), v.AccountRootHash[:]...), pad32(v.BorChainID)...)
	if v.Variant == "BTTC" {
		data = append(data, pad32(v.Epoch)...)
	}
	v.SignBytes = data
	v.VoteHash = crypto.Keccak256Hash([]byte{1}, data)
	type signed struct {
		addr common.Address
		sig  []byte
	}
	var all []signed
	for _, k := range v.Keys {
		priv, err := crypto.ToECDSA(k)
		require.NoError(t, err)
		sig, err := crypto.Sign(v.VoteHash[:], priv)
		require.NoError(t, err)
		all = append(all, signed{crypto.PubkeyToAddress(priv.PublicKey), sig})
	}
	for i := range all { // ascending by signer, by hand
		for j := i + 1; j < len(all); j++ {
			if hex.EncodeToString(all[j].addr[:]) < hex.EncodeToString(all[i].addr[:]) {
				all[i], all[j] = all[j], all[i]
			}
		}
	}
	v.Signatures, v.Signers = nil, nil
	var raw [][]byte
	for _, s := range all {
		v.Signatures = append(v.Signatures, s.sig)
		v.Signers = append(v.Signers, s.addr)
		raw = append(raw, s.sig)
	}
	v.Calldata = genCalldata(t, data, raw)
}

func seedVectors() []goldenVector {
	key := func(i int) hexutil.Bytes { return crypto.Keccak256([]byte{byte(i), 'k'}) }
	var vs []goldenVector
	for vi, spec := range []struct {
		name           string
		variant        string
		start, n       uint64
		accounts, keys int
		chain, epoch   uint64
	}{
		{"bttc-mainnet-3-blocks", "BTTC", 0, 3, 1, 4, 199, 1},
		{"bttc-testnet-256-blocks", "BTTC", 1024, 256, 5, 7, 1029, 42},
		{"polygon-17-blocks", "Polygon", 5000, 17, 4, 3, 137, 0},
	} {
		v := goldenVector{Name: spec.name, Variant: spec.variant, Start: spec.start, End: spec.start + spec.n - 1,
			BorChainID: spec.chain, Epoch: spec.epoch,
			Proposer: common.BytesToAddress(crypto.Keccak256([]byte{byte(vi), 'p'}))}
		for i := uint64(0); i < spec.n; i++ {
			v.Headers = append(v.Headers, goldenHeader{Time: 1_700_000_000 + 2*i,
				TxRoot:      crypto.Keccak256Hash([]byte{byte(vi), byte(i), byte(i >> 8), 't'}),
				ReceiptRoot: crypto.Keccak256Hash([]byte{byte(vi), byte(i), byte(i >> 8), 'r'})})
		}
		for i := 0; i < spec.accounts; i++ {
			v.Accounts = append(v.Accounts, goldenAcct{User: common.BytesToAddress(crypto.Keccak256([]byte{byte(vi), byte(i), 'u'})),
				Fee: new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(1e18)).String()})
		}
		for i := 0; i < spec.keys; i++ {
			v.Keys = append(v.Keys, key(10*vi+i))
		}
		vs = append(vs, v)
	}
	return vs
}

// ---- the test ----

func loadVectors(t *testing.T) []goldenVector {
	const path = "testdata/checkpoints.json"
	if *update {
		vs := seedVectors()
		for i := range vs {
			generateVector(t, &vs[i])
		}
		out, _ := json.MarshalIndent(vs, "", "  ")
		if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var vs []goldenVector
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	return vs
}

func TestGoldenVectors(t *testing.T) {
	for _, v := range loadVectors(t) {
		t.Run(v.Name, func(t *testing.T) {
			variant := bttc.BTTC
			if v.Variant == "Polygon" {
				variant = bttc.Upstream
			}
			headers := goldenHeaders(v)
			root, err := checkpoint.RootHash(headers)
			if err != nil || root != v.RootHash {
				t.Fatalf("root %s, want %s (%v)", root, v.RootHash, err)
			}
			var accts []checkpoint.DividendAccount
			for _, a := range v.Accounts {
				fee, _ := new(big.Int).SetString(a.Fee, 10)
				accts = append(accts, checkpoint.DividendAccount{User: a.User, FeeAmount: fee})
			}
			aroot, err := checkpoint.AccountRootHash(accts)
			if err != nil || aroot != v.AccountRootHash {
				t.Fatalf("account root %s, want %s (%v)", aroot, v.AccountRootHash, err)
			}
			c := &checkpoint.Data{Proposer: v.Proposer, StartBlock: v.Start, EndBlock: v.End,
				RootHash: root, AccountRootHash: aroot, BorChainID: v.BorChainID}
			if variant == bttc.BTTC {
				c.Epoch = v.Epoch
			}
			if got := c.SignBytes(variant); hex.EncodeToString(got) != hex.EncodeToString(v.SignBytes) {
				t.Fatalf("sign bytes\n got %x\nwant %x", got, v.SignBytes)
			}
			if c.VoteHash(variant) != v.VoteHash {
				t.Fatal("vote hash differs")
			}
			back, bv, err := checkpoint.DecodeSignBytes(v.SignBytes)
			if err != nil || *back != *c || bv != variant {
				t.Fatalf("decode: %v", err)
			}
			sigs := make([]sigagg.Signature, len(v.Signatures))
			vals := make([]sigagg.Validator, len(v.Signers))
			for i, raw := range v.Signatures {
				sigs[i], err = sigagg.ParseSignature(raw)
				require.NoError(t, err)
				vals[i] = sigagg.Validator{Address: v.Signers[i], Power: big.NewInt(1)}
			}
			calldata, err := checkpoint.PackSubmitCheckpoint(v.SignBytes, sigs)
			if err != nil || hex.EncodeToString(calldata) != hex.EncodeToString(v.Calldata) {
				t.Fatalf("calldata differs: %v", err)
			}
			set, _ := sigagg.NewValidatorSet(vals)
			ver, err := checkpoint.Verify(v.Calldata, set, checkpoint.Expect{Quorum: sigagg.CountQuorum,
				Layout: variant, ChainID: v.BorChainID})
			require.NoError(t, err)
			if *ver.Data != *c {
				t.Fatal("verified checkpoint differs")
			}
			// Our Sign recovers to the same validators.
			for i, k := range v.Keys {
				priv, _ := crypto.ToECDSA(k)
				s, err := checkpoint.Sign(c, variant, priv)
				require.NoError(t, err)
				if addr, _, err := s.Recover(v.VoteHash); err != nil || addr != crypto.PubkeyToAddress(priv.PublicKey) {
					t.Fatalf("key %d: Sign recovers to %s", i, addr)
				}
			}
		})
	}
}
