// Package sigagg aggregates and verifies the secp256k1 signatures that
// BTTC validators put on checkpoints: validator sets, the two-thirds
// quorum rules, strict verification with a typed reason for every
// failure, and an exact simulation of the root contracts' signature loop.
//
// # Features
//
//   - Signature: 65 bytes R ‖ S ‖ V, parsed strictly (V in {0,1,27,28},
//     r and s in [1, n-1], low-s) and converted to and from the contract
//     form [R, S, V] of submitCheckpoint.
//   - ValidatorSet: validators sorted by address, with a stable,
//     domain-separated Hash. It learns validators' public keys from the
//     signatures it sees (or AddPublicKey) and builds fixed-base tables
//     for those it meets again, within a memory bound (Precompute builds
//     them all at once).
//   - Policy: CountQuorum (BTTC: one node, one vote) and PowerQuorum
//     (Polygon: voting power), both with the single formula Threshold
//     (total*2/3 + 1).
//   - Verify: strict, canonical verification of a signature list (at most
//     one per validator, MaxSignatures) — the first failure in list order,
//     with its index, as ErrBadRecoveryID, ErrInvalidSignature, ErrHighS,
//     ErrUnknownSigner, ErrInactiveSigner, ErrDuplicateSigner, ErrUnsorted,
//     ErrTooManySignatures, or a *QuorumError{Got, Needed}; it stops
//     recovering signers once the verdict is known.
//   - SimulateOnChain: the StakeManager loop exactly (duplicates skipped,
//     a lower address stops the loop, unknown and zero-stake signers not
//     counted, high-s and bad V count as address 0, a failed ecrecover
//     reverts, the BTTC length pre-check, the fixed-size memory array that
//     jailed validators' signatures can overflow, and TRON's ecrecover,
//     which returns an address for a key at infinity), for relayers before
//     paying gas and for auditors. ContractView reads a submitted [R, S, V]
//     as the contract does (the low byte of V only).
//   - Aggregator: collects signatures as they arrive, rejecting bad ones
//     without changing state, and returns the canonical sorted list.
//   - Package sigaggtest: deterministic keys, sets and broken signatures
//     for property tests.
//
// # Performance
//
// Verifying a checkpoint normally means one public-key recovery per
// signature. Verify does three cheaper things, all in pure Go (its field
// arithmetic has amd64 assembly for multiplication and squaring), none of
// which can change a verdict:
//
//   - A set that knows no keys recovers the list's signers in batches: the
//     scalar of R split with secp256k1's endomorphism (GLV) and walked in
//     width-4 NAF together with its image (Strauss–Shamir), the generator
//     part from a shared precomputed table, every field inversion shared
//     across the batch. It learns the keys it recovers.
//   - A signer met again (its key known from an earlier Verify or from
//     AddPublicKey) gets a verification table, built by Verify itself
//     within the set's memory bound (WithTableMemory; 44 KiB per key with
//     the default window, WithTableBits). A signature is then checked
//     against the expected validator's key: R = (e/s)·G + (r/s)·Q is a sum
//     of entries of two fixed-base tables, no doublings, the parity of R.y
//     checked against V so the verdict equals ecrecover's.
//   - Where the set's previous list predicts every signer (the same
//     validators signing again), the whole list is checked at once: all
//     the sums are added pairwise in affine coordinates with one field
//     inversion per level for the whole list. What the prediction misses is
//     found by walking the sorted validators along the sorted signatures,
//     those that signed recently first; what no table explains is
//     recovered.
//
// The list is split across GOMAXPROCS goroutines.
// See BENCHMARKS.md for figures against libsecp256k1.
//
// # Security
//
//   - Verify accepts only canonical lists, so an accepted list is also
//     accepted on chain with the same signers (checked by property tests
//     against SimulateOnChain); SimulateOnChain accepts more, exactly as
//     the contract does.
//   - Signatures are over whatever digest the caller passes: the
//     checkpoint package computes BTTC's vote hash (keccak256(0x01 ‖ data),
//     no Ethereum message prefix). Domain separation is the digest's job.
//   - Learned keys are only a cache: a key is stored for a validator only
//     if it is a valid curve point that hashes to the validator's address
//     (AddPublicKey rejects off-curve keys and coordinates not below the
//     field prime), and verdicts never depend on which keys are cached.
//   - Where the contracts differ from the strict rule, SimulateOnChain
//     follows the contracts and Verify the strict rule; the differences
//     (each tested against our CheckpointManager on an EVM) are listed in
//     the README's security notes.
//   - Nothing here is constant-time; it only handles public data.
package sigagg
