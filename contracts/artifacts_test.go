package contracts_test

import (
	"fmt"
	"github.com/stretchr/testify/require"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/bttc-relay/sdk/contracts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// abiShape lists every method and event with its selector and argument
// types: what calls and logs depend on (abigen rewrites names of tuple
// types, which are not part of the interface).
func abiShape(t *testing.T, js string) string {
	parsed, err := abi.JSON(strings.NewReader(js))
	require.NoError(t, err)
	var lines []string
	args := func(as abi.Arguments) string {
		var ts []string
		for _, a := range as {
			ts = append(ts, a.Type.String()+map[bool]string{true: " indexed"}[a.Indexed])
		}
		return strings.Join(ts, ",")
	}
	for _, m := range parsed.Methods {
		lines = append(lines, fmt.Sprintf("m %x %s(%s)(%s) %s", m.ID, m.Name, args(m.Inputs), args(m.Outputs), m.StateMutability))
	}
	for _, e := range parsed.Events {
		lines = append(lines, fmt.Sprintf("e %x %s(%s)", e.ID, e.Name, args(e.Inputs)))
	}
	lines = append(lines, "c "+args(parsed.Constructor.Inputs))
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestBindingsMatchArtifacts: the committed Go bindings carry exactly the
// committed artifacts (CI separately rebuilds the artifacts from src/ and
// fails if they change), so bindings, artifacts and sources agree.
func TestBindingsMatchArtifacts(t *testing.T) {
	for name, meta := range map[string]*bind.MetaData{
		"CheckpointManager": contracts.CheckpointManagerMetaData,
		"PacketOutbox":      contracts.PacketOutboxMetaData,
		"PacketInbox":       contracts.PacketInboxMetaData,
		"PacketRecorder":    contracts.PacketRecorderMetaData,
		"ExitManager":       contracts.ExitManagerMetaData,
		"TestERC20":         contracts.TestERC20MetaData,
		"ChildTestToken":    contracts.ChildTestTokenMetaData,
		"StateSender":       contracts.StateSenderMetaData,
		"DepositReceiver":   contracts.DepositReceiverMetaData,
	} {
		bin, err := os.ReadFile("artifacts/" + name + ".bin")
		require.NoError(t, err)
		if meta.Bin != "0x"+strings.TrimSpace(string(bin)) {
			t.Fatalf("%s: binding bytecode differs from artifacts/%s.bin: run go generate", name, name)
		}
		rawABI, err := os.ReadFile("artifacts/" + name + ".abi")
		require.NoError(t, err)
		if abiShape(t, string(rawABI)) != abiShape(t, meta.ABI) {
			t.Fatalf("%s: binding ABI differs from artifacts/%s.abi: run go generate", name, name)
		}
	}
}
