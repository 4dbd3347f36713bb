package merkle

// ErrorKind identifies a kind of error. It satisfies the error interface so
// callers can test for it with errors.Is.
type ErrorKind string

// The kinds of error the package returns.
const (
	// ErrNoLeaves: a tree needs at least one leaf.
	ErrNoLeaves = ErrorKind("ErrNoLeaves")
	// ErrTooManyLeaves: the leaf count is over MaxLeaves.
	ErrTooManyLeaves = ErrorKind("ErrTooManyLeaves")
	// ErrIndexOutOfRange: a leaf index is not below the leaf count, or (in
	// verification) not below 2^depth of the proof.
	ErrIndexOutOfRange = ErrorKind("ErrIndexOutOfRange")
	// ErrProofLength: a calldata proof is not a whole number of 32-byte words.
	ErrProofLength = ErrorKind("ErrProofLength")
	// ErrProofTooDeep: a proof has more than MaxDepth siblings.
	ErrProofTooDeep = ErrorKind("ErrProofTooDeep")
	// ErrProofDepth: a proof has a different number of siblings than the tree
	// it claims membership in.
	ErrProofDepth = ErrorKind("ErrProofDepth")
	// ErrRootMismatch: the proof does not lead to the expected root.
	ErrRootMismatch = ErrorKind("ErrRootMismatch")
	// ErrBadDuplicate: a duplicate-last proof has a sibling that must be the
	// node itself (the last node of an odd level) but is not.
	ErrBadDuplicate = ErrorKind("ErrBadDuplicate")
	// ErrBadRange: sub-range roots do not match the ranges a proof needs.
	ErrBadRange = ErrorKind("ErrBadRange")
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

func makeError(kind ErrorKind, desc string) *Error {
	return &Error{Kind: kind, Description: desc}
}
