package tron

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"time"

	"github.com/bttc-relay/sdk/relay"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/api"
	"github.com/fbsobreira/gotron-sdk/pkg/proto/core"
	"google.golang.org/protobuf/proto"
)

// Sender sends one account's TriggerSmartContract transactions: the node
// builds the transaction (TriggerContract: reference block and
// expiration), the sender sets its fee limit, signs sha256 of the raw
// data with the account's secp256k1 key, hands it to the engine to
// record, then broadcasts it. It is a relay.Sender: the relay engine's
// routes deliver to TRON with it. A recorded transaction is followed by
// its id; one that expired without a block (TRON's replacement for a used
// nonce) is Dropped, and the engine checks the destination before it
// sends again.
type Sender struct {
	c    *Client
	key  *ecdsa.PrivateKey
	addr common.Address
	// FeeLimit, when set, is every transaction's fee limit in SUN and
	// nothing is estimated. Otherwise the fee limit is the estimated
	// energy times the energy price times Margin, at most MaxFeeLimit.
	FeeLimit    int64
	Margin      float64
	MaxFeeLimit int64

	mu    sync.Mutex
	price int64
}

// NewSender returns a sender for key over c: fee limits estimated with a
// margin of 1.5, at most 1,000 TRX.
func NewSender(c *Client, key *ecdsa.PrivateKey) *Sender {
	return &Sender{c: c, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), Margin: 1.5, MaxFeeLimit: 1_000_000_000}
}

// Address implements relay.Sender.
func (s *Sender) Address() common.Address { return s.addr }

// TransactionReceipt implements relay.Sender (the client's).
func (s *Sender) TransactionReceipt(ctx context.Context, id common.Hash) (*types.Receipt, error) {
	return s.c.TransactionReceipt(ctx, id)
}

// HeaderByNumber implements relay.Sender (the client's).
func (s *Sender) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return s.c.HeaderByNumber(ctx, n)
}

// minFeeEnergy is the least energy a fee limit pays for: an estimate of
// a few hundred energy still leaves room for a state that changed since.
const minFeeEnergy = 10_000

// feeLimit returns the fee limit of a call: the fixed one, or the
// estimate with the margin. A call that would revert is ErrReverted here,
// before anything is signed.
func (s *Sender) feeLimit(ctx context.Context, to common.Address, data []byte) (int64, error) {
	if s.FeeLimit > 0 {
		return s.FeeLimit, nil
	}
	energy, err := s.c.EstimateEnergy(ctx, ethereum.CallMsg{From: s.addr, To: &to, Data: data})
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	price := s.price
	s.mu.Unlock()
	if price == 0 {
		if price, err = s.c.EnergyPrice(ctx); err != nil {
			return 0, err
		}
		s.mu.Lock()
		s.price = price
		s.mu.Unlock()
	}
	fee := int64(float64(energy*price) * max(s.Margin, 1))
	return min(max(fee, price*minFeeEnergy), s.MaxFeeLimit), nil
}

// Send implements relay.Sender. gas is ignored: TRON limits a call by
// its fee limit. Sent.Nonce is the transaction's expiration (ms).
func (s *Sender) Send(ctx context.Context, to common.Address, data []byte, _ uint64, record func(relay.Sent) error) (relay.Sent, error) {
	fee, err := s.feeLimit(ctx, to, data)
	if err != nil {
		return relay.Sent{}, err
	}
	ext, err := s.c.wallet.TriggerContract(ctx, &core.TriggerSmartContract{OwnerAddress: FromEVM(s.addr).Bytes(),
		ContractAddress: FromEVM(to).Bytes(), Data: data})
	if err != nil {
		return relay.Sent{}, wrapf(ErrNode, err, "TriggerContract on %s", FromEVM(to))
	}
	if r := ext.GetResult(); r != nil && r.Code != api.Return_SUCCESS {
		return relay.Sent{}, errorf(ErrRejected, "TriggerContract on %s: %s: %s", FromEVM(to), r.Code, r.Message)
	}
	tx := ext.GetTransaction()
	if tx.GetRawData() == nil {
		return relay.Sent{}, errorf(ErrNode, "TriggerContract on %s returned no transaction", FromEVM(to))
	}
	tx.RawData.FeeLimit = fee
	sent, err := s.sign(tx)
	if err != nil {
		return relay.Sent{}, err
	}
	if err := record(sent); err != nil {
		return relay.Sent{}, err
	}
	return sent, s.broadcast(ctx, tx, sent.Tx)
}

// sign signs sha256 of the raw data (65 bytes: r, s, recovery id).
func (s *Sender) sign(tx *core.Transaction) (relay.Sent, error) {
	raw, err := proto.Marshal(tx.GetRawData())
	if err != nil {
		return relay.Sent{}, wrapf(ErrNode, err, "encoding the transaction")
	}
	id := TxID(raw)
	sig, err := crypto.Sign(id[:], s.key)
	if err != nil {
		return relay.Sent{}, wrapf(ErrRejected, err, "signing")
	}
	tx.Signature = [][]byte{sig}
	full, err := proto.Marshal(tx)
	if err != nil {
		return relay.Sent{}, wrapf(ErrNode, err, "encoding the transaction")
	}
	return relay.Sent{Tx: id, Nonce: uint64(tx.GetRawData().GetExpiration()), Raw: full}, nil
}

