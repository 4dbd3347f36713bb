package checkpoint

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"strings"
	"sync"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// RootChainABI is the part of the root chain contract's ABI the SDK uses.
const RootChainABI = `[
{"type":"function","name":"submitCheckpoint","stateMutability":"nonpayable","inputs":[
  {"name":"data","type":"bytes"},{"name":"sigs","type":"uint256[3][]"}],"outputs":[]},
{"type":"function","name":"headerBlocks","stateMutability":"view","inputs":[{"name":"","type":"uint256"}],"outputs":[
  {"name":"root","type":"bytes32"},{"name":"start","type":"uint256"},{"name":"end","type":"uint256"},
  {"name":"createdAt","type":"uint256"},{"name":"proposer","type":"address"}]},
{"type":"event","name":"NewHeaderBlock","anonymous":false,"inputs":[
  {"name":"proposer","type":"address","indexed":true},{"name":"headerBlockId","type":"uint256","indexed":true},
  {"name":"reward","type":"uint256","indexed":true},{"name":"start","type":"uint256","indexed":false},
  {"name":"end","type":"uint256","indexed":false},{"name":"root","type":"bytes32","indexed":false}]}
]`

// MaxSignatures bounds the signature list UnpackSubmitCheckpoint accepts.
const MaxSignatures = sigagg.MaxValidators

// rootChain is the parsed ABI, built once (it is immutable).
var rootChain = sync.OnceValue(func() abi.ABI {
	parsed, err := abi.JSON(strings.NewReader(RootChainABI))
	if err != nil {
		panic("checkpoint: RootChainABI does not parse: " + err.Error()) // a constant: caught by any test
	}
	return parsed
})

// PackSubmitCheckpoint returns the calldata of
// submitCheckpoint(bytes data, uint256[3][] sigs), each signature as
// [R, S, V] with V 27 or 28.
func PackSubmitCheckpoint(data []byte, sigs []sigagg.Signature) ([]byte, error) {
	words := make([][3]*big.Int, len(sigs))
	for i := range sigs {
		words[i] = sigs[i].ToContract()
	}
	out, err := rootChain().Pack("submitCheckpoint", data, words)
	if err != nil {
		return nil, wrapError(ErrBadCalldata, err, "packing submitCheckpoint")
	}
	return out, nil
}

// UnpackSubmitCheckpoint decodes submitCheckpoint calldata strictly: the
// selector, the ABI encoding (re-encoding must give the same bytes, so no
// trailing or non-canonical data), at most MaxSignatures signatures, each
// word of a signature a valid R, S and V 27 or 28. Signatures are
// returned with V 0 or 1 and are not otherwise checked (Verify does).
func UnpackSubmitCheckpoint(calldata []byte) ([]byte, []sigagg.Signature, error) {
	data, sigs, err := unpackSubmit(calldata, sigagg.FromContract)
	if err != nil {
		return nil, nil, err
	}
	// Canonical form: re-encoding gives the input back.
	again, err := PackSubmitCheckpoint(data, sigs)
	if err != nil || !bytes.Equal(again, calldata) {
		return nil, nil, makeError(ErrBadCalldata, "non-canonical submitCheckpoint encoding")
	}
	return data, sigs, nil
}

// UnpackSubmitCheckpointAsContract decodes submitCheckpoint calldata the
// way the root contract reads it, for simulation (sigagg.SimulateOnChain)
// rather than verification: the ABI decoding without the canonical
// re-encoding check, and each signature as sigagg.ContractView reads it
// (only the low byte of the V word; V passed through unnormalised). The
// list is still bounded by MaxSignatures.
func UnpackSubmitCheckpointAsContract(calldata []byte) ([]byte, []sigagg.Signature, error) {
	return unpackSubmit(calldata, sigagg.ContractView)
}

// unpackSubmit decodes the selector and arguments of submitCheckpoint,
// bounded by MaxSignatures, converting each [R, S, V] with convert.
func unpackSubmit(calldata []byte, convert func([3]*big.Int) (sigagg.Signature, error)) ([]byte, []sigagg.Signature, error) {
	method := rootChain().Methods["submitCheckpoint"]
	if len(calldata) < 4 || !bytes.Equal(calldata[:4], method.ID) {
		return nil, nil, makeError(ErrBadCalldata, "not a submitCheckpoint call")
	}
	// Bound the work before decoding: the list length word must be small.
	if n, ok := listLength(calldata[4:]); !ok || n > MaxSignatures {
		return nil, nil, makeError(ErrBadCalldata, "malformed or oversized signature list")
	}
	args, err := method.Inputs.Unpack(calldata[4:])
	if err != nil {
		return nil, nil, wrapError(ErrBadCalldata, err, "decoding submitCheckpoint")
	}
	data, ok1 := args[0].([]byte)
	words, ok2 := args[1].([][3]*big.Int)
	if !ok1 || !ok2 {
		return nil, nil, makeError(ErrBadCalldata, "unexpected argument types")
	}
	sigs := make([]sigagg.Signature, len(words))
	for i, w := range words {
		s, err := convert(w)
		if err != nil {
			return nil, nil, wrapError(ErrBadCalldata, err, "signature %d", i)
		}
		sigs[i] = s
	}
	return data, sigs, nil
}

