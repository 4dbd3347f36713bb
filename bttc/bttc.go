// Package bttc holds the vocabulary every other package of the SDK
// shares: which network's byte layouts a value follows (Layout), how BTTC
// payloads name a root chain (RootChainID), and the events of BTTC's
// child tokens. It has no logic beyond naming and validating these.
//
// # Glossary
//
//   - layout: BTTC's byte formats or upstream Polygon PoS's, the network
//     BTTC forked (bttc.Layout; one value for checkpoint data, state-sync
//     messages and exit rules alike).
//   - root-chain id: the number a BTTC payload uses for a root chain
//     (bttc.RootChainID: TRON 1, Ethereum 2, BSC 3).
//   - root-chain reader: an interface that reads a root chain contract
//     (exit.RootChainReader); a contract binding implements it for one
//     deployed contract (exitrpc.RootChainContract).
//   - checkpoint data: what Delivery validators sign (checkpoint.Data);
//     stored header block: what the root chain keeps once a checkpoint is
//     accepted, with its id (checkpoint.HeaderBlock); packet checkpoint:
//     the EIP-712 message that commits to a batch of event packets
//     (eventpacket.PacketCheckpoint).
package bttc

import (
	"strconv"

	"github.com/ethereum/go-ethereum/crypto"
)

// Layout selects BTTC's byte formats or upstream Polygon PoS's. Its zero
// value is unset: every function that takes a Layout rejects it with a
// typed error rather than guessing.
type Layout uint8

const (
	// BTTC: 224-byte checkpoint data (with the epoch), state-sync messages
	// that carry the root-chain id, legacy receipts and the WithdrawTo
	// burn event in exits.
	BTTC Layout = iota + 1
	// Upstream: Polygon PoS's formats: 192-byte checkpoint data, messages
	// without a root-chain id, typed receipts and ERC20 Transfer-to-zero
	// burns.
	Upstream
)

// Valid reports whether l is BTTC or Upstream.
func (l Layout) Valid() bool { return l == BTTC || l == Upstream }

// String names the layout.
func (l Layout) String() string {
	switch l {
	case BTTC:
		return "BTTC"
	case Upstream:
		return "Upstream"
	}
	return "Layout(" + strconv.Itoa(int(l)) + ")"
}

// RootChainID identifies a root chain inside BTTC payloads (deposits,
// token mappings, replay keys, checkpoint reward ids).
type RootChainID uint64

// The root chains of BTTC.
const (
	TRON     RootChainID = 1
	Ethereum RootChainID = 2
	BSC      RootChainID = 3
)

// Valid reports whether c is one of BTTC's root chains.
func (c RootChainID) Valid() bool { return c >= TRON && c <= BSC }

// String names the chain.
func (c RootChainID) String() string {
	switch c {
	case TRON:
		return "TRON"
	case Ethereum:
		return "Ethereum"
	case BSC:
		return "BSC"
	}
	return "RootChainID(" + strconv.FormatUint(uint64(c), 10) + ")"
}

// Events of BTTC's child tokens that the root predicates accept as burns.
var (
	// WithdrawToEventID is keccak256("WithdrawTo(address,address,uint256)"),
	// BTTC's ERC20Predicate WITHDRAW_EVENT_SIG: topic 1 the withdrawer
	// (who is paid), topic 2 the zero address, data the amount.
	WithdrawToEventID = crypto.Keccak256Hash([]byte("WithdrawTo(address,address,uint256)"))
	// TransferEventID is keccak256("Transfer(address,address,uint256)"),
	// the ERC20 event upstream predicates accept as a burn when its
	// recipient is the zero address.
	TransferEventID = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
)
