// Package sigaggtest generates deterministic validator sets and signature
// lists, valid and broken in each way the sigagg package detects, for
// property tests in any package.
//
// Everything is derived from a seed: the same seed gives the same keys,
// addresses and signatures on every machine. Keys made here are for tests
// only.
package sigaggtest

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"slices"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Key is a test validator: its private key and address.
type Key struct {
	Private *ecdsa.PrivateKey
	Address common.Address
}

var curveN = crypto.S256().Params().N

// Keys derives n private keys from seed (keccak256 of "sigaggtest" ‖ seed
// ‖ counter, reduced into [1, n-1]), sorted by address ascending.
func Keys(seed uint64, n int) []Key {
	keys := make([]Key, 0, n)
	for ctr := uint64(0); len(keys) < n; ctr++ {
		var buf [26]byte
		copy(buf[:], "sigaggtest")
		binary.BigEndian.PutUint64(buf[10:], seed)
		binary.BigEndian.PutUint64(buf[18:], ctr)
		d := new(big.Int).SetBytes(crypto.Keccak256(buf[:]))
		if d.Sign() == 0 || d.Cmp(curveN) >= 0 {
			continue
		}
		priv, err := crypto.ToECDSA(d.FillBytes(make([]byte, 32)))
		if err != nil {
			continue
		}
		keys = append(keys, Key{Private: priv, Address: crypto.PubkeyToAddress(priv.PublicKey)})
	}
	slices.SortFunc(keys, func(a, b Key) int { return bytes.Compare(a.Address[:], b.Address[:]) })
	return keys
}

// Set returns a validator set of n validators from seed with powers
// 1..n in address order, and their keys in the same order.
func Set(seed uint64, n int) (*sigagg.ValidatorSet, []Key) {
	keys := Keys(seed, n)
	vals := make([]sigagg.Validator, n)
	for i, k := range keys {
		vals[i] = sigagg.Validator{Address: k.Address, Power: big.NewInt(int64(i + 1))}
	}
	set, err := sigagg.NewValidatorSet(vals)
	if err != nil {
		panic("sigaggtest: " + err.Error()) // generated sets are valid by construction
	}
	return set, keys
}

// Sign signs digest with k, low-s, V in {0, 1}.
func Sign(digest common.Hash, k Key) sigagg.Signature {
	raw, err := crypto.Sign(digest[:], k.Private)
	if err != nil {
		panic("sigaggtest: " + err.Error()) // a valid key and a 32-byte digest cannot fail
	}
	return sigagg.Signature(raw)
}

// SignAll signs digest with every key, in the keys' order.
func SignAll(digest common.Hash, keys []Key) []sigagg.Signature {
	out := make([]sigagg.Signature, len(keys))
	for i, k := range keys {
		out[i] = Sign(digest, k)
	}
	return out
}

// Quorum signs digest with the first count keys (sorted keys give a
// sorted list).
func Quorum(digest common.Hash, keys []Key, count int) []sigagg.Signature {
	return SignAll(digest, keys[:count])
}

// HighS returns the same signature with s replaced by n-s and the
// recovery id flipped: it recovers to the same signer but is high-s.
func HighS(sig sigagg.Signature) sigagg.Signature {
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(curveN, s)
	s.FillBytes(sig[32:64])
	sig[64] ^= 1
	return sig
}

// WrongDigest signs a digest that differs from digest in one bit: it
// recovers to an unrelated address.
func WrongDigest(digest common.Hash, k Key) sigagg.Signature {
	digest[31] ^= 1
	return Sign(digest, k)
}

// Duplicate returns sigs with sigs[i] repeated right after itself.
func Duplicate(sigs []sigagg.Signature, i int) []sigagg.Signature {
	return slices.Insert(slices.Clone(sigs), i+1, sigs[i])
}

// Swap returns sigs with entries i and j exchanged (unsorted if i != j).
func Swap(sigs []sigagg.Signature, i, j int) []sigagg.Signature {
	out := slices.Clone(sigs)
	out[i], out[j] = out[j], out[i]
	return out
}

// Outsider returns a key that is not among keys (derived from another seed).
func Outsider(seed uint64) Key {
	return Keys(seed^0x5eed5eed5eed5eed, 1)[0]
}