func (s *Sender) broadcast(ctx context.Context, tx *core.Transaction, id common.Hash) error {
	r, err := s.c.wallet.BroadcastTransaction(ctx, tx)
	if err != nil {
		return wrapf(ErrNode, err, "broadcasting %x", id)
	}
	return broadcastErr(r, id)
}

// Rebroadcast implements relay.Sender.
func (s *Sender) Rebroadcast(ctx context.Context, sent relay.Sent) error {
	tx, err := DecodeTransaction(sent.Raw)
	if err != nil {
		return relay.Errorf(relay.ErrBadState, err, "recorded TRON transaction")
	}
	if id := TxID(rawData(tx)); id != sent.Tx {
		return relay.Errorf(relay.ErrBadState, nil, "recorded TRON transaction has id %x, the record says %x", id, sent.Tx)
	}
	return s.broadcast(ctx, tx, sent.Tx)
}

// DecodeTransaction reads a signed TRON transaction (its protobuf
// encoding, as Sender records it): a single TriggerSmartContract call with
// one 65-byte signature, or ErrBadEncoding saying what is wrong.
func DecodeTransaction(raw []byte) (*core.Transaction, error) {
	tx := new(core.Transaction)
	if err := proto.Unmarshal(raw, tx); err != nil {
		return nil, wrapf(ErrBadEncoding, err, "transaction: not a protobuf Transaction")
	}
	cs := tx.GetRawData().GetContract()
	if len(cs) != 1 || cs[0].GetType() != core.Transaction_Contract_TriggerSmartContract {
		return nil, errorf(ErrBadEncoding, "transaction: %d contracts, want one TriggerSmartContract", len(cs))
	}
	ct := new(core.TriggerSmartContract)
	if err := cs[0].GetParameter().UnmarshalTo(ct); err != nil {
		return nil, wrapf(ErrBadEncoding, err, "transaction: the TriggerSmartContract parameter")
	}
	if _, err := FromBytes(ct.OwnerAddress); err != nil {
		return nil, wrapf(ErrBadEncoding, err, "transaction: owner")
	}
	if _, err := FromBytes(ct.ContractAddress); err != nil {
		return nil, wrapf(ErrBadEncoding, err, "transaction: contract")
	}
	if len(tx.Signature) != 1 || len(tx.Signature[0]) != 65 {
		return nil, errorf(ErrBadEncoding, "transaction: want one 65-byte signature, have %d", len(tx.Signature))
	}
	return tx, nil
}

// rawData is the encoding of a decoded transaction's raw data (it came
// from bytes, so it encodes).
func rawData(tx *core.Transaction) []byte {
	b, _ := proto.Marshal(tx.GetRawData())
	return b
}

// Dropped implements relay.Sender: the transaction has no info and the
// newest block is past its expiration, so no block can include it.
func (s *Sender) Dropped(ctx context.Context, sent relay.Sent) (bool, error) {
	head, err := s.c.wallet.GetNowBlock2(ctx, &api.EmptyMessage{})
	if err != nil {
		return false, wrapf(ErrNode, err, "newest block")
	}
	if head.GetBlockHeader().GetRawData().GetTimestamp() <= int64(sent.Nonce) {
		return false, nil
	}
	if _, err := s.c.TransactionResult(ctx, sent.Tx); !errors.Is(err, ethereum.NotFound) {
		return false, err // found (or the node failed): not dropped
	}
	return true, nil
}

// Recorded implements relay.Sender (TRON has no nonces to reserve).
func (s *Sender) Recorded(relay.Sent) {}

// Transact sends a call and waits for its block: the result, or a typed
// error — ErrReverted (with the reason) and ErrOutOfEnergy from the
// transaction info, ErrBandwidth and ErrRejected from the broadcast. A
// transaction that expires unseen is built and sent once more (its
// destination cannot have seen it); poll is the interval between reads.
func (s *Sender) Transact(ctx context.Context, to common.Address, data []byte, poll time.Duration) (*Result, error) {
	for attempt := 0; ; attempt++ {
		sent, err := s.Send(ctx, to, data, 0, func(relay.Sent) error { return nil })
		if err != nil {
			return nil, err
		}
		for {
			r, err := s.c.TransactionResult(ctx, sent.Tx)
			if err == nil {
				return r, r.Err()
			}
			if !errors.Is(err, ethereum.NotFound) {
				return nil, err
			}
			dropped, err := s.Dropped(ctx, sent)
			if err != nil {
				return nil, err
			}
			if dropped {
				if attempt > 0 {
					return nil, errorf(ErrExpired, "transaction %x expired twice without a block", sent.Tx)
				}
				break
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(poll):
			}
		}
	}
}

var _ relay.Sender = (*Sender)(nil)
