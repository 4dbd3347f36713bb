// Package evm is the chain adapter for EVM chains — Ethereum, BNB Chain
// and BTTC — over go-ethereum's JSON-RPC client, built to keep a relayer
// running through the failures public endpoints have.
//
// # Features
//
//   - Presets: chain id, finality rule (a tag or confirmations), block
//     time, dynamic-fee or legacy transactions — Ethereum, BSC, BTTC (199)
//     and BTTC Donau (1029).
//   - Client: several endpoints; every call retried with exponential
//     backoff and jitter on rate limits (HTTP 429, -32005) and transient
//     failures (network errors, 5xx, timeouts, lagging nodes), failing
//     over to the next endpoint; a per-request timeout; an endpoint whose
//     head stops moving is replaced by one that is ahead; typed errors
//     (ErrRateLimited, ErrTransient, ErrPermanent, ErrWrongChain) that say
//     which, with the attempt count. It implements the chains interfaces.
//   - ScanLogs: bounded block ranges that halve when a node refuses a query
//     as too large and grow back after successes.
//   - Sender: nonces from a NonceManager (resynchronised on "nonce too
//     low"), fee bumping of a stuck transaction by 25 % per round up to a
//     cap (ErrFeeCapReached), waiting for confirmations.
//   - Keys only from go-ethereum encrypted keystores (LoadKey, DecryptKey).
//
// # Security
//
// Keys never appear in logs or errors, and endpoints are logged by index,
// never by URL (URLs often carry API keys). Every endpoint's chain id is
// checked when the client starts.
package evm
