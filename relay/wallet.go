package relay

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Wallet signs and sends one account's transactions on a destination
// chain. Sends are serialised: a transaction is signed with the next
// nonce, recorded by the caller (durably) and only then broadcast, so a
// crash at any moment leaves either nothing or a recorded transaction that
// can be found or broadcast again, never a second one.
type Wallet struct {
	chain   DestChain
	key     *ecdsa.PrivateKey
	chainID *big.Int
	addr    common.Address
	// TipCap is added to twice the base fee for the gas price (default
	// 1 gwei).
	TipCap *big.Int

	mu   sync.Mutex
	next uint64 // the lowest nonce not yet used by a recorded send
}

// NewWallet returns a wallet for key on chain chainID.
func NewWallet(chain DestChain, key *ecdsa.PrivateKey, chainID *big.Int) *Wallet {
	return &Wallet{chain: chain, key: key, chainID: new(big.Int).Set(chainID),
		addr: crypto.PubkeyToAddress(key.PublicKey), TipCap: big.NewInt(1_000_000_000)}
}

// Address returns the sending account.
func (w *Wallet) Address() common.Address { return w.addr }

// reserve makes sure no nonce below n is handed out again (a recorded send
// found after a restart).
func (w *Wallet) reserve(n uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if n > w.next {
		w.next = n
	}
}

// Send implements Sender: signs a call to `to` with the next nonce, calls
// record with the signed transaction (the caller persists it; an error
// there stops the send before anything is broadcast), then broadcasts it.
// A broadcast error is returned with the transaction: it is recorded, and
// the engine's confirmation step broadcasts it again or finds its nonce
// used.
func (w *Wallet) Send(ctx context.Context, to common.Address, data []byte, gas uint64, record func(Sent) error) (Sent, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	pending, err := w.chain.PendingNonceAt(ctx, w.addr)
	if err != nil {
		return Sent{}, err
	}
	nonce := max(pending, w.next)
	head, err := w.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return Sent{}, err
	}
	price := new(big.Int).Set(w.TipCap)
	if head.BaseFee != nil {
		price.Add(price, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	tx, err := types.SignNewTx(w.key, types.LatestSignerForChainID(w.chainID), &types.LegacyTx{
		Nonce: nonce, GasPrice: price, Gas: gas, To: &to, Data: data})
	if err != nil {
		return Sent{}, Errorf(ErrConfig, err, "signing")
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return Sent{}, Errorf(ErrConfig, err, "encoding the transaction")
	}
	s := Sent{Tx: tx.Hash(), Nonce: nonce, Raw: raw}
	if err := record(s); err != nil {
		return Sent{}, err
	}
	w.next = nonce + 1
	if err := w.chain.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
		return s, err
	}
	return s, nil
}

// TransactionReceipt implements Sender (the destination chain's receipt).
func (w *Wallet) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	return w.chain.TransactionReceipt(ctx, tx)
}

// HeaderByNumber implements Sender (the destination chain's header).
func (w *Wallet) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return w.chain.HeaderByNumber(ctx, n)
}

// Recorded implements Sender: the nonce of a recorded send of this
// account is not handed out again.
func (w *Wallet) Recorded(s Sent) {
	if from, err := sender(s.Raw); err == nil && from == w.addr {
		w.reserve(s.Nonce + 1)
	}
}

// Dropped implements Sender: the signing account's nonce has moved past
// the send's (another transaction used it) and the send has no receipt.
func (w *Wallet) Dropped(ctx context.Context, s Sent) (bool, error) {
	from, err := sender(s.Raw)
	if err != nil {
		return false, Errorf(ErrBadState, err, "the recorded transaction")
	}
	nonce, err := w.chain.NonceAt(ctx, from, nil)
	if err != nil || nonce <= s.Nonce {
		return false, err
	}
	// The send may have been mined between the two reads.
	if rec, err := w.chain.TransactionReceipt(ctx, s.Tx); err == nil && rec != nil {
		return false, nil
	}
	return true, nil
}

// sender returns the account that signed a recorded transaction.
func sender(raw []byte) (common.Address, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return common.Address{}, err
	}
	return types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
}

// Rebroadcast implements Sender: sends a recorded transaction again; a
// node that already has it (or has mined it) is not an error.
func (w *Wallet) Rebroadcast(ctx context.Context, s Sent) error {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(s.Raw); err != nil {
		return Errorf(ErrBadState, err, "recorded transaction does not decode")
	}
	if err := w.chain.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) && !nonceUsed(err) {
		return err
	}
	return nil
}

func alreadyKnown(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "already known") || strings.Contains(m, "already imported")
}

func nonceUsed(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}
