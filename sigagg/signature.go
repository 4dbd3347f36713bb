package sigagg

import (
	"bytes"
	"math/big"

	"github.com/bttc-relay/sdk/internal/secp"
	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignatureLength is the length of a signature: R ‖ S ‖ V.
const SignatureLength = 65

// Signature is a recoverable secp256k1 signature, R ‖ S ‖ V, 32 bytes each
// for R and S (big-endian) and one byte V. The canonical V is the recovery
// id 0 or 1; ParseSignature also accepts 27 and 28 and normalises them.
// A Signature value may hold anything (SimulateOnChain must see what the
// contract would see); Validate says whether it is acceptable.
type Signature [SignatureLength]byte

var (
	curveN          = secp256k1.Params().N
	curveHalfN      = new(big.Int).Rsh(curveN, 1)
	curveNBytes     = [32]byte(curveN.FillBytes(make([]byte, 32)))
	curveHalfNBytes = [32]byte(curveHalfN.FillBytes(make([]byte, 32)))
)

func isZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// ParseSignature parses 65 bytes strictly: V in {0, 1, 27, 28} (stored as
// 0 or 1), r and s in [1, n-1], and s <= n/2 (low-s). Errors have kinds
// ErrBadLength, ErrBadRecoveryID, ErrInvalidSignature and ErrHighS, with
// Index 0.
func ParseSignature(b []byte) (Signature, error) {
	var sig Signature
	if len(b) != SignatureLength {
		return sig, sigError(ErrBadLength, 0, "%d bytes, want %d", len(b), SignatureLength)
	}
	copy(sig[:], b)
	if sig[64] == 27 || sig[64] == 28 {
		sig[64] -= 27
	}
	if err := sig.validate(0); err != nil {
		return Signature{}, err
	}
	return sig, nil
}

// Validate checks the signature without recovering it: V, the ranges of r
// and s, and low-s.
func (sig *Signature) Validate() error { return sig.validate(0) }

func (sig *Signature) validate(index int) error {
	if _, ok := sig.recoveryID(); !ok {
		return sigError(ErrBadRecoveryID, index, "V = %d, want 0, 1, 27 or 28", sig[64])
	}
	r, s := sig[:32], sig[32:64]
	if isZero(r) || bytes.Compare(r, curveNBytes[:]) >= 0 {
		return sigError(ErrInvalidSignature, index, "r is zero or not below the curve order")
	}
	if isZero(s) || bytes.Compare(s, curveNBytes[:]) >= 0 {
		return sigError(ErrInvalidSignature, index, "s is zero or not below the curve order")
	}
	if bytes.Compare(s, curveHalfNBytes[:]) > 0 {
		return sigError(ErrHighS, index, "s > n/2 (high-s); the root contracts never count it")
	}
	return nil
}

// R returns r.
func (sig *Signature) R() *big.Int { return new(big.Int).SetBytes(sig[:32]) }

// S returns s.
func (sig *Signature) S() *big.Int { return new(big.Int).SetBytes(sig[32:64]) }

// recoveryID maps V in {0, 1, 27, 28} to 0 or 1.
func (sig *Signature) recoveryID() (byte, bool) {
	switch v := sig[64]; v {
	case 0, 1:
		return v, true
	case 27, 28:
		return v - 27, true
	}
	return 0, false
}

// ToContract returns the form submitCheckpoint takes: [R, S, V] with V 27
// or 28.
func (sig *Signature) ToContract() [3]*big.Int {
	v := sig[64]
	if v < 27 {
		v += 27
	}
	return [3]*big.Int{sig.R(), sig.S(), big.NewInt(int64(v))}
}

// FromContract converts [R, S, V] back, strictly: R and S must fit 32
// bytes and be non-negative, V must be 27 or 28 (or 0 or 1; stored as 0
// or 1). It does not check ranges or low-s; Validate does.
func FromContract(w [3]*big.Int) (Signature, error) {
	var sig Signature
	for i := 0; i < 2; i++ {
		if w[i] == nil || w[i].Sign() < 0 || w[i].BitLen() > 256 {
			return sig, sigError(ErrInvalidSignature, 0, "word %d is not a uint256", i)
		}
		w[i].FillBytes(sig[32*i : 32*i+32])
	}
	if w[2] == nil || !w[2].IsUint64() || w[2].Uint64() > 255 {
		// The contract would read only the low byte (ContractView);
		// calldata with higher bits set is not canonical.
		return sig, sigError(ErrBadRecoveryID, 0, "V word %v has bits above its low byte", w[2])
	}
	sig[64] = byte(w[2].Uint64())
	v, ok := sig.recoveryID()
	if !ok {
		return sig, sigError(ErrBadRecoveryID, 0, "V = %d, want 27 or 28", sig[64])
	}
	sig[64] = v
	return sig, nil
}

// ContractView returns what the root contract reads of a submitted
// [R, S, V]: R and S as 32-byte words and only the low byte of the V
// word (ECVerify reads byte 31 of it). Nothing else is checked, so
// SimulateOnChain sees exactly what the contract sees; FromContract is the
// strict conversion. R and S must be uint256 values (the ABI guarantees
// it for calldata).
func ContractView(w [3]*big.Int) (Signature, error) {
	var sig Signature
	for i := 0; i < 3; i++ {
		if w[i] == nil || w[i].Sign() < 0 || w[i].BitLen() > 256 {
			return sig, sigError(ErrInvalidSignature, 0, "word %d is not a uint256", i)
		}
	}
	w[0].FillBytes(sig[:32])
	w[1].FillBytes(sig[32:64])
	var v [32]byte
	w[2].FillBytes(v[:])
	sig[64] = v[31]
	return sig, nil
}

// Recover returns the address whose key made the signature over digest,
// as ecrecover does, with the public key (64 bytes X ‖ Y). It does not
// check low-s. Errors: ErrBadRecoveryID, ErrInvalidSignature.
func (sig *Signature) Recover(digest common.Hash) (common.Address, []byte, error) {
	return sig.recoverAt(digest, 0)
}

// recoverAt is Recover for the signature at index in a list.
func (sig *Signature) recoverAt(digest common.Hash, index int) (common.Address, []byte, error) {
	v, ok := sig.recoveryID()
	if !ok {
		return common.Address{}, nil, sigError(ErrBadRecoveryID, index, "V = %d", sig[64])
	}
	in := secp.Sig{Hash: digest, V: v}
	copy(in.R[:], sig[:32])
	copy(in.S[:], sig[32:64])
	x, y, ok := secp.Recover(&in)
	if !ok {
		return common.Address{}, nil, sigError(ErrInvalidSignature, index, "no key recovers")
	}
	xy := append(x[:], y[:]...)
	return common.BytesToAddress(crypto.Keccak256(xy)[12:]), xy, nil
}
