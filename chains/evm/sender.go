package evm

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// LoadKey decrypts a go-ethereum keystore file (the only way the adapter
// takes a key: never a raw key in configuration). Errors never contain key
// material.
func LoadKey(path, passphrase string) (*ecdsa.PrivateKey, common.Address, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, common.Address{}, &Error{Kind: ErrBadKey, Op: "load key", Attempts: 1, Err: err}
	}
	return DecryptKey(raw, passphrase)
}

// DecryptKey decrypts keystore JSON.
func DecryptKey(keyJSON []byte, passphrase string) (*ecdsa.PrivateKey, common.Address, error) {
	k, err := keystore.DecryptKey(keyJSON, passphrase)
	if err != nil {
		return nil, common.Address{}, &Error{Kind: ErrBadKey, Op: "decrypt key", Attempts: 1, Err: err}
	}
	return k.PrivateKey, k.Address, nil
}

// NonceManager hands out nonces per sender without a round trip each
// time, and resynchronises from the chain when a node says a nonce is
// stale. Safe for concurrent use.
type NonceManager struct {
	src interface {
		PendingNonceAt(ctx context.Context, a common.Address) (uint64, error)
	}
	mu   sync.Mutex
	next map[common.Address]uint64
}

// NewNonceManager reads pending nonces from c.
func NewNonceManager(c *Client) *NonceManager {
	return &NonceManager{src: c, next: map[common.Address]uint64{}}
}

// Next returns the next nonce for a and reserves it.
func (m *NonceManager) Next(ctx context.Context, a common.Address) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n, ok := m.next[a]
	if !ok {
		var err error
		if n, err = m.src.PendingNonceAt(ctx, a); err != nil {
			return 0, err
		}
	}
	m.next[a] = n + 1
	return n, nil
}

// Resync forgets a's nonce; the next Next reads it from the chain.
func (m *NonceManager) Resync(a common.Address) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.next, a)
}

// SenderOptions tunes a Sender; zero values take the defaults.
type SenderOptions struct {
	// MaxFeeCap bounds the fee cap (gas price for legacy chains) bumping
	// may reach (default 500 gwei).
	MaxFeeCap *big.Int
	// InitialFee, if set, replaces the node's suggestion for the first
	// attempt (fee cap, or gas price on legacy chains).
	InitialFee *big.Int
	// BumpAfter is how long a transaction may stay unmined before it is
	// replaced with a higher fee (default 3 block times).
	BumpAfter time.Duration
	// PollInterval is how often receipts are polled (default block time / 4).
	PollInterval time.Duration
	// Confirmations a receipt needs before Send returns (default: the
	// preset's finality confirmations).
	Confirmations *uint64
}

// Sender signs and sends transactions from one key: it manages nonces,
// replaces a stuck transaction with a higher fee (+25 % per round, at
// most MaxFeeCap), survives "nonce too low" and "replacement underpriced"
// by resynchronising, and waits for confirmations. The key is never
// logged or printed.
type Sender struct {
	c      *Client
	key    *ecdsa.PrivateKey
	from   common.Address
	nonces *NonceManager
	opts   SenderOptions
	log    *slog.Logger
}

