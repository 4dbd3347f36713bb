package eventpacket

import "fmt"

// ErrorKind identifies a kind of error; test with errors.Is.
type ErrorKind string

// The kinds of error of the package. Proof failures wrap the merkle
// package's errors and signature failures the sigagg package's.
const (
	// ErrMalformed: bytes or JSON that do not decode canonically.
	ErrMalformed = ErrorKind("ErrMalformed")
	// ErrUnknownVersion: a packet or checkpoint version other than Version.
	ErrUnknownVersion = ErrorKind("ErrUnknownVersion")
	// ErrUnknownKind: a packet kind this version does not define.
	ErrUnknownKind = ErrorKind("ErrUnknownKind")
	// ErrPayloadMismatch: the payload does not fit the packet's kind.
	ErrPayloadMismatch = ErrorKind("ErrPayloadMismatch")
	// ErrInvalid: a field value the format forbids (zero chain id, source
	// equal to destination, zero address where one is required, empty or
	// duplicate NFT ids, zero amount, ...).
	ErrInvalid = ErrorKind("ErrInvalid")
	// ErrTooLarge: over one of the size bounds.
	ErrTooLarge = ErrorKind("ErrTooLarge")
	// ErrDuplicatePacket: two packets with the same ID in one batch.
	ErrDuplicatePacket = ErrorKind("ErrDuplicatePacket")
	// ErrWrongSource: the packet's source chain is not the checkpoint's.
	ErrWrongSource = ErrorKind("ErrWrongSource")
	// ErrWrongDestination: the packet is for another destination chain.
	ErrWrongDestination = ErrorKind("ErrWrongDestination")
	// ErrOutOfRange: the packet's source block is outside the checkpoint.
	ErrOutOfRange = ErrorKind("ErrOutOfRange")
	// ErrWrongValidatorSet: the checkpoint names another validator set.
	ErrWrongValidatorSet = ErrorKind("ErrWrongValidatorSet")
	// ErrNotIncluded: the packet is not in the checkpoint's packet root.
	ErrNotIncluded = ErrorKind("ErrNotIncluded")
	// ErrBadSignatures: the checkpoint's signatures do not verify.
	ErrBadSignatures = ErrorKind("ErrBadSignatures")
	// ErrReplay: a packet ID already delivered.
	ErrReplay = ErrorKind("ErrReplay")
	// ErrNotPacketLog: a log that is not a PacketSent event, or whose
	// topics disagree with its packet.
	ErrNotPacketLog = ErrorKind("ErrNotPacketLog")
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
	return &Error{Kind: kind, Err: cause, Description: "eventpacket: " + fmt.Sprintf(format, args...)}
}
