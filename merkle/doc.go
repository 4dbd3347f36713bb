// Package merkle implements the Merkle trees of BitTorrent Chain (BTTC),
// byte for byte, with proofs, strict verification and typed errors.
//
// # Features
//
//   - Tree: the checkpoint tree. Leaves as given (never re-hashed), in
//     index order, padded on the right to a power of two with 32-zero-byte
//     leaves; parent = keccak256(left ‖ right). Its root is what a BTTC
//     node's bor_getRootHash(start, end) returns and what a checkpoint
//     commits to; Verify has exactly the semantics of the root contracts'
//     Merkle.checkMembership.
//   - The calldata form of a proof (32-byte siblings concatenated):
//     ProofBytes, AppendProofBytes, ParseProof (strict) and VerifyBytes.
//   - Zero-subtree hashes z(k) (ZeroHash) and proofs assembled from the
//     roots of aligned sub-ranges (ProofSubranges, ProofFromSubranges): a
//     block's proof in a checkpoint of n blocks costs ceil(log2 n)
//     bor_getRootHash calls instead of n header fetches.
//   - DupLastTree: the tree of github.com/cbergoon/merkletree v0.2.0 with
//     keccak256 (odd levels duplicate their last node), which BTTC uses for
//     the dividend-account root; VerifyDupLast checks its proofs strictly.
//
// # Performance
//
// A tree is stored level by level in one array holding only nodes that
// cover at least one real leaf; padding subtrees are never hashed (they are
// the precomputed zero hashes). Interior nodes are hashed with a
// single-permutation keccak256 of 64 bytes (no hasher object, no
// buffering), and trees of 2^13 leaves or more are built on GOMAXPROCS
// goroutines over aligned blocks. AppendProof does not allocate when given
// room. See BENCHMARKS.md at the module root for figures.
//
// # Errors
//
// Every failure is an Error whose Kind (ErrNoLeaves, ErrIndexOutOfRange,
// ErrProofLength, ErrProofTooDeep, ErrRootMismatch, ...) can be tested with
// errors.Is. Nothing in the package panics on bad input.
//
// # Security
//
//   - The checkpoint tree does not separate leaf from interior hashing (no
//     domain prefix), as BTTC does not: a 64-byte leaf could be mistaken for
//     an interior node. Its leaves are hashes of 128-byte header tuples, and
//     the contracts bound the proof depth to the checkpoint range, which is
//     what makes it safe there. Do not reuse this tree for leaves an
//     attacker chooses freely: use a tree with domain-separated leaf and
//     node hashing for that.
//   - Verify, like Merkle.checkMembership, does not know the leaf count: a
//     proof for a padding position (a zero leaf) verifies. Callers check
//     that the index is inside the committed range, as the contracts do.
//   - Proof lengths are bounded by MaxDepth and tree sizes by MaxLeaves;
//     parsers never allocate more than their input's size.
package merkle
