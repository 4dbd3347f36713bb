package evm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/rpc"
)

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package.
const (
	// ErrRateLimited: the node refused for load (HTTP 429 or a rate-limit
	// error) on every attempt.
	ErrRateLimited = ErrorKind("ErrRateLimited")
	// ErrTransient: network failures, 5xx answers or lagging nodes on
	// every attempt.
	ErrTransient = ErrorKind("ErrTransient")
	// ErrPermanent: an answer retrying cannot change (a revert, invalid
	// parameters, an unknown method).
	ErrPermanent = ErrorKind("ErrPermanent")
	// ErrTooManyResults: a log query over too wide a range; ScanLogs
	// narrows the range and goes on.
	ErrTooManyResults = ErrorKind("ErrTooManyResults")
	// ErrWrongChain: an endpoint serves another chain id than the preset's.
	ErrWrongChain = ErrorKind("ErrWrongChain")
	// ErrFeeCapReached: a transaction stayed unmined with its fee bumped up
	// to the cap.
	ErrFeeCapReached = ErrorKind("ErrFeeCapReached")
	// ErrBadKey: a keystore file that does not decrypt or is not a key.
	ErrBadKey = ErrorKind("ErrBadKey")
	// ErrIndexing: the node cannot tell whether a transaction exists: its
	// transaction index is still being built ("transaction indexing is in
	// progress"). Not retried: the answer means "unknown yet", and callers
	// waiting for a transaction (Sender) keep polling, while callers that
	// must know whether one exists have to wait rather than assume it
	// does not.
	ErrIndexing = ErrorKind("ErrIndexing")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is a failed operation: its kind (errors.Is matches it), the
// operation, how many attempts were made, and the last cause (reached
// through Unwrap). It has the shape every package of the SDK uses, with
// the operation and attempts in place of a free-form description. Endpoints are named by index, never by
// URL (URLs often carry API keys).
type Error struct {
	Kind     ErrorKind
	Op       string
	Attempts int
	Err      error
}

// Error describes the failure. An endpoint's URL in the cause (a
// transport error names it) is left out.
func (e *Error) Error() string {
	cause := fmt.Sprint(e.Err)
	var ue *url.Error
	if errors.As(e.Err, &ue) && ue.URL != "" {
		cause = strings.ReplaceAll(cause, strconv.Quote(ue.URL), "the endpoint")
		cause = strings.ReplaceAll(cause, ue.URL, "the endpoint")
	}
	return fmt.Sprintf("evm: %s: %s after %d attempt(s): %s", e.Op, e.Kind, e.Attempts, cause)
}

// Is reports whether target is the error's kind, so errors.Is(err, ErrX)
// works.
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// Unwrap returns the cause, so errors.Is and errors.As reach it.
func (e *Error) Unwrap() error { return e.Err }

// classify sorts an error from a node into what to do about it.
func classify(err error) ErrorKind {
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		switch {
		case httpErr.StatusCode == 429:
			return ErrRateLimited
		case httpErr.StatusCode >= 500:
			return ErrTransient
		}
		return ErrPermanent
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"query returned more than", "too many results", "block range", "response size", "range is too large", "exceed maximum block range"} {
		if strings.Contains(msg, s) {
			return ErrTooManyResults
		}
	}
	for _, s := range []string{"rate limit", "too many requests", "request limit"} {
		if strings.Contains(msg, s) {
			return ErrRateLimited
		}
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32005 {
		return ErrRateLimited
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, context.DeadlineExceeded) {
		return ErrTransient
	}
	if strings.Contains(msg, "indexing is in progress") {
		return ErrIndexing
	}
	// "failed to retrieve log value pointer": go-ethereum's log index
	// has not caught up with a new head (or a reorg) yet; it does within
	// milliseconds, so the call is retried.
	for _, s := range []string{"header not found", "unknown block", "connection reset", "eof", "no such host", "timeout",
		"failed to retrieve log value pointer"} {
		if strings.Contains(msg, s) {
			return ErrTransient
		}
	}
	return ErrPermanent
}

var errNoEndpoints = errors.New("no endpoints")

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

func errorsIs(err error, target error) bool { return errors.Is(err, target) }

func containsAny(err error, subs ...string) bool {
	msg := strings.ToLower(err.Error())
	for _, s := range subs {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
