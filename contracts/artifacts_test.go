package contracts_test

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/bttc-relay/sdk/contracts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// TestBindingsMatchArtifacts: the committed Go bindings carry exactly the
// committed artifacts (CI separately rebuilds the artifacts from src/ and
// fails if they change), so bindings, artifacts and sources agree.
func TestBindingsMatchArtifacts(t *testing.T) {
	for name, meta := range map[string]*bind.MetaData{
		"CheckpointManager": contracts.CheckpointManagerMetaData,
	} {
		bin, err := os.ReadFile("artifacts/" + name + ".bin")
		if err != nil {
			t.Fatal(err)
		}
		if meta.Bin != "0x"+strings.TrimSpace(string(bin)) {
			t.Fatalf("%s: binding bytecode differs from artifacts/%s.bin: run go generate", name, name)
		}
		rawABI, err := os.ReadFile("artifacts/" + name + ".abi")
		if err != nil {
			t.Fatal(err)
		}
		var a, b any
		if json.Unmarshal(rawABI, &a) != nil || json.Unmarshal([]byte(meta.ABI), &b) != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("%s: binding ABI differs from artifacts/%s.abi: run go generate", name, name)
		}
	}
}
