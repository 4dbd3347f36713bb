package relay

import "fmt"

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package.
const (
	// ErrNotFound: no task has the id.
	ErrNotFound = ErrorKind("ErrNotFound")
	// ErrLeaseLost: another owner holds the task's lease; nothing was
	// written.
	ErrLeaseLost = ErrorKind("ErrLeaseLost")
	// ErrStore: the store failed (a write error, a full or read-only
	// file, a lost database connection). The engine stops on it.
	ErrStore = ErrorKind("ErrStore")
	// ErrConfig: an engine or route is misconfigured.
	ErrConfig = ErrorKind("ErrConfig")
	// ErrBadState: an operator action that does not apply to the task's
	// state (retrying a confirmed task, skipping a submitted one).
	ErrBadState = ErrorKind("ErrBadState")
	// ErrWaiting: a job's Prove returns it when the work waits for
	// something outside the relayer (a validator network's signatures): the
	// task goes to Awaiting with the error as its reason, and no attempt is
	// counted against it.
	ErrWaiting = ErrorKind("ErrWaiting")
	// ErrBlocked: a job's Prove returns it when the work waits for
	// something that will not come by itself (fewer online validators
	// than a quorum): the task goes to Awaiting as with ErrWaiting, and
	// its route is stalled until a later attempt gets past it.
	ErrBlocked = ErrorKind("ErrBlocked")
	// ErrStalled: a route is stalled (Health; RouteStatus.Reasons says
	// why: a source head that does not move, a task that cannot, repeated
	// failures — see Options).
	ErrStalled = ErrorKind("ErrStalled")
	// ErrSourceChanged: the source chain reorganized while the engine
	// was scanning a range (the blocks read do not link to the cursor, or
	// an event's block is not the block read at its height). Nothing of
	// the range was recorded; the next poll rewinds to the fork point and
	// scans the new branch.
	ErrSourceChanged = ErrorKind("ErrSourceChanged")
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

// Is reports whether target is the error's kind.
func (e *Error) Is(target error) bool {
	k, ok := target.(ErrorKind)
	return ok && k == e.Kind
}

// Unwrap returns the cause (nil if none).
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of kind with a formatted description and an
// optional cause; stores and routes outside this package use it so every
// relay error has the same shape.
func Errorf(kind ErrorKind, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Err: cause, Description: "relay: " + fmt.Sprintf(format, args...)}
}