// NewSender sends from key through c.
func NewSender(c *Client, key *ecdsa.PrivateKey, nonces *NonceManager, opts SenderOptions) *Sender {
	if opts.MaxFeeCap == nil {
		opts.MaxFeeCap = big.NewInt(500_000_000_000)
	}
	if opts.BumpAfter <= 0 {
		opts.BumpAfter = 3 * c.preset.BlockTime
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = max(c.preset.BlockTime/4, 10*time.Millisecond)
	}
	if opts.Confirmations == nil {
		conf := c.preset.Finality.Confirmations
		opts.Confirmations = &conf
	}
	if nonces == nil {
		nonces = NewNonceManager(c)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	return &Sender{c: c, key: key, from: from, nonces: nonces, opts: opts, log: c.log.With("from", from)}
}

// From returns the sending address.
func (s *Sender) From() common.Address { return s.from }

// String names the sender by address only.
func (s *Sender) String() string { return "evm.Sender(" + s.from.Hex() + ")" }

// Send sends a transaction and returns its receipt once it has the
// configured confirmations. A reverted transaction is returned with its
// receipt (status 0), not as an error.
func (s *Sender) Send(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	nonce, err := s.nonces.Next(ctx, s.from)
	if err != nil {
		return nil, err
	}
	tip, base, err := s.c.fees(ctx)
	if err != nil {
		return nil, err
	}
	fee := new(big.Int).Set(tip)
	if base != nil {
		fee = new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2)))
	}
	if s.opts.InitialFee != nil {
		fee = new(big.Int).Set(s.opts.InitialFee)
		if tip.Cmp(fee) > 0 {
			tip = new(big.Int).Set(fee)
		}
	}
	if value == nil {
		value = new(big.Int)
	}
	var sent []common.Hash
	for resyncs := 0; ; {
		tx, err := s.sign(nonce, to, data, value, gas, tip, fee)
		if err != nil {
			return nil, err
		}
		err = s.c.SendTransaction(ctx, tx)
		switch {
		case err != nil && containsAny(err, "nonce too low") && resyncs < 3:
			resyncs++
			s.log.Warn("nonce too low, resynchronising", "nonce", nonce)
			s.nonces.Resync(s.from)
			if nonce, err = s.nonces.Next(ctx, s.from); err != nil {
				return nil, err
			}
			continue
		case err != nil && containsAny(err, "replacement transaction underpriced", "underpriced"):
			// Another transaction holds the nonce at a higher fee: bump.
		case err != nil:
			return nil, err
		default:
			sent = append(sent, tx.Hash())
			if rec, err := s.waitMined(ctx, sent); err != nil || rec != nil {
				return rec, err
			}
		}
		// Not mined in time (or underpriced): replace with a higher fee.
		fee = bump(fee)
		tip = bump(tip)
		if fee.Cmp(s.opts.MaxFeeCap) > 0 {
			return nil, &Error{Kind: ErrFeeCapReached, Op: "send", Attempts: len(sent),
				Err: errorf("nonce %d unmined at fee %s (cap %s)", nonce, fee, s.opts.MaxFeeCap)}
		}
		s.log.Info("replacing stuck transaction", "nonce", nonce, "fee", fee.String())
	}
}

// bump raises a fee by 25 % (nodes require at least 10 % for a replacement).
func bump(v *big.Int) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(125))
	out.Div(out, big.NewInt(100))
	if out.Cmp(v) <= 0 {
		out.Add(v, big.NewInt(1))
	}
	return out
}

func (s *Sender) sign(nonce uint64, to *common.Address, data []byte, value *big.Int, gas uint64, tip, fee *big.Int) (*types.Transaction, error) {
	chainID := new(big.Int).SetUint64(s.c.preset.ChainID)
	var inner types.TxData
	if s.c.preset.EIP1559 {
		inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: gas, To: to, Value: value, Data: data}
	} else {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: fee, Gas: gas, To: to, Value: value, Data: data}
	}
	tx, err := types.SignNewTx(s.key, types.LatestSignerForChainID(chainID), inner)
	if err != nil {
		return nil, &Error{Kind: ErrPermanent, Op: "sign", Attempts: 1, Err: err}
	}
	return tx, nil
}

// waitMined polls the receipts of every version sent until one is mined
// and confirmed (returned), BumpAfter passes (nil, nil), or ctx ends.
func (s *Sender) waitMined(ctx context.Context, hashes []common.Hash) (*types.Receipt, error) {
	deadline := time.Now().Add(s.opts.BumpAfter)
	for {
		for _, h := range hashes {
			rec, err := s.c.TransactionReceipt(ctx, h)
			if err == ethereum.NotFound || errorsIs(err, ErrIndexing) {
				continue // not mined, or the node cannot tell yet
			}
			if err != nil {
				return nil, err
			}
			return rec, s.waitConfirmations(ctx, rec)
		}
		if time.Now().After(deadline) {
			return nil, nil
		}
		if err := sleep(ctx, s.opts.PollInterval); err != nil {
			return nil, err
		}
	}
}

func (s *Sender) waitConfirmations(ctx context.Context, rec *types.Receipt) error {
	want := rec.BlockNumber.Uint64() + *s.opts.Confirmations
	for {
		h, err := s.c.Latest(ctx)
		if err != nil {
			return err
		}
		if h.Number.Uint64() >= want {
			return nil
		}
		if err := sleep(ctx, s.opts.PollInterval); err != nil {
			return err
		}
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
