package checkpoint

import "fmt"

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package. Signature and quorum failures are the
// sigagg package's errors, wrapped: errors.Is(err, sigagg.ErrUnsorted) and
// errors.As(err, new(*sigagg.QuorumError)) work on what Verify returns.
const (
	// ErrBadLength: checkpoint data is not 192 or 224 bytes.
	ErrBadLength = ErrorKind("ErrBadLength")
	// ErrBadPadding: a word's padding bytes are not zero, or a number does
	// not fit 64 bits.
	ErrBadPadding = ErrorKind("ErrBadPadding")
	// ErrInvalid: the checkpoint fails Delivery's ValidateBasic (zero root
	// hash, zero proposer, start not below end) or is longer than
	// MaxLength blocks.
	ErrInvalid = ErrorKind("ErrInvalid")
	// ErrWrongLayout: the data is in the other layout than expected.
	ErrWrongLayout = ErrorKind("ErrWrongLayout")
	// ErrBadLayout: a bttc.Layout that is neither BTTC nor Upstream (the
	// zero value is unset, never a default).
	ErrBadLayout = ErrorKind("ErrBadLayout")
	// ErrWrongChainID: the checkpoint's BorChainID is not the expected one.
	ErrWrongChainID = ErrorKind("ErrWrongChainID")
	// ErrNotContiguous: the checkpoint does not start right after the
	// previous one (or headers are not consecutive).
	ErrNotContiguous = ErrorKind("ErrNotContiguous")
	// ErrBadCalldata: calldata is not a well-formed call of the expected
	// method, or return data / a log does not decode.
	ErrBadCalldata = ErrorKind("ErrBadCalldata")
	// ErrNoHeaders: a root over zero headers or accounts.
	ErrNoHeaders = ErrorKind("ErrNoHeaders")
	// ErrBadAccount: a dividend account with a nil, negative or oversized fee.
	ErrBadAccount = ErrorKind("ErrBadAccount")
	// ErrOutOfRange: a number to pack into a uint256 word is nil, negative
	// or 2^256 or more (the ABI encoder would wrap it silently).
	ErrOutOfRange = ErrorKind("ErrOutOfRange")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is the package's error: its kind (errors.Is matches it), a
// description with the offending values, and the cause if any (reached
// through Unwrap). Every package of the SDK returns its errors in this
// shape, always as a pointer.
type Error struct {
	Kind        ErrorKind
	Description string
	Err         error
}

// Error returns the description, followed by the cause if there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Description + ": " + e.Err.Error()
	}
	return e.Description
}

// Is reports whether target is the error's kind, so errors.Is(err, ErrX)
// works.
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// Unwrap returns the cause (nil if none), so errors.Is and errors.As reach
// it.
func (e *Error) Unwrap() error { return e.Err }

func wrapError(kind ErrorKind, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Err: cause, Description: "checkpoint: " + fmt.Sprintf(format, args...)}
}

func makeError(kind ErrorKind, format string, args ...any) *Error {
	return &Error{Kind: kind, Description: "checkpoint: " + fmt.Sprintf(format, args...)}
}
