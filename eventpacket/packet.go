package eventpacket

import (
	"encoding/binary"
	"math/big"

	"github.com/bttc-relay/sdk/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Version is the packet format version this package reads and writes.
const Version = 1

// Size bounds.
const (
	// MaxPayloadSize bounds a packet's encoded payload.
	MaxPayloadSize = 64 << 10
	// MaxPacketSize bounds an encoded packet: the 13 head words, the
	// payload's length word and the payload padded to 32 bytes.
	MaxPacketSize = 14*32 + MaxPayloadSize + 32
	// MaxNFTIDs bounds the token ids of one NFT transfer.
	MaxNFTIDs = 256
)

// Kind is what a packet carries.
type Kind uint8

// The kinds of packet of version 1.
const (
	KindFTTransfer    Kind = 1 // a fungible-token transfer
	KindNFTTransfer   Kind = 2 // a non-fungible-token transfer
	KindContractState Kind = 3 // a contract storage slot and its value
	KindGovernance    Kind = 4 // a DAO governance decision
	KindGeneric       Kind = 5 // opaque application bytes
)

var kindNames = map[Kind]string{KindFTTransfer: "ft-transfer", KindNFTTransfer: "nft-transfer",
	KindContractState: "contract-state", KindGovernance: "governance", KindGeneric: "generic"}

// String returns the kind's name as used in JSON.
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return "kind(" + big.NewInt(int64(k)).String() + ")"
}

// Payload is a packet's kind-specific content: one of *FTTransfer,
// *NFTTransfer, *ContractState, *Governance, *Generic.
type Payload interface {
	Kind() Kind
	validate() error
}

// FTTransfer moves Amount of Token from From to To.
type FTTransfer struct {
	Token, From, To common.Address
	Amount          *big.Int
}

// NFTTransfer moves the tokens IDs of Token from From to To.
type NFTTransfer struct {
	Token, From, To common.Address
	IDs             []*big.Int
}

// ContractState is the value of one storage slot of Contract.
type ContractState struct {
	Contract   common.Address
	Key, Value common.Hash
}

// Governance is a decision: Action (application-defined, non-zero) on
// proposal ProposalID with parameters committed by ParamsHash.
type Governance struct {
	ProposalID *big.Int
	Action     uint8
	ParamsHash common.Hash
}

// Generic is opaque application data.
type Generic struct {
	Data []byte
}

// Kind returns KindFTTransfer.
func (*FTTransfer) Kind() Kind { return KindFTTransfer }

// Kind returns KindNFTTransfer.
func (*NFTTransfer) Kind() Kind { return KindNFTTransfer }

// Kind returns KindContractState.
func (*ContractState) Kind() Kind { return KindContractState }

// Kind returns KindGovernance.
func (*Governance) Kind() Kind { return KindGovernance }

// Kind returns KindGeneric.
func (*Generic) Kind() Kind { return KindGeneric }

func uint256OK(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.BitLen() <= 256 }

func (p *FTTransfer) validate() error {
	switch {
	case p.Token == (common.Address{}):
		return makeError(ErrInvalid, nil, "ft-transfer of the zero token")
	case !uint256OK(p.Amount) || p.Amount.Sign() == 0:
		return makeError(ErrInvalid, nil, "ft-transfer amount %v", p.Amount)
	}
	return nil
}

func (p *NFTTransfer) validate() error {
	if p.Token == (common.Address{}) {
		return makeError(ErrInvalid, nil, "nft-transfer of the zero token")
	}
	if len(p.IDs) == 0 || len(p.IDs) > MaxNFTIDs {
		return makeError(ErrInvalid, nil, "nft-transfer of %d ids, want 1..%d", len(p.IDs), MaxNFTIDs)
	}
	for i, id := range p.IDs {
		if !uint256OK(id) {
			return makeError(ErrInvalid, nil, "nft id %d is not a uint256", i)
		}
		// Strictly ascending: canonical, and no id twice.
		if i > 0 && id.Cmp(p.IDs[i-1]) <= 0 {
			return makeError(ErrInvalid, nil, "nft ids must be strictly ascending (id %d)", i)
		}
	}
	return nil
}

func (p *ContractState) validate() error {
	if p.Contract == (common.Address{}) {
		return makeError(ErrInvalid, nil, "contract-state of the zero address")
	}
	return nil
}

func (p *Governance) validate() error {
	if !uint256OK(p.ProposalID) || p.Action == 0 {
		return makeError(ErrInvalid, nil, "governance proposal %v action %d", p.ProposalID, p.Action)
	}
	return nil
}

// MaxGenericData is the most data a generic payload carries: its
// encoding (offset, length, data padded to 32 bytes) fits MaxPayloadSize.
const MaxGenericData = MaxPayloadSize - 64

func (p *Generic) validate() error {
	if len(p.Data) == 0 {
		return makeError(ErrInvalid, nil, "empty generic payload")
	}
	if len(p.Data) > MaxGenericData {
		return makeError(ErrTooLarge, nil, "generic payload of %d bytes, more than %d", len(p.Data), MaxGenericData)
	}
	return nil
}

