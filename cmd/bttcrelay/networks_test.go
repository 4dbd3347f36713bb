package main

import (
	"context"
	"strings"
	"testing"

	"github.com/fbsobreira/gotron-sdk/pkg/address"
	"github.com/stretchr/testify/require"
)

// The bttc-mainnet TRON preset holds bttc-doc's base58check addresses,
// decoded here by gotron-sdk (independently of chains/tron).
func TestMainnetTRONPreset(t *testing.T) {
	n, err := networkByName("bttc-mainnet")
	require.NoError(t, err)
	trx := n.Roots["tron"]
	require.True(t, trx.TRON)
	for got, doc := range map[string]string{
		"41" + trx.RootChain.Hex()[2:]:        "TMvs6n9qy1R13CPd1AfxhW41GBG21NSXNj",
		"41" + trx.RootChainManager.Hex()[2:]: "TDgrSuii9e7HLfY1DhEBxkcFa3vrLgS3Gx",
		"41" + trx.StateSender.Hex()[2:]:      "TJVjaUrn6PNpCDYLvdRTXmwBULND2a9AkS",
	} {
		want, err := address.Base58ToAddress(doc)
		require.NoError(t, err)
		require.Equal(t, strings.TrimPrefix(strings.ToLower(want.Hex()), "0x"), strings.ToLower(got), doc)
	}
}

// An exit route to TRON needs the node's gRPC address.
func TestTRONExitNeedsGRPC(t *testing.T) {
	c := &config{Network: "bttc-mainnet", Chains: map[string]chainConfig{"bttc": {RPC: []string{"http://127.0.0.1:1"}}},
		Exits: []exitConfig{{Root: "tron"}}}
	_, _, err := presetRoutes(context.Background(), c, nil)
	require.ErrorContains(t, err, "[chains.tron] grpc is not set")
}
