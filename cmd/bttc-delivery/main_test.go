package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bttc-relay/sdk/delivery"
	"github.com/stretchr/testify/require"
)

func TestTestnetWritesHomes(t *testing.T) {
	dir := t.TempDir()
	lanes := filepath.Join(dir, "lanes.json")
	require.NoError(t, os.WriteFile(lanes, []byte(`[{"source":"bttc","sourceChainId":199,"events":"outbox",
		"emitter":"0x0000000000000000000000000000000000000001","domain":{"Name":"x","Version":"1","ChainID":1,
		"VerifyingContract":"0x0000000000000000000000000000000000000002"},"range":16}]`), 0o644))
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"testnet", "--validators", "3", "--out", filepath.Join(dir, "net"),
		"--interval", "64", "--base-port", "0", "--lanes", lanes}, &out, &out))
	require.Equal(t, 3, strings.Count(out.String(), "signer 0x"))
	for i := 0; i < 3; i++ {
		home := filepath.Join(dir, "net", "node"+string(rune('0'+i)))
		_, err := delivery.LoadSigner(home)
		require.NoError(t, err)
		_, err = delivery.NodeRPC(home)
		require.NoError(t, err)
		gen, err := os.ReadFile(filepath.Join(home, "config", "genesis.json"))
		require.NoError(t, err)
		require.Contains(t, string(gen), `"vote_extensions_enable_height": "1"`)
		require.Contains(t, string(gen), `"interval": 64`)
		require.Contains(t, string(gen), `"events": "outbox"`)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"bogus"}, {"testnet"}, {"start", "--home", "x"}, {"testnet", "--nope"}} {
		err := run(context.Background(), args, &bytes.Buffer{}, &bytes.Buffer{})
		require.True(t, errors.As(err, &usageError{}), "%v: %v", args, err)
	}
}

// TestHelp: --help of a command prints its flags and succeeds.
func TestHelp(t *testing.T) {
	for _, cmd := range []string{"testnet", "start"} {
		for _, flag := range []string{"--help", "-h"} {
			var out bytes.Buffer
			require.NoError(t, run(context.Background(), []string{cmd, flag}, &out, &out), "%s %s", cmd, flag)
			require.Contains(t, out.String(), "usage of bttc-delivery "+cmd)
		}
	}
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"testnet", "--help"}, &out, &out))
	require.Contains(t, out.String(), "-validators")
	out.Reset()
	require.NoError(t, run(context.Background(), []string{"start", "--help"}, &out, &out))
	require.Contains(t, out.String(), "-bttc-rpc")
}