// Packet is one cross-chain event: who emitted it where, which event it
// is, where it goes, and what it carries.
type Packet struct {
	Version           uint8
	Kind              Kind
	SourceChainID     uint64
	Emitter           common.Address // the contract that emitted the event
	Sequence          uint64         // the emitter's event counter
	SourceBlockNumber uint64
	SourceBlockHash   common.Hash
	TxHash            common.Hash
	LogIndex          uint32
	Timestamp         uint64 // the source block's time, seconds
	DestChainID       uint64
	Receiver          common.Address // the contract called on the destination
	Payload           Payload
}

// ValidateBasic checks the packet: the version, a known kind with a payload
// of that kind and valid content, non-zero source and destination chain
// ids that differ, non-zero emitter and receiver, and the size bounds.
func (p *Packet) ValidateBasic() error {
	switch {
	case p.Version != Version:
		return makeError(ErrUnknownVersion, nil, "packet version %d", p.Version)
	case kindNames[p.Kind] == "":
		return makeError(ErrUnknownKind, nil, "packet kind %d", p.Kind)
	case p.Payload == nil || p.Payload.Kind() != p.Kind:
		return makeError(ErrPayloadMismatch, nil, "payload does not match kind %s", p.Kind)
	case p.SourceChainID == 0 || p.DestChainID == 0:
		return makeError(ErrInvalid, nil, "zero chain id")
	case p.SourceChainID == p.DestChainID:
		return makeError(ErrInvalid, nil, "source and destination are both chain %d", p.SourceChainID)
	case p.Emitter == (common.Address{}) || p.Receiver == (common.Address{}):
		return makeError(ErrInvalid, nil, "zero emitter or receiver")
	}
	return p.Payload.validate()
}

// Encode returns the canonical encoding: the Solidity ABI encoding
// abi.encode(uint8 version, uint8 kind, uint256 sourceChainId, address
// emitter, uint64 sequence, uint64 sourceBlockNumber, bytes32
// sourceBlockHash, bytes32 txHash, uint32 logIndex, uint64 timestamp,
// uint256 destChainId, address receiver, bytes payload), where payload is
// the ABI encoding of the kind's tuple. The packet must be valid.
func (p *Packet) Encode() ([]byte, error) {
	if err := p.ValidateBasic(); err != nil {
		return nil, err
	}
	return p.encode(), nil
}

// Decode parses a canonical encoding strictly: the size bound, the exact
// layout Encode writes (fixed offsets, lengths matching the bytes, zero
// padding, nothing after), chain ids within uint64, then Validate.
func Decode(b []byte) (*Packet, error) {
	if len(b) > MaxPacketSize {
		return nil, makeError(ErrTooLarge, nil, "packet of %d bytes, more than %d", len(b), MaxPacketSize)
	}
	p, err := decode(b)
	if err != nil {
		return nil, err
	}
	if err := p.ValidateBasic(); err != nil {
		return nil, err
	}
	return p, nil
}

// idTypeHash tags the preimage of packet IDs.
var idTypeHash = crypto.Keccak256Hash([]byte("bttc-relay.PacketID(uint256 sourceChainId,address emitter,uint64 sequence)"))

// ID returns the packet's unique event ID: keccak256(abi.encode(ID_TAG,
// uint256 sourceChainId, address emitter, uint64 sequence)) with ID_TAG =
// keccak256("bttc-relay.PacketID(uint256 sourceChainId,address
// emitter,uint64 sequence)"). It depends on nothing else, so the same
// event observed twice (even from different blocks after a reorg) has the
// same ID, and two events differ in at least one of the three. Like Hash
// and LeafHash it is defined for valid packets only: an invalid one gives
// its ValidateBasic error.
func (p *Packet) ID() (common.Hash, error) {
	if err := p.ValidateBasic(); err != nil {
		return common.Hash{}, err
	}
	return p.id(), nil
}

// id is ID without the validity check, for packets already checked.
func (p *Packet) id() common.Hash {
	var buf [128]byte
	copy(buf[:32], idTypeHash[:])
	binary.BigEndian.PutUint64(buf[56:64], p.SourceChainID)
	copy(buf[76:96], p.Emitter[:])
	binary.BigEndian.PutUint64(buf[120:128], p.Sequence)
	return crypto.Keccak256Hash(buf[:])
}

// Hash returns keccak256 of the canonical encoding.
func (p *Packet) Hash() (common.Hash, error) {
	enc, err := p.Encode()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// LeafHash returns the packet's leaf in a batch tree:
// keccak256(0x00 ‖ Hash()), the tagged leaf of package merkle, which an
// interior node keccak256(0x01 ‖ left ‖ right) can never equal.
func (p *Packet) LeafHash() (common.Hash, error) {
	h, err := p.Hash()
	if err != nil {
		return common.Hash{}, err
	}
	return merkle.TaggedLeaf(h[:]), nil
}
