// Package relay is the engine relayer authors embed: it runs routes — a
// source chain watched under its finality rule, a job that turns events
// into deliverable work, a destination contract — and keeps the work in a
// durable store so that crashes, reorgs and failing RPC endpoints neither
// lose an event nor deliver one twice.
//
// # Features
//
//   - Routes (package relay/routes): exits (BTTC burns → ExitManager on a
//     root chain, waiting for a final checkpoint, built in two round trips
//     and verified in strict mode), checkpoints (BTTC ranges → the root
//     chain, signatures from a CheckpointSigner checked with
//     sigagg.SimulateOnChain before gas is paid), Event Packets (outbox
//     events batched per final block range → PacketInbox with EIP-712
//     checkpoints), and deposits (a root chain's StateSynced events as
//     packets → PacketInbox on BTTC → DepositReceiver mints the child
//     token). A route is a Job and a Destination: small interfaces.
//   - Explicit states: Observed → Final → Awaiting → Proven → Submitted →
//     Confirmed, or Failed (reason, attempts) and Skipped (operator).
//   - Stores: relay/boltstore (embedded, one file, no server) and
//     relay/pgstore (PostgreSQL, several processes sharing the work with
//     SKIP LOCKED claims and leases; one process scans each route under a
//     scan lease and LISTEN/NOTIFY wakes the others), one semantics
//     checked by relay/storetest. A state change and the cursor move that
//     caused it commit together; a failed write stops the engine with the
//     error. Tasks are stored in a compact binary encoding
//     (Task.MarshalBinary).
//   - Reorgs: every scan checks the cursor's block hash; on a mismatch the
//     route rewinds to the fork point (found over recorded hashes) and
//     drops the orphaned work, which the new branch re-derives. Nothing is
//     proven or sent before its source block is final.
//   - Exactly-once effect: before each send the destination is asked
//     whether the work is done; a transaction is signed and recorded
//     (hash, nonce, raw bytes) before it is broadcast, so after a crash it
//     is found, broadcast again, or replaced only once its nonce is used.
//   - Retries with capped exponential backoff and jitter per task; a
//     failing task never blocks others; live and backfill lanes with their
//     own workers; graceful shutdown that hands leases over.
//   - Operators: Status, List, Retry, Skip, Routes, Health (unhealthy
//     when a route stalls); Prometheus metrics on the engine's own
//     registry (tasks by state, lag, RPC errors by kind, submit latency,
//     gas, reverted sends, reorgs).
//
// # Security
//
//   - The engine trusts its source nodes for events and its destination
//     for Delivered; proofs are verified off-chain (exit.Verify strict,
//     eventpacket.VerifyDelivery, sigagg.SimulateOnChain) before any gas
//     is spent, and the contracts verify them again.
//   - A reorg deeper than the finality rule is logged as an error and its
//     unsent work dropped; work already sent is left to the destination.
//   - Keys stay in the Wallet; they never appear in logs, errors or the
//     store (only signed transactions do).
package relay
