// Package delivery is the Delivery Chain: BTTC's validator network, as an
// ABCI++ application on CometBFT. Validators agree on each checkpoint and
// sign it in the consensus itself:
//
//  1. the block proposer proposes the next checkpoint range
//     [start, start+interval−1] once its BTTC view has it final, with the
//     root it computed from BTTC's headers (checkpoint.RootHash), in
//     BTTC's 224-byte sign-bytes layout;
//  2. every validator recomputes the root from its own BTTC view in
//     ProcessProposal and rejects the block if it differs;
//  3. each validator signs the checkpoint's vote hash with its secp256k1
//     signer key (separate from its ed25519 consensus key; the key comes
//     from an encrypted keystore) and sends the signature in its
//     precommit's vote extension; VerifyVoteExtension accepts only the
//     sending validator's signature over the block's checkpoint;
//  4. the next block's proposer puts the collected signatures, sorted by
//     signer as the root contracts require and checked with sigagg.Verify
//     and sigagg.SimulateOnChain, into its block: every full node then
//     holds a checkpoint ready to submit (Query "/ready").
//
// The state is rebuilt by replaying blocks (a restarted node's App starts
// empty and CometBFT replays its block store into it). Client is the
// relay engine's routes.CheckpointSigner over a node's RPC. Validator set
// changes are out of scope: the genesis holds the set, as the root
// contracts' list does.
package delivery
