package eventpacket

import (
	"bytes"
	"encoding/json"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MaxJSONSize bounds a packet's JSON.
const MaxJSONSize = 4*MaxPayloadSize + 4096

// decimal is a non-negative integer written as a canonical decimal string
// (no sign, no leading zeros), so no JSON reader loses precision.
type decimal struct{ n big.Int }

func (d decimal) MarshalText() ([]byte, error) { return []byte(d.n.String()), nil }

func (d *decimal) UnmarshalText(b []byte) error {
	if len(b) == 0 || len(b) > 78 || (len(b) > 1 && b[0] == '0') {
		return makeError(ErrMalformed, nil, "%q is not a canonical decimal", b)
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return makeError(ErrMalformed, nil, "%q is not a canonical decimal", b)
		}
	}
	d.n.SetString(string(b), 10)
	return nil
}

func dec(v uint64) decimal {
	var d decimal
	d.n.SetUint64(v)
	return d
}

func decBig(v *big.Int) decimal {
	var d decimal
	if v != nil {
		d.n.Set(v)
	}
	return d
}

func (d decimal) uint64(field string) (uint64, error) {
	if !d.n.IsUint64() {
		return 0, makeError(ErrInvalid, nil, "%s does not fit 64 bits", field)
	}
	return d.n.Uint64(), nil
}

type packetJSON struct {
	Version           uint8           `json:"version"`
	Kind              string          `json:"kind"`
	SourceChainID     decimal         `json:"sourceChainId"`
	Emitter           common.Address  `json:"emitter"`
	Sequence          decimal         `json:"sequence"`
	SourceBlockNumber decimal         `json:"sourceBlockNumber"`
	SourceBlockHash   common.Hash     `json:"sourceBlockHash"`
	TxHash            common.Hash     `json:"txHash"`
	LogIndex          uint32          `json:"logIndex"`
	Timestamp         decimal         `json:"timestamp"`
	DestChainID       decimal         `json:"destChainId"`
	Receiver          common.Address  `json:"receiver"`
	Payload           json.RawMessage `json:"payload"`
}

type ftJSON struct {
	Token  common.Address `json:"token"`
	From   common.Address `json:"from"`
	To     common.Address `json:"to"`
	Amount decimal        `json:"amount"`
}

type nftJSON struct {
	Token common.Address `json:"token"`
	From  common.Address `json:"from"`
	To    common.Address `json:"to"`
	IDs   []decimal      `json:"ids"`
}

type stateJSON struct {
	Contract common.Address `json:"contract"`
	Key      common.Hash    `json:"key"`
	Value    common.Hash    `json:"value"`
}

type govJSON struct {
	ProposalID decimal     `json:"proposalId"`
	Action     uint8       `json:"action"`
	ParamsHash common.Hash `json:"paramsHash"`
}

type genericJSON struct {
	Data hexutil.Bytes `json:"data"`
}

// MarshalJSON writes the packet for tools and people: hex for bytes and
// addresses, decimal strings for every integer that may exceed 2^53, the
// kind by name. The packet must be valid.
func (p *Packet) MarshalJSON() ([]byte, error) {
	if err := p.ValidateBasic(); err != nil {
		return nil, err
	}
	var payload any
	switch pl := p.Payload.(type) {
	case *FTTransfer:
		payload = ftJSON{pl.Token, pl.From, pl.To, decBig(pl.Amount)}
	case *NFTTransfer:
		ids := make([]decimal, len(pl.IDs))
		for i, id := range pl.IDs {
			ids[i] = decBig(id)
		}
		payload = nftJSON{pl.Token, pl.From, pl.To, ids}
	case *ContractState:
		payload = stateJSON{pl.Contract, pl.Key, pl.Value}
	case *Governance:
		payload = govJSON{decBig(pl.ProposalID), pl.Action, pl.ParamsHash}
	case *Generic:
		payload = genericJSON{pl.Data}
	}
	raw, err := json.Marshal(payload)
	if err != nil {
		return nil, err
	}
	return json.Marshal(packetJSON{
		Version: p.Version, Kind: p.Kind.String(), SourceChainID: dec(p.SourceChainID), Emitter: p.Emitter,
		Sequence: dec(p.Sequence), SourceBlockNumber: dec(p.SourceBlockNumber), SourceBlockHash: p.SourceBlockHash,
		TxHash: p.TxHash, LogIndex: p.LogIndex, Timestamp: dec(p.Timestamp), DestChainID: dec(p.DestChainID),
		Receiver: p.Receiver, Payload: raw,
	})
}