// listLength reads the length of the sigs array from submitCheckpoint
// arguments (the second head word is its offset).
func listLength(args []byte) (uint64, bool) {
	if len(args) < 64 {
		return 0, false
	}
	off, ok := word64(args[32:64])
	if !ok || off > uint64(len(args)) || uint64(len(args))-off < 32 {
		return 0, false
	}
	return word64(args[off : off+32])
}

func word64(w []byte) (uint64, bool) {
	if !allZero(w[:24]) {
		return 0, false
	}
	return binary.BigEndian.Uint64(w[24:32]), true
}

// HeaderBlock is a stored header block: a checkpoint as the root chain
// keeps it once accepted, under its id.
type HeaderBlock struct {
	// ID is the header block id it is stored under (multiples of 10000;
	// nil when unknown).
	ID         *big.Int
	Root       common.Hash
	Start, End uint64
	CreatedAt  uint64
	Proposer   common.Address
}

// PackHeaderBlocks returns the calldata of headerBlocks(id). An id that is
// nil, negative or not below 2^256 is ErrOutOfRange: the ABI encoder
// would wrap it into another id.
func PackHeaderBlocks(id *big.Int) ([]byte, error) {
	if id == nil || id.Sign() < 0 || id.BitLen() > 256 {
		return nil, makeError(ErrOutOfRange, "header block id %v is not a uint256", id)
	}
	out, err := rootChain().Pack("headerBlocks", id)
	if err != nil {
		return nil, wrapError(ErrBadCalldata, err, "packing headerBlocks")
	}
	return out, nil
}

// DecodeHeaderBlock decodes the return data of headerBlocks(uint256).
func DecodeHeaderBlock(id *big.Int, ret []byte) (*HeaderBlock, error) {
	out, err := rootChain().Methods["headerBlocks"].Outputs.Unpack(ret)
	if err != nil {
		return nil, wrapError(ErrBadCalldata, err, "decoding headerBlocks(%v)", id)
	}
	if len(out) != 5 {
		return nil, makeError(ErrBadCalldata, "headerBlocks(%v) returned %d values, want 5", id, len(out))
	}
	hb := &HeaderBlock{Root: common.Hash(out[0].([32]byte)), Proposer: out[4].(common.Address)}
	if id != nil {
		hb.ID = new(big.Int).Set(id)
	}
	for i, dst := range []*uint64{&hb.Start, &hb.End, &hb.CreatedAt} {
		v := out[i+1].(*big.Int)
		if !v.IsUint64() {
			return nil, makeError(ErrBadPadding, "headerBlocks field %d does not fit 64 bits", i+1)
		}
		*dst = v.Uint64()
	}
	return hb, nil
}

// NewHeaderBlockEvent is a decoded NewHeaderBlock log.
type NewHeaderBlockEvent struct {
	Proposer      common.Address
	HeaderBlockID *big.Int
	Reward        *big.Int
	Start, End    uint64
	Root          common.Hash
}

// DecodeNewHeaderBlock decodes a NewHeaderBlock(address indexed proposer,
// uint256 indexed headerBlockId, uint256 indexed reward, uint256 start,
// uint256 end, bytes32 root) log.
func DecodeNewHeaderBlock(log *types.Log) (*NewHeaderBlockEvent, error) {
	ev := rootChain().Events["NewHeaderBlock"]
	if log == nil || len(log.Topics) != 4 || log.Topics[0] != ev.ID {
		return nil, makeError(ErrBadCalldata, "not a NewHeaderBlock log")
	}
	vals, err := ev.Inputs.NonIndexed().Unpack(log.Data)
	if err != nil || len(vals) != 3 {
		return nil, wrapError(ErrBadCalldata, err, "decoding NewHeaderBlock data")
	}
	if !allZero(log.Topics[1][:12]) {
		return nil, makeError(ErrBadPadding, "proposer topic has non-zero padding")
	}
	out := &NewHeaderBlockEvent{
		Proposer:      common.BytesToAddress(log.Topics[1][12:]),
		HeaderBlockID: new(big.Int).SetBytes(log.Topics[2][:]),
		Reward:        new(big.Int).SetBytes(log.Topics[3][:]),
		Root:          common.Hash(vals[2].([32]byte)),
	}
	for i, dst := range []*uint64{&out.Start, &out.End} {
		v := vals[i].(*big.Int)
		if !v.IsUint64() {
			return nil, makeError(ErrBadPadding, "NewHeaderBlock field %d does not fit 64 bits", i)
		}
		*dst = v.Uint64()
	}
	return out, nil
}
