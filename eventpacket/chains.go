package eventpacket

import (
	"github.com/bttc-relay/sdk/bttc"
	"math/big"

	"github.com/bttc-relay/sdk/statesync"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// PacketSentEventID is the topic of the outbox event
// PacketSent(bytes32 indexed id, uint256 indexed destChainId, bytes packet).
var PacketSentEventID = crypto.Keccak256Hash([]byte("PacketSent(bytes32,uint256,bytes)"))

// SentLog returns the PacketSent log an outbox contract at p.Emitter emits
// for p: topics [event, p.id(), destChainId], data abi.encode(bytes
// encoding).
func (p *Packet) SentLog() (*types.Log, error) {
	enc, err := p.Encode()
	if err != nil {
		return nil, err
	}
	data, err := arguments("bytes").Pack(enc)
	if err != nil {
		return nil, makeError(ErrInvalid, err, "encoding the event data")
	}
	return &types.Log{Address: p.Emitter,
		Topics: []common.Hash{PacketSentEventID, p.id(), common.BigToHash(new(big.Int).SetUint64(p.DestChainID))},
		Data:   data}, nil
}

// DecodePacketSent decodes an outbox's PacketSent log strictly: the event
// topic, the packet's canonical encoding, and agreement of everything the
// log says twice — the emitter is the log's address, topic 1 the packet's
// ID and topic 2 its destination. Where the log carries its block number
// it must be the packet's. An outbox contract cannot know its own block
// hash, transaction hash or log index, so it writes them as zero; where
// the packet does carry them, they must agree with the log.
func DecodePacketSent(log *types.Log) (*Packet, error) {
	if log == nil || len(log.Topics) != 3 || log.Topics[0] != PacketSentEventID {
		return nil, makeError(ErrNotPacketLog, nil, "not a PacketSent log")
	}
	v, err := unpackCanonical(arguments("bytes"), log.Data, "PacketSent data")
	if err != nil {
		return nil, err
	}
	p, err := Decode(v[0].([]byte))
	if err != nil {
		return nil, err
	}
	switch {
	case p.Emitter != log.Address:
		return nil, makeError(ErrNotPacketLog, nil, "packet emitter %s, log from %s", p.Emitter, log.Address)
	case p.id() != log.Topics[1]:
		return nil, makeError(ErrNotPacketLog, nil, "topic id %s, packet id %s", log.Topics[1], p.id())
	case common.BigToHash(new(big.Int).SetUint64(p.DestChainID)) != log.Topics[2]:
		return nil, makeError(ErrNotPacketLog, nil, "topic destination disagrees with the packet")
	case log.BlockNumber != 0 && log.BlockNumber != p.SourceBlockNumber,
		p.TxHash != (common.Hash{}) && log.TxHash != (common.Hash{}) && log.TxHash != p.TxHash,
		p.SourceBlockHash != (common.Hash{}) && log.BlockHash != (common.Hash{}) && log.BlockHash != p.SourceBlockHash:
		return nil, makeError(ErrNotPacketLog, nil, "log position disagrees with the packet")
	}
	return p, nil
}

// Source is where a native BTTC event was observed.
type Source struct {
	ChainID     uint64
	BlockNumber uint64
	BlockHash   common.Hash
	TxHash      common.Hash
	LogIndex    uint32 // the log's index in its block
	Timestamp   uint64
}

// FromStateSynced turns a root chain's StateSynced event (a v1 deposit)
// into a packet for destChainID (BTTC): emitter the StateSender contract,
// sequence the state id. A BTTC DEPOSIT whose deposit data is one uint256
// becomes an FT transfer (token the root token, from and to the user);
// any other message travels as a generic packet carrying the raw data.
func FromStateSynced(ev *statesync.StateSynced, stateSender common.Address, src Source, destChainID uint64) (*Packet, error) {
	if ev.ID == nil || !ev.ID.IsUint64() {
		return nil, makeError(ErrInvalid, nil, "state id %v does not fit 64 bits", ev.ID)
	}
	p := &Packet{Version: Version, SourceChainID: src.ChainID, Emitter: stateSender, Sequence: ev.ID.Uint64(),
		SourceBlockNumber: src.BlockNumber, SourceBlockHash: src.BlockHash, TxHash: src.TxHash, LogIndex: src.LogIndex,
		Timestamp: src.Timestamp, DestChainID: destChainID, Receiver: ev.Contract}
	if msg, err := statesync.DecodeMessage(ev.Data, bttc.BTTC); err == nil && msg.Deposit != nil && len(msg.Deposit.DepositData) == 32 {
		d := msg.Deposit
		p.Kind = KindFTTransfer
		p.Payload = &FTTransfer{Token: d.RootToken, From: d.User, To: d.User, Amount: new(big.Int).SetBytes(d.DepositData)}
	} else {
		p.Kind = KindGeneric
		p.Payload = &Generic{Data: append([]byte(nil), ev.Data...)}
	}
	if err := p.ValidateBasic(); err != nil {
		return nil, err
	}
	return p, nil
}

// FromWithdraw turns a BTTC burn log of a child token into a packet for the
// root chain destChainID: an FT transfer of the child token from the
// withdrawer to the withdrawer, received by rootManager. BTTC burns carry
// no event counter, so the sequence is the log's position:
// blockNumber<<20 | logIndex (block log indices stay below 2^20).
func FromWithdraw(log *types.Log, src Source, destChainID uint64, rootManager common.Address) (*Packet, error) {
	if log == nil || len(log.Topics) != 3 || log.Topics[0] != bttc.WithdrawToEventID || log.Topics[2] != (common.Hash{}) || len(log.Data) > 32 {
		return nil, makeError(ErrNotPacketLog, nil, "not a BTTC withdraw log")
	}
	if src.LogIndex >= 1<<20 || src.BlockNumber >= 1<<44 {
		return nil, makeError(ErrInvalid, nil, "log position %d/%d does not fit the sequence", src.BlockNumber, src.LogIndex)
	}
	withdrawer := common.BytesToAddress(log.Topics[1][12:])
	p := &Packet{Version: Version, Kind: KindFTTransfer, SourceChainID: src.ChainID, Emitter: log.Address,
		Sequence: src.BlockNumber<<20 | uint64(src.LogIndex), SourceBlockNumber: src.BlockNumber,
		SourceBlockHash: src.BlockHash, TxHash: src.TxHash, LogIndex: src.LogIndex, Timestamp: src.Timestamp,
		DestChainID: destChainID, Receiver: rootManager,
		Payload: &FTTransfer{Token: log.Address, From: withdrawer, To: withdrawer, Amount: new(big.Int).SetBytes(log.Data)}}
	if err := p.ValidateBasic(); err != nil {
		return nil, err
	}
	return p, nil
}
