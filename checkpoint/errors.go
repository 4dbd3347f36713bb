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
	// ErrWrongVariant: the data is of the other variant than expected.
	ErrWrongVariant = ErrorKind("ErrWrongVariant")
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
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is a failure with its kind and a description.
type Error struct {
	Kind        ErrorKind
	Description string
}

// Error returns the description.
func (e *Error) Error() string { return e.Description }

// Unwrap returns the kind.
func (e *Error) Unwrap() error { return e.Kind }

func makeError(kind ErrorKind, format string, args ...any) *Error {
	return &Error{Kind: kind, Description: "checkpoint: " + fmt.Sprintf(format, args...)}
}
