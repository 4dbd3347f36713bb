package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestMain runs the command itself when the test binary is re-executed
// as bttcrelay (the end-to-end test's subprocesses).
func TestMain(m *testing.M) {
	if os.Getenv("BTTCRELAY_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// cli runs the command line in process.
func cli(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{out: &out, errOut: &errOut}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(strings.NewReader(stdin))
	root.SetOut(&out)
	root.SetErr(&errOut)
	err := root.Execute()
	a.reportError(err, args)
	return out.String(), errOut.String(), exitCode(err)
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/bttcrelay -update to create it")
	require.Equal(t, string(want), got)
}

// fixture: 4 deterministic validator keys and a checkpoint signed by some.
type fixture struct {
	keys []*ecdsa.PrivateKey
	set  *sigagg.ValidatorSet
	data *checkpoint.Data
}

func newFixture(t *testing.T) *fixture {
	f := &fixture{}
	var vals []sigagg.Validator
	for i := 0; i < 4; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i)}, []byte("bttcrelay cli test")))
		require.NoError(t, err)
		f.keys = append(f.keys, k)
		vals = append(vals, sigagg.Validator{Address: crypto.PubkeyToAddress(k.PublicKey), Power: big.NewInt(1)})
	}
	var err error
	f.set, err = sigagg.NewValidatorSet(vals)
	require.NoError(t, err)
	f.data = &checkpoint.Data{Proposer: vals[0].Address, StartBlock: 1, EndBlock: 256,
		RootHash: common.HexToHash("0x" + strings.Repeat("ab", 32)), BorChainID: 199}
	return f
}

func (f *fixture) validatorsFile(t *testing.T) string {
	var b strings.Builder
	for _, v := range f.set.Validators() {
		b.WriteString(v.Address.Hex() + "\n")
	}
	path := filepath.Join(t.TempDir(), "validators.txt")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// calldata signs with the validators at idx, in the contract's order
// (ascending signer address) unless unsorted.
func (f *fixture) calldata(t *testing.T, data *checkpoint.Data, idx []int, unsorted bool) string {
	var sigs []sigagg.Signature
	type signed struct {
		addr common.Address
		sig  sigagg.Signature
	}
	var all []signed
	for _, i := range idx {
		s, err := checkpoint.Sign(data, bttc.BTTC, f.keys[i])
		require.NoError(t, err)
		all = append(all, signed{crypto.PubkeyToAddress(f.keys[i].PublicKey), s})
	}
	if !unsorted {
		for i := range all {
			for j := i + 1; j < len(all); j++ {
				if bytes.Compare(all[j].addr[:], all[i].addr[:]) < 0 {
					all[i], all[j] = all[j], all[i]
				}
			}
		}
	} else if len(all) > 1 && bytes.Compare(all[0].addr[:], all[1].addr[:]) < 0 {
		all[0], all[1] = all[1], all[0]
	}
	for _, s := range all {
		sigs = append(sigs, s.sig)
	}
	cd, err := checkpoint.PackSubmitCheckpoint(data.SignBytes(bttc.BTTC), sigs)
	require.NoError(t, err)
	return hexutil.Encode(cd)
}

// TestCheckpointVerify: a valid calldata and several invalid ones give the
// expected verdicts, typed reasons and exit codes (golden output).
func TestCheckpointVerify(t *testing.T) {
	f := newFixture(t)
	vals := f.validatorsFile(t)
	wrongChain := *f.data
	wrongChain.BorChainID = 1029
	cases := []struct {
		name     string
		calldata string
		args     []string
		code     int
		kind     string
	}{
		{"valid-3-of-4", f.calldata(t, f.data, []int{0, 1, 2}, false), nil, exitOK, ""},
		{"quorum-2-of-4", f.calldata(t, f.data, []int{1, 3}, false), nil, exitInvalid, "ErrQuorum"},
		{"unsorted", f.calldata(t, f.data, []int{0, 1, 2}, true), nil, exitInvalid, "ErrUnsorted"},
		{"wrong-chain", f.calldata(t, &wrongChain, []int{0, 1, 2}, false), []string{"--chain-id", "199"}, exitInvalid, "ErrWrongChainID"},
		{"not-calldata", "0x1234", nil, exitInvalid, "ErrBadCalldata"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"checkpoint", "verify", "--calldata", "-", "--validators", vals}, c.args...)
			out, errOut, code := cli(t, c.calldata, args...)
			require.Equal(t, c.code, code, "stdout:\n%s\nstderr:\n%s", out, errOut)
			golden(t, "checkpoint-verify-"+c.name, out)
			jsonOut, _, jcode := cli(t, c.calldata, append(args, "--json")...)
			require.Equal(t, c.code, jcode)
			if c.kind != "" {
				require.Contains(t, jsonOut, `"kind": "`+c.kind+`"`)
			} else {
				require.Contains(t, jsonOut, `"valid": true`)
			}
		})
	}
}

