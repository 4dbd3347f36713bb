package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// self starts this test binary as bttcrelay with args and extra
// environment; its output goes to a log shown when the test fails.
func self(t *testing.T, logName string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), "BTTCRELAY_TEST_MAIN=1"), env...)
	log, err := os.Create(filepath.Join(t.TempDir(), logName))
	require.NoError(t, err)
	cmd.Stdout, cmd.Stderr = log, log
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
		if t.Failed() {
			b, _ := os.ReadFile(log.Name())
			t.Logf("%s:\n%s", logName, b)
		}
	})
	return cmd
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().String()
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// stop sends SIGTERM and requires a clean exit.
func stop(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		require.NoError(t, err, "exit status after SIGTERM")
	case <-time.After(30 * time.Second):
		t.Fatal("no exit within 30 s of SIGTERM")
	}
}

// TestDevnetTrafficRelay: `devnet`, `devnet traffic` and `relay run` run as
// separate processes; every deposit, withdrawal and packet arrives exactly
// once, read from the chains alone; the operator page, /healthz and
// /metrics answer over HTTP; both servers stop cleanly on SIGTERM.
//
// The second run has the checkpoints agreed and signed by a Delivery Chain
// network on CometBFT (`devnet --delivery`) instead of the in-process
// signing service.
func TestDevnetTrafficRelay(t *testing.T) {
	if testing.Short() {
		t.Skip("devnet, traffic and relayer processes: not with -short")
	}
	t.Run("signing-service", func(t *testing.T) { devnetTrafficRelay(t) })
	t.Run("delivery-network", func(t *testing.T) { devnetTrafficRelay(t, "--delivery") })
}

func devnetTrafficRelay(t *testing.T, devnetArgs ...string) {
	ctx := context.Background()
	dir := t.TempDir()
	ready := filepath.Join(dir, "ready")
	dn := self(t, "devnet.log", nil, append([]string{"devnet", "--dir", dir, "--block-time", "100ms", "--offline", "1", "--ready-file", ready}, devnetArgs...)...)
	require.Eventually(t, func() bool { _, err := os.Stat(ready); return err == nil }, 60*time.Second, 50*time.Millisecond, "devnet ready")

	listen := freePort(t)
	relayer := self(t, "relayer.log", []string{"BTTCRELAY_HTTP_LISTEN=" + listen}, "relay", "run", "--config", filepath.Join(dir, "relayer.toml"))

	const withdrawals, packets = 3, 6 // two packets to each root chain
	traffic := self(t, "traffic.log", nil, "devnet", "traffic", "--manifest", filepath.Join(dir, "devnet.json"),
		"--deposits", "3", "--withdrawals", "3", "--packets", "6")
	require.NoError(t, traffic.Wait(), "devnet traffic")

	// From the chains alone.
	m, err := devnet.ReadManifest(filepath.Join(dir, "devnet.json"))
	require.NoError(t, err)
	require.Equal(t, len(devnetArgs) > 0, m.Delivery != "", "the manifest names the Delivery network")
	d, err := devnet.Attach(ctx, m)
	require.NoError(t, err)
	defer d.Close()
	wantMinted, wantReleased := int64(1000+1001+1002), int64(100+101+102)
	require.Eventually(t, func() bool {
		minted, err1 := d.Minted(ctx, "ethereum")
		released, err2 := d.Released(ctx, "ethereum")
		eth, err3 := d.PacketsReceived(ctx, "ethereum")
		bsc, err4 := d.PacketsReceived(ctx, "bsc")
		trx, err5 := d.PacketsReceived(ctx, "tron")
		return err1 == nil && err2 == nil && err3 == nil && err4 == nil && err5 == nil &&
			minted.Int64() >= wantMinted && released.Int64() >= wantReleased && eth >= 2 && bsc >= 2 && trx >= 2
	}, 90*time.Second, 100*time.Millisecond, "everything delivered")
	// Let a duplicate, if any, land before counting.
	time.Sleep(2 * time.Second)
	minted, err := d.Minted(ctx, "ethereum")
	require.NoError(t, err)
	released, err := d.Released(ctx, "ethereum")
	require.NoError(t, err)
	require.Equal(t, wantMinted, minted.Int64(), "each deposit minted once")
	require.Equal(t, wantReleased, released.Int64(), "each withdrawal released once")
	for _, root := range []string{"ethereum", "bsc", "tron"} {
		n, err := d.PacketsReceived(ctx, root)
		require.NoError(t, err)
		require.EqualValues(t, packets/3, n, "packets to %s received once each", root)
	}
	eth := d.Root("ethereum")
	em, err := contracts.NewExitManagerFilterer(eth.ExitManager, eth.Client)
	require.NoError(t, err)
	it, err := em.FilterExited(&bind.FilterOpts{Context: ctx}, nil, nil, nil)
	require.NoError(t, err)
	exits := map[common.Hash]int{}
	for it.Next() {
		exits[it.Event.ExitHash]++
	}
	require.Len(t, exits, withdrawals)
	for h, n := range exits {
		require.Equal(t, 1, n, "exit %s", h)
	}

	// The operator's view over HTTP.
	base := "http://" + listen
	code, body := get(t, base+"/")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, "bttc-relay operator")
	for _, route := range []string{"checkpoint-ethereum", "exit-ethereum", "deposit-ethereum", "packet-bsc", "checkpoint-bsc"} {
		require.Contains(t, body, route)
	}
	// Healthy while the chains make blocks: /healthz and relay status
	// agree (eventually: a loaded machine may truly pause the chains).
	require.Eventually(t, func() bool {
		code, _ := get(t, base+"/healthz")
		_, _, rc := cli(t, "", "relay", "status", "--api", base)
		return code == http.StatusOK && rc == exitOK
	}, 30*time.Second, 100*time.Millisecond, "healthy")
	code, body = get(t, base+"/metrics")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, "relay_tasks")
	out, errOut, rc := cli(t, "", "relay", "list", "--api", base, "--route", "exit-ethereum", "--state", "confirmed", "--json")
	require.Equal(t, exitOK, rc, errOut)
	require.Contains(t, out, `"state": "confirmed"`)
	require.NotContains(t, out, "0001-01-01", "zero times are left out")

	// The chains go away: the relayer says so, naming them, and relay
	// status exits 1.
	stop(t, dn)
	require.Eventually(t, func() bool {
		code, body := get(t, base+"/healthz")
		return code == http.StatusServiceUnavailable && strings.Contains(body, "chain bttc: no head for")
	}, 30*time.Second, 100*time.Millisecond, "unhealthy once the chains are gone")
	out, errOut, rc = cli(t, "", "relay", "status", "--api", base)
	require.Equal(t, exitFailed, rc, out)
	require.Contains(t, out, "STALLED")
	require.Contains(t, out, "chain bttc: no head for")
	require.Contains(t, errOut, "route(s) stalled")
	stop(t, relayer)
}
