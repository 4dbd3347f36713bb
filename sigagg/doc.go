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
//     signatures it sees (or AddPublicKey) and Precompute turns them into
//     fixed-base tables.
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
// signature. Verify instead walks the sorted signatures along the sorted
// validators and checks each signature against the expected validator's
// known key: R = (e/s)·G + (r/s)·Q with both products fixed-base from
// precomputed tables (no doublings), the parity of R.y checked against V
// so the verdict equals ecrecover's, inversions batched, and the list
// split across GOMAXPROCS goroutines. Any signature the walk cannot
// explain is recovered, so the fast path never changes a verdict. It is
// pure Go (gnark-crypto field arithmetic; recovery with the fixed-base
// generator table and a GLV multiplication): no cgo.
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