// TestUsageErrors: bad calls exit 2 with a message.
func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"bogus"},
		{"checkpoint", "verify", "--no-such-flag"},
		{"checkpoint", "verify", "--calldata", "0xzz", "--validators", "0x0000000000000000000000000000000000000001"},
		{"checkpoint", "verify", "--calldata", "0x12", "--validators", "nonsense"},
		{"devnet"},
		{"relay", "retry"},
		{"relay", "list"},
	} {
		_, errOut, code := cli(t, "", args...)
		require.Equal(t, exitUsage, code, "%v: %s", args, errOut)
		require.Contains(t, errOut, "error: ")
	}
}

// TestPacketRoundTrip: encode and decode agree, and malformed bytes are
// a typed verdict (exit 3).
func TestPacketRoundTrip(t *testing.T) {
	p := &eventpacket.Packet{Version: 1, Kind: eventpacket.KindFTTransfer, SourceChainID: 199,
		Emitter: common.HexToAddress("0x1111111111111111111111111111111111111111"), Sequence: 7, SourceBlockNumber: 100,
		SourceBlockHash: common.HexToHash("0x" + strings.Repeat("22", 32)), TxHash: common.HexToHash("0x" + strings.Repeat("33", 32)),
		LogIndex: 2, Timestamp: 1700000000, DestChainID: 1, Receiver: common.HexToAddress("0x4444444444444444444444444444444444444444"),
		Payload: &eventpacket.FTTransfer{Token: common.HexToAddress("0x5555555555555555555555555555555555555555"),
			From: common.HexToAddress("0x6666666666666666666666666666666666666666"),
			To:   common.HexToAddress("0x7777777777777777777777777777777777777777"), Amount: big.NewInt(1000)}}
	pkt, err := json.Marshal(p)
	require.NoError(t, err)
	want, err := p.Encode()
	require.NoError(t, err)
	out, errOut, code := cli(t, string(pkt), "packet", "encode", "-", "--json")
	require.Equal(t, exitOK, code, errOut)
	var enc struct {
		Bytes hexutil.Bytes `json:"bytes"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &enc))
	require.Equal(t, want, []byte(enc.Bytes), "the CLI encodes as eventpacket does")
	out, errOut, code = cli(t, "", "packet", "decode", hexutil.Encode(enc.Bytes), "--json")
	require.Equal(t, exitOK, code, errOut)
	require.JSONEq(t, string(pkt), out)
	_, errOut, code = cli(t, "", "packet", "decode", hexutil.Encode(enc.Bytes[:len(enc.Bytes)-1]))
	require.Equal(t, exitInvalid, code, errOut)
	require.Contains(t, errOut, "eventpacket")
}

func TestKeys(t *testing.T) {
	dir := t.TempDir()
	pass := filepath.Join(dir, "pass")
	require.NoError(t, os.WriteFile(pass, []byte("correct horse\n"), 0o600))
	keyFile := filepath.Join(dir, "key.hex")
	require.NoError(t, os.WriteFile(keyFile, []byte("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600))
	out, errOut, code := cli(t, "", "keys", "import", keyFile, "--dir", filepath.Join(dir, "ks"), "--passphrase-file", pass)
	require.Equal(t, exitOK, code, errOut)
	require.Contains(t, out, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")
	out, _, code = cli(t, "", "keys", "list", "--dir", filepath.Join(dir, "ks"))
	require.Equal(t, exitOK, code)
	require.Contains(t, out, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23")
	_, _, code = cli(t, "", "keys", "new", "--dir", filepath.Join(dir, "ks"))
	require.Equal(t, exitUsage, code, "no passphrase")
}

// TestNegativePaths: every way a user can mistype a command gets a clear
// error and its exit code, never a panic or a misread (a missing file read
// as inline data, a flag silently ignored, a bad value blamed on another).
func TestNegativePaths(t *testing.T) {
	dir := t.TempDir()
	f := newFixture(t)
	vals := f.validatorsFile(t)
	emptyPass := filepath.Join(dir, "empty.pass")
	require.NoError(t, os.WriteFile(emptyPass, []byte("\n"), 0o600))
	keyFile := filepath.Join(dir, "key.hex")
	require.NoError(t, os.WriteFile(keyFile, []byte("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600))
	// A node that serves Ethereum mainnet's chain id, not BTTC's.
	node := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x1"}`, req.ID)
	}))
	defer node.Close()
	addr := "0x" + strings.Repeat("11", 20)
	hash := "0x" + strings.Repeat("22", 32)
	exitBuild := func(extra ...string) []string {
		return append([]string{"exit", "build", "--bttc-rpc", "http://127.0.0.1:1", "--root-rpc", "http://127.0.0.1:1",
			"--root-chain", addr, "--child-token", addr, "--tx", hash}, extra...)
	}
	cases := []struct {
		name  string
		args  []string
		stdin string
		code  int
		msg   string
	}{
		{"devnet block time 0", []string{"devnet", "--dir", dir, "--block-time", "0"}, "", exitUsage, "--block-time 0s: must be positive"},
		{"devnet block time negative", []string{"devnet", "--dir", dir, "--block-time", "-1s"}, "", exitUsage, "must be positive"},
		{"devnet no online validator", []string{"devnet", "--dir", dir, "--validators", "2", "--offline", "2"}, "", exitUsage, "need at least one online validator"},
		{"root headers missing file", []string{"checkpoint", "root", "--headers", "/nonexistent/headers.json"}, "", exitUsage, "no such file: /nonexistent/headers.json"},
		{"root rpc without range", []string{"checkpoint", "root", "--rpc", node.URL}, "", exitUsage, "--rpc needs --start and --end"},
		{"root rpc and headers", []string{"checkpoint", "root", "--rpc", node.URL, "--headers", "-", "--start", "1", "--end", "2"}, "[]", exitUsage, "give --rpc or --headers, not both"},
		{"root range without rpc", []string{"checkpoint", "root", "--start", "1"}, "", exitUsage, "--start and --end go with --rpc"},
		{"root rpc not a url", []string{"checkpoint", "root", "--rpc", "notaurl", "--start", "1", "--end", "2"}, "", exitUsage, `"notaurl" is not a node URL`},
		{"root wrong chain", []string{"checkpoint", "root", "--rpc", node.URL, "--start", "1", "--end", "2"}, "", exitUsage, "serves chain 1, not 199"},
		{"verify calldata missing file", []string{"checkpoint", "verify", "--calldata", "/nonexistent/tx.hex", "--validators", vals}, "", exitUsage, "no such file: /nonexistent/tx.hex"},
		{"verify validators missing file", []string{"checkpoint", "verify", "--calldata", "0x12", "--validators", "/nonexistent/vals.txt"}, "", exitUsage, "no such file: /nonexistent/vals.txt"},
		{"packet encode missing file", []string{"packet", "encode", "/nonexistent/packet.json"}, "", exitUsage, "no such file: /nonexistent/packet.json"},
		{"packet decode missing file", []string{"packet", "decode", "/nonexistent/packet.hex"}, "", exitUsage, "no such file: /nonexistent/packet.hex"},
		{"packet verify missing file", []string{"packet", "verify", "/nonexistent/delivery.json", "--validators", vals}, "", exitUsage, "no such file: /nonexistent/delivery.json"},
		{"exit verify missing payload file", []string{"exit", "verify", "--payload", "/nonexistent/payload.hex", "--child-token", addr,
			"--root-rpc", "http://127.0.0.1:1", "--root-chain", addr}, "", exitUsage, "no such file: /nonexistent/payload.hex"},
		{"exit build bad root chain", exitBuild("--root-chain", "0x12"), "", exitUsage, `--root-chain "0x12" is not an address`},
		{"exit build bad tx", exitBuild("--tx", "0xzz"), "", exitUsage, `--tx "0xzz" is not a transaction hash`},
		{"exit build missing flags", []string{"exit", "build", "--tx", hash}, "", exitUsage, "--bttc-rpc, --child-token are required"},
		{"exit build root rpc not a url", exitBuild("--root-rpc", "localhost"), "", exitUsage, "--root-rpc"},
		{"keys import key on argv", []string{"keys", "import", "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
			"--dir", filepath.Join(dir, "ks"), "--passphrase-file", emptyPass}, "", exitUsage, "never from the command line"},
		{"keys import missing file", []string{"keys", "import", "/nonexistent/key.hex", "--dir", filepath.Join(dir, "ks")}, "", exitUsage, "no such file: /nonexistent/key.hex"},
		{"keys import empty passphrase", []string{"keys", "import", keyFile, "--dir", filepath.Join(dir, "ks"), "--passphrase-file", emptyPass}, "", exitUsage, "the passphrase is empty"},
		{"keys new empty passphrase", []string{"keys", "new", "--dir", filepath.Join(dir, "ks"), "--passphrase-file", emptyPass}, "", exitUsage, "the passphrase is empty"},
		{"relay run missing config", []string{"relay", "run", "--config", "/nonexistent/relayer.toml"}, "", exitFailed, "no such file"},
		{"relay run unknown network", []string{"relay", "run", "--config", writeConfig(t, dir), "--network", "moon"}, "", exitUsage, "unknown network (devnet, bttc-mainnet or bttc-donau)"},
		{"relay status no target", []string{"relay", "status"}, "", exitUsage, "give --api"},
		{"bad flag", []string{"checkpoint", "root", "--nope"}, "", exitUsage, "unknown flag: --nope"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := cli(t, c.stdin, c.args...)
			require.Equal(t, c.code, code, "stdout:\n%s\nstderr:\n%s", out, errOut)
			require.Contains(t, errOut, "error: ")
			require.Contains(t, errOut, c.msg)
			// With --json the same error is JSON on stdout.
			out, errOut, code = cli(t, c.stdin, append(c.args, "--json")...)
			require.Equal(t, c.code, code, "--json: %s", errOut)
			var je struct {
				Error    string `json:"error"`
				Kind     string `json:"kind"`
				ExitCode int    `json:"exitCode"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &je), "--json error output: %q", out)
			require.Contains(t, je.Error, c.msg)
			require.NotEmpty(t, je.Kind)
			require.Equal(t, c.code, je.ExitCode)
		})
	}
}

// writeConfig writes a minimal preset-network relayer.toml.
func writeConfig(t *testing.T, dir string) string {
	path := filepath.Join(dir, "relayer.toml")
	require.NoError(t, os.WriteFile(path, []byte("network = \"bttc-mainnet\"\n"), 0o644))
	return path
}

// TestDevnetDirLocked: a second devnet on a directory one holds is
// refused with the holder's pid; the lock is free once released.
func TestDevnetDirLocked(t *testing.T) {
	dir := t.TempDir()
	unlock, err := lockDir(dir)
	require.NoError(t, err)
	_, err = lockDir(dir)
	require.ErrorContains(t, err, fmt.Sprintf("in use by another devnet (pid %d)", os.Getpid()))
	_, errOut, code := cli(t, "", "devnet", "--dir", dir)
	require.Equal(t, exitFailed, code)
	require.Contains(t, errOut, "in use by another devnet")
	unlock()
	again, err := lockDir(dir)
	require.NoError(t, err)
	again()
}
