package devnet

import "fmt"

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package.
const (
	// ErrConfig: a configuration or manifest the devnet cannot use.
	ErrConfig = ErrorKind("ErrConfig")
	// ErrChain: a chain refused, lost or reverted a devnet transaction.
	ErrChain = ErrorKind("ErrChain")
	// ErrNoTokens: the root chain has no token bridge (RootConfig.Tokens).
	ErrNoTokens = ErrorKind("ErrNoTokens")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is the package's error: its kind (errors.Is matches it), a
// description, and the cause if any (Unwrap).
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

// Is reports whether target is the error's kind.
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// Unwrap returns the cause (nil if none).
func (e *Error) Unwrap() error { return e.Err }

func errorf(kind ErrorKind, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Err: cause, Description: "devnet: " + fmt.Sprintf(format, args...)}
}
