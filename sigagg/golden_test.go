package sigagg_test

import (
	"encoding/hex"
	"github.com/stretchr/testify/require"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestLegacySubmitHeaderBlock checks real signatures from public Heimdall
// and BTTC Delivery test data: the legacy submitHeaderBlock(bytes vote,
// bytes sigs, bytes txData) calldata in testdata/, decoded with go-ethereum's
// abi. The three 65-byte signatures over keccak256(vote) recover, in
// order, to three known addresses (ascending, as the contracts require).
func TestLegacySubmitHeaderBlock(t *testing.T) {
	raw, err := os.ReadFile("testdata/legacy-submit-header-block.hex")
	require.NoError(t, err)
	calldata, err := hex.DecodeString(strings.TrimSpace(string(raw)))
	require.NoError(t, err)
	parsed, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"submitHeaderBlock","inputs":[
		{"name":"vote","type":"bytes"},{"name":"sigs","type":"bytes"},{"name":"txData","type":"bytes"}]}]`))
	require.NoError(t, err)
	method := parsed.Methods["submitHeaderBlock"]
	if hex.EncodeToString(method.ID) != "ec83d3ba" || hex.EncodeToString(calldata[:4]) != "ec83d3ba" {
		t.Fatalf("selector %x", calldata[:4])
	}
	args, err := method.Inputs.Unpack(calldata[4:])
	require.NoError(t, err)
	vote, sigBytes := args[0].([]byte), args[1].([]byte)
	digest := crypto.Keccak256Hash(vote)
	want := []common.Address{
		common.HexToAddress("0xa03d8f5af7413e4fd5a37fde9286e390ef8f3c07"),
		common.HexToAddress("0xb1bf4473c6b1918a6e37408e1c14df81281411a8"),
		common.HexToAddress("0xba754e3893adb3cabc0afe7932b4b5a3cee3f3ab"),
	}
	if len(sigBytes) != 65*len(want) {
		t.Fatalf("%d signature bytes", len(sigBytes))
	}
	sigs := make([]sigagg.Signature, len(want))
	vals := make([]sigagg.Validator, len(want))
	for i := range want {
		sigs[i], err = sigagg.ParseSignature(sigBytes[65*i : 65*i+65])
		if err != nil {
			t.Fatalf("signature %d: %v", i, err)
		}
		addr, _, err := sigs[i].Recover(digest)
		if err != nil || addr != want[i] {
			t.Fatalf("signature %d recovers to %s, want %s (%v)", i, addr, want[i], err)
		}
		vals[i] = sigagg.Validator{Address: want[i], Power: big.NewInt(10)}
	}
	set, err := sigagg.NewValidatorSet(vals)
	require.NoError(t, err)
	for _, p := range []sigagg.Policy{sigagg.CountQuorum, sigagg.PowerQuorum} {
		res, err := sigagg.Verify(digest, sigs, set, p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if res.Got.Cmp(res.Needed) < 0 {
			t.Fatal("result below threshold")
		}
		if r := sigagg.SimulateOnChain(digest, sigs, set, p, sigagg.OnChainOptions{}); !r.Accepted {
			t.Fatalf("%s: rejected on chain: %s", p, r.RevertReason)
		}
	}
	// Two of the three fall short of 3*2/3+1 = 3.
	if _, err := sigagg.Verify(digest, sigs[:2], set, sigagg.CountQuorum); err == nil {
		t.Fatal("two of three accepted")
	}
}
