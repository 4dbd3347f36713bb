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

// Error is the error type of the package: a kind for errors.Is and a
// description with the offending values.
type Error struct {
	Kind        ErrorKind
	Description string
}

// Error returns the description.
func (e Error) Error() string { return e.Description }

// Unwrap returns the kind, so errors.Is(err, ErrRootMismatch) works.
func (e Error) Unwrap() error { return e.Kind }

func makeError(kind ErrorKind, desc string) Error {
	return Error{Kind: kind, Description: desc}
}
