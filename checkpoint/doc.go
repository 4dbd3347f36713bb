// Package checkpoint implements BTTC checkpoints: the data Delivery
// validators sign, its vote hash, the header and account roots it commits
// to, the submitCheckpoint calldata, and off-chain verification of a
// submission with a typed reason for every failure.
//
// # Features
//
//   - Data in both layouts (bttc.Layout): BTTC (7 words, 224 bytes, with the
//     epoch) and Upstream (6 words, 192 bytes); SignBytes, strict
//     DecodeSignBytes, ValidateBasic, VoteHash = keccak256(0x01 ‖ data).
//   - HeaderLeaf and RootHash: the checkpoint root over consecutive BTTC
//     headers, as bor_getRootHash returns it (built on package merkle).
//   - AccountRootHash: Delivery's dividend-account root (accounts sorted by
//     user, cbergoon/merkletree duplicate-last semantics).
//   - Sign: a validator's low-s signature over the vote hash.
//   - PackSubmitCheckpoint / UnpackSubmitCheckpoint for
//     submitCheckpoint(bytes,uint256[3][]) (go-ethereum abi, canonical
//     encoding enforced), DecodeNewHeaderBlock for the root chain's event
//     and DecodeHeaderBlock for headerBlocks(uint256).
//   - Verify: one entry point from raw calldata to either nil or the first
//     failure: bad calldata or data, ValidateBasic, wrong layout or chain
//     id, not contiguous with the previous checkpoint, and every signature
//     and quorum failure of package sigagg (wrapped, so errors.Is and
//     errors.As reach them).
//
// # Security
//
//   - Numbers in checkpoint data are uint64 here; DecodeSignBytes rejects
//     larger values and non-zero padding rather than truncating them.
//   - Verify checks the signatures against the validator set the caller
//     supplies: choosing the right set (the one the root contract holds at
//     that height) is the caller's responsibility.
//   - The vote hash carries no chain or contract domain of its own (BTTC's
//     format); the chain id inside the data and the contract's validator
//     set are what bind a signature to one deployment.
package checkpoint
