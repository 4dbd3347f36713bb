package evm

import (
	"time"

	"github.com/bttc-relay/sdk/chains"
)

// Preset is what the adapter knows of a chain.
type Preset struct {
	Name      string
	ChainID   uint64
	Finality  chains.Finality
	BlockTime time.Duration
	// EIP1559 says whether transactions carry a base-fee cap and tip
	// (dynamic-fee transactions) or a legacy gas price.
	EIP1559 bool
}

// Ethereum mainnet: final when the "finalized" tag says so.
func Ethereum() Preset {
	return Preset{Name: "ethereum", ChainID: 1, Finality: chains.Finality{Tag: "finalized"}, BlockTime: 12 * time.Second, EIP1559: true}
}

// BSC is BNB Smart Chain mainnet: 15 confirmations, legacy gas price.
func BSC() Preset {
	return Preset{Name: "bsc", ChainID: 56, Finality: chains.Finality{Confirmations: 15}, BlockTime: 3 * time.Second}
}

// BTTC mainnet (chain id 199): 64 confirmations (one sprint).
func BTTC() Preset {
	return Preset{Name: "bttc", ChainID: 199, Finality: chains.Finality{Confirmations: 64}, BlockTime: 2 * time.Second, EIP1559: true}
}

// BTTCTestnet is BTTC's Donau testnet (chain id 1029).
func BTTCTestnet() Preset {
	p := BTTC()
	p.Name, p.ChainID = "bttc-donau", 1029
	return p
}
