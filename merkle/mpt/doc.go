// Package mpt proves and verifies membership in Ethereum's Merkle-Patricia
// tries as BTTC's root contracts read them: a block's receipt trie built
// from go-ethereum receipts (legacy and typed, consensus encoding), proofs
// as raw nodes root first with the contracts' path 0x00 ‖ RLP(txIndex),
// and a verifier with two modes.
//
// ContractMode is MerklePatriciaProof.verify of the BTTC contracts,
// exactly: it does not check the hex-prefix flag of leaf and extension
// keys, skips the path's padding nibble unread, ignores nodes after the
// value, and (like the contract) does not support inline child nodes.
// StrictMode additionally rejects everything a well-formed trie cannot
// produce; upstream Polygon added the flag check to its contract in
// October 2024, BTTC's has not. Use ContractMode to predict the contract
// and StrictMode to decide whether a proof is genuine.
//
// Every failure is an *Error naming the node at fault, with a kind for
// errors.Is. Decoders bound their work by named constants and never
// allocate more than their input's size.
package mpt