// strictUnmarshal decodes b into v rejecting unknown fields and trailing data.
func strictUnmarshal(b []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return makeError(ErrMalformed, err, "packet JSON")
	}
	if d.More() {
		return makeError(ErrMalformed, nil, "data after the packet JSON")
	}
	return nil
}

// UnmarshalJSON reads what MarshalJSON writes, strictly: no unknown or
// missing-by-kind fields, canonical decimals, then Validate.
func (p *Packet) UnmarshalJSON(b []byte) error {
	if len(b) > MaxJSONSize {
		return makeError(ErrTooLarge, nil, "packet JSON of %d bytes", len(b))
	}
	var j packetJSON
	if err := strictUnmarshal(b, &j); err != nil {
		return err
	}
	var out Packet
	out.Version, out.Emitter, out.SourceBlockHash, out.TxHash, out.LogIndex, out.Receiver =
		j.Version, j.Emitter, j.SourceBlockHash, j.TxHash, j.LogIndex, j.Receiver
	for _, f := range []struct {
		d    decimal
		dst  *uint64
		name string
	}{{j.SourceChainID, &out.SourceChainID, "sourceChainId"}, {j.Sequence, &out.Sequence, "sequence"},
		{j.SourceBlockNumber, &out.SourceBlockNumber, "sourceBlockNumber"}, {j.Timestamp, &out.Timestamp, "timestamp"},
		{j.DestChainID, &out.DestChainID, "destChainId"}} {
		v, err := f.d.uint64(f.name)
		if err != nil {
			return err
		}
		*f.dst = v
	}
	for k, name := range kindNames {
		if name == j.Kind {
			out.Kind = k
		}
	}
	switch out.Kind {
	case KindFTTransfer:
		var pl ftJSON
		if err := strictUnmarshal(j.Payload, &pl); err != nil {
			return err
		}
		out.Payload = &FTTransfer{Token: pl.Token, From: pl.From, To: pl.To, Amount: new(big.Int).Set(&pl.Amount.n)}
	case KindNFTTransfer:
		var pl nftJSON
		if err := strictUnmarshal(j.Payload, &pl); err != nil {
			return err
		}
		ids := make([]*big.Int, len(pl.IDs))
		for i := range pl.IDs {
			ids[i] = new(big.Int).Set(&pl.IDs[i].n)
		}
		out.Payload = &NFTTransfer{Token: pl.Token, From: pl.From, To: pl.To, IDs: ids}
	case KindContractState:
		var pl stateJSON
		if err := strictUnmarshal(j.Payload, &pl); err != nil {
			return err
		}
		out.Payload = &ContractState{Contract: pl.Contract, Key: pl.Key, Value: pl.Value}
	case KindGovernance:
		var pl govJSON
		if err := strictUnmarshal(j.Payload, &pl); err != nil {
			return err
		}
		out.Payload = &Governance{ProposalID: new(big.Int).Set(&pl.ProposalID.n), Action: pl.Action, ParamsHash: pl.ParamsHash}
	case KindGeneric:
		var pl genericJSON
		if err := strictUnmarshal(j.Payload, &pl); err != nil {
			return err
		}
		out.Payload = &Generic{Data: pl.Data}
	default:
		return makeError(ErrUnknownKind, nil, "packet kind %q", j.Kind)
	}
	if err := out.ValidateBasic(); err != nil {
		return err
	}
	*p = out
	return nil
}
