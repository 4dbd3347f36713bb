package mpt

import "fmt"

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package.
const (
	// ErrEmptyPath: the path (branch mask) has no nibbles.
	ErrEmptyPath = ErrorKind("ErrEmptyPath")
	// ErrNodeHash: a node does not hash to the reference its parent (or
	// the root) holds.
	ErrNodeHash = ErrorKind("ErrNodeHash")
	// ErrBadNode: a node is not canonical RLP, not a 2- or 17-item list, or
	// a child reference is not a 32-byte hash (inline children are not
	// supported, as in the root contracts).
	ErrBadNode = ErrorKind("ErrBadNode")
	// ErrPathMismatch: the path leaves the trie (an extension or leaf key
	// does not match, or the path is exhausted).
	ErrPathMismatch = ErrorKind("ErrPathMismatch")
	// ErrValueMismatch: the proof reaches a value that is not the expected one.
	ErrValueMismatch = ErrorKind("ErrValueMismatch")
	// ErrProofTooShort: the nodes ran out before a value was reached.
	ErrProofTooShort = ErrorKind("ErrProofTooShort")
	// ErrBadHexPrefix (strict mode): a leaf or extension key's hex-prefix
	// flag does not match the node's role, or its padding nibble is not zero.
	ErrBadHexPrefix = ErrorKind("ErrBadHexPrefix")
	// ErrTrailingNodes (strict mode): nodes follow the one holding the value.
	ErrTrailingNodes = ErrorKind("ErrTrailingNodes")
	// ErrTooLarge: a proof or its encoding exceeds the package's bounds.
	ErrTooLarge = ErrorKind("ErrTooLarge")
	// ErrRootMismatch: receipts do not rebuild the expected receipts root.
	ErrRootMismatch = ErrorKind("ErrRootMismatch")
	// ErrIndexOutOfRange: no receipt at that transaction index.
	ErrIndexOutOfRange = ErrorKind("ErrIndexOutOfRange")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is the package's error: its kind (errors.Is matches it), a
// description with the offending values, and the cause if any (reached
// through Unwrap). Every package of the SDK returns its errors in this
// shape, always as a pointer. Node is the index of the proof node at
// fault (-1 if none).
type Error struct {
	Kind        ErrorKind
	Description string
	Err         error
	Node        int
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

func nodeError(kind ErrorKind, node int, format string, args ...any) *Error {
	prefix := "mpt: "
	if node >= 0 {
		prefix = fmt.Sprintf("mpt: node %d: ", node)
	}
	return &Error{Kind: kind, Node: node, Description: prefix + fmt.Sprintf(format, args...)}
}
