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

// Error is a failure with its kind, the index of the node at fault (-1 if
// none) and a description.
type Error struct {
	Kind        ErrorKind
	Node        int
	Description string
}

// Error returns the description.
func (e *Error) Error() string { return e.Description }

// Unwrap returns the kind.
func (e *Error) Unwrap() error { return e.Kind }

func nodeError(kind ErrorKind, node int, format string, args ...any) *Error {
	prefix := "mpt: "
	if node >= 0 {
		prefix = fmt.Sprintf("mpt: node %d: ", node)
	}
	return &Error{Kind: kind, Node: node, Description: prefix + fmt.Sprintf(format, args...)}
}
