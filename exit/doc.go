// Package exit builds and verifies BTTC exit (withdraw) payloads: the
// input of RootChainManager.exit(bytes) that proves a burn on BTTC to a
// root chain (TRON, Ethereum, BNB Chain).
//
// # Features
//
//   - Payload: the 10-item RLP payload (header number, block proof, block
//     number and time, tx and receipt roots, receipt, receipt proof, branch
//     mask, log index), Encode and a strict Decode; ExitHash, the root
//     contract's replay key.
//   - Verify: the whole check off-chain against a stored header block
//     (checkpoint.HeaderBlock: id, root, start, end): block membership (package merkle, Merkle.checkMembership
//     semantics), receipt membership (package merkle/mpt, contract or
//     strict mode), and the log at the log index being a burn of the child
//     token in the layout (bttc.Layout, required) — BTTC's WithdrawTo
//     event with the zero address as topic 2 and legacy receipts only
//     (bttc.BTTC), or an ERC20 Transfer to zero with typed receipts
//     stripped (bttc.Upstream).
//   - Builder: builds a payload from a transaction hash in two round trips
//     once the checkpoint is known: the burn receipt, then one JSON-RPC
//     batch with the block header, the block's receipts and the
//     ceil(log2 n) sub-range roots (bor_getRootHash) the block proof is
//     assembled from. It never fetches the checkpoint's n headers.
//   - Finder: which checkpoint covers block b, by binary search over the
//     root chain's headerBlocks read at the root chain's final block (so a
//     reorged-out checkpoint is never returned or cached).
//   - Package exitrpc: ChildChainNode (a BTTC node) and RootChainContract
//     (a root chain contract binding) over the chains interfaces, so a
//     chains/evm client brings retries, failover and typed errors;
//     package exittest: an in-memory chain and a fake BTTC node on
//     loopback for tests and benchmarks.
//
// # Security
//
//   - Verify in mpt.StrictMode (what Builder uses to check its own output)
//     rejects proofs the BTTC contract accepts but a well-formed trie
//     cannot produce (hex-prefix flags not checked by the contract; a
//     branch mask whose padding nibble is not zero). The exit hash is
//     computed from the branch mask's nibbles, so the padding nibble does
//     not let one exit be replayed under another hash.
//   - Verify checks the block against the checkpoint the caller passes;
//     the caller must take that checkpoint from the root chain (Finder)
//     and the child token from the root chain's token mapping.
package exit
