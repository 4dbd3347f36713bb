package main

import (
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/ethereum/go-ethereum/common"
)

// network is a published BTTC network: its chains and root contracts.
type network struct {
	BTTC  evm.Preset
	Roots map[string]rootPreset
}

// rootPreset is a root chain's contracts: RootChain (RootChainProxy: the
// checkpoints), RootChainManager (RootChainManagerProxy: exit(bytes)) and
// StateSender. Missing says why the addresses are absent, if they are.
type rootPreset struct {
	Preset                                   evm.Preset
	RootChain, RootChainManager, StateSender common.Address
	Missing                                  string
	// TRON: the root chain is TRON, reached over gRPC (chains/tron).
	TRON bool
}

// The BTTC mainnet root contracts on Ethereum and BNB Chain are those
// BTTC publishes in its documentation repository, bttcprotocol/bttc-doc,
// docs/contract.md ("Genesis Contracts", commit 4b744fb), tables "ETH" and
// "BSC", and table "TRON" for TRON (base58check addresses:
// RootChainProxy, RootChainManagerProxy, StateSender).
func networkByName(name string) (network, error) {
	switch name {
	case "bttc-mainnet":
		trx := rootPreset{TRON: true}
		for _, a := range []struct {
			to   *common.Address
			addr string
		}{{&trx.RootChain, "TMvs6n9qy1R13CPd1AfxhW41GBG21NSXNj"}, {&trx.RootChainManager, "TDgrSuii9e7HLfY1DhEBxkcFa3vrLgS3Gx"},
			{&trx.StateSender, "TJVjaUrn6PNpCDYLvdRTXmwBULND2a9AkS"}} {
			t, err := tron.ParseBase58(a.addr)
			if err != nil {
				return network{}, err
			}
			*a.to = t.EVM()
		}
		return network{BTTC: evm.BTTC(), Roots: map[string]rootPreset{
			"ethereum": {Preset: evm.Ethereum(),
				RootChain:        common.HexToAddress("0x98dfb360cbc65045a8415fa2514f549cd3000f02"),
				RootChainManager: common.HexToAddress("0xd06029b23e9d4cd24bad01d436837fa02b8f0dd9"),
				StateSender:      common.HexToAddress("0xedf53026aea60f8f75fca25f8830b7e2d6200662")},
			"bsc": {Preset: evm.BSC(),
				RootChain:        common.HexToAddress("0x9b5f27f6ea9bbd753ce3793a07cba3c74644330d"),
				RootChainManager: common.HexToAddress("0x6101749044d0302bfe45c926ef202589c7b27531"),
				StateSender:      common.HexToAddress("0x74e4e5eb5aae2fbef42ec07298cab532425cb466")},
			"tron": trx,
		}}, nil
	case "bttc-donau":
		// Donau (chain id 1029) roots on TRON Nile, Goerli and the BSC
		// testnet (bttc-doc docs/testnet.md); its root contract addresses
		// are not published there.
		missing := "BTTC does not publish Donau's root contract addresses in bttc-doc; they are not preset"
		return network{BTTC: evm.BTTCTestnet(), Roots: map[string]rootPreset{
			"ethereum": {Missing: missing}, "bsc": {Missing: missing}, "tron": {Missing: missing},
		}}, nil
	}
	return network{}, usagef("unknown network %q (bttc-mainnet or bttc-donau; devnet takes its chains from a manifest)", name)
}
