package exit

import "fmt"

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package. Receipt-proof failures are the mpt
// package's errors and block-proof failures the merkle package's, wrapped
// (errors.Is reaches them).
const (
	// ErrMalformed: the payload is not a canonical RLP list of the 10
	// expected items, or an item is out of bounds.
	ErrMalformed = ErrorKind("ErrMalformed")
	// ErrWrongCheckpoint: the header number or block is not the given
	// checkpoint's.
	ErrWrongCheckpoint = ErrorKind("ErrWrongCheckpoint")
	// ErrBlockProof: the block is not in the checkpoint.
	ErrBlockProof = ErrorKind("ErrBlockProof")
	// ErrReceiptProof: the receipt is not in the block.
	ErrReceiptProof = ErrorKind("ErrReceiptProof")
	// ErrBadReceipt: the receipt does not decode, or (BTTC mode) is typed.
	ErrBadReceipt = ErrorKind("ErrBadReceipt")
	// ErrNoSuchLog: the receipt has no log at the log index.
	ErrNoSuchLog = ErrorKind("ErrNoSuchLog")
	// ErrWrongLog: the log is not a burn of the expected child token.
	ErrWrongLog = ErrorKind("ErrWrongLog")
	// ErrNotFound: no checkpoint covers the block (yet), or the transaction
	// or its block is unknown.
	ErrNotFound = ErrorKind("ErrNotFound")
	// ErrBadLayout: a bttc.Layout that is neither BTTC nor Upstream (the
	// zero value is unset, never a default).
	ErrBadLayout = ErrorKind("ErrBadLayout")
	// ErrBackend: the chain backend failed or answered inconsistently.
	ErrBackend = ErrorKind("ErrBackend")
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

func makeError(kind ErrorKind, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Err: cause, Description: "exit: " + fmt.Sprintf(format, args...)}
}
