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

// Send signs a call to `to` with the next nonce, calls record with the
// signed transaction (the caller persists it; an error there stops the
// send before anything is broadcast), then broadcasts it. A broadcast
// error is returned with the transaction: it is recorded, and the engine's
// confirmation step broadcasts it again or finds its nonce used.
func (w *Wallet) Send(ctx context.Context, to common.Address, data []byte, gas uint64, record func(*types.Transaction) error) (*types.Transaction, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	pending, err := w.chain.PendingNonceAt(ctx, w.addr)
	if err != nil {
		return nil, err
	}
	nonce := max(pending, w.next)
	head, err := w.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	price := new(big.Int).Set(w.TipCap)
	if head.BaseFee != nil {
		price.Add(price, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	tx, err := types.SignNewTx(w.key, types.LatestSignerForChainID(w.chainID), &types.LegacyTx{
		Nonce: nonce, GasPrice: price, Gas: gas, To: &to, Data: data})
	if err != nil {
		return nil, Errorf(ErrConfig, err, "signing")
	}
	if err := record(tx); err != nil {
		return nil, err
	}
	w.next = nonce + 1
	if err := w.chain.SendTransaction(ctx, tx); err != nil && !alreadyKnown(err) {
		return tx, err
	}
	return tx, nil
}

// Rebroadcast sends a recorded transaction again; a node that already has
// it (or has mined it) is not an error.
func (w *Wallet) Rebroadcast(ctx context.Context, raw []byte) error {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
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
