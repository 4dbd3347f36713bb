// Package conformance holds tests of the rules every package of the SDK
// follows together (one error shape, one vocabulary); it has no code of
// its own.
package conformance
