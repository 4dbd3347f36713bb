package sigagg

import (
	"fmt"
	"math/big"
)

// ErrorKind identifies a kind of error; it satisfies error so callers test
// for it with errors.Is.
type ErrorKind string

// Signature errors. An Error of these kinds names the index of the
// offending signature in the list that was checked.
const (
	// ErrBadLength: a signature is not 65 bytes.
	ErrBadLength = ErrorKind("ErrBadLength")
	// ErrBadRecoveryID: V is not 0, 1, 27 or 28.
	ErrBadRecoveryID = ErrorKind("ErrBadRecoveryID")
	// ErrHighS: s > n/2. The root contracts never count such a signature.
	ErrHighS = ErrorKind("ErrHighS")
	// ErrInvalidSignature: r or s is zero or not below n, or no public key
	// can be recovered from the signature.
	ErrInvalidSignature = ErrorKind("ErrInvalidSignature")
	// ErrUnknownSigner: the recovered signer is not in the validator set.
	ErrUnknownSigner = ErrorKind("ErrUnknownSigner")
	// ErrInactiveSigner: the signer is in the validator set with power 0
	// (no stake): the root contracts never count it.
	ErrInactiveSigner = ErrorKind("ErrInactiveSigner")
	// ErrDuplicateSigner: the signer is the same as the signature right
	// before it (A, A). A signer repeated further on (A, B, A) is
	// ErrUnsorted, since B > A already.
	ErrDuplicateSigner = ErrorKind("ErrDuplicateSigner")
	// ErrUnsorted: the signer's address is below the previous signer's;
	// signatures must be strictly ascending by signer address.
	ErrUnsorted = ErrorKind("ErrUnsorted")
	// ErrTooManySignatures: more signatures than validators (a strict list
	// has at most one per validator), or more than MaxSignatures.
	ErrTooManySignatures = ErrorKind("ErrTooManySignatures")
	// ErrQuorum: the signatures do not reach the policy's threshold. The
	// error is a *QuorumError carrying the amounts.
	ErrQuorum = ErrorKind("ErrQuorum")
)

// Validator-set errors.
const (
	// ErrEmptySet: a validator set needs at least one validator.
	ErrEmptySet = ErrorKind("ErrEmptySet")
	// ErrTooManyValidators: more than MaxValidators.
	ErrTooManyValidators = ErrorKind("ErrTooManyValidators")
	// ErrZeroAddress: a validator with the zero address.
	ErrZeroAddress = ErrorKind("ErrZeroAddress")
	// ErrDuplicateValidator: the same address twice.
	ErrDuplicateValidator = ErrorKind("ErrDuplicateValidator")
	// ErrBadPower: a nil or negative power, or one of 2^256 or more (a
	// power is a uint256 on chain).
	ErrBadPower = ErrorKind("ErrBadPower")
	// ErrBadPublicKey: a public key that is not a point on secp256k1 with
	// coordinates below the field prime.
	ErrBadPublicKey = ErrorKind("ErrBadPublicKey")
	// ErrNotValidator: a public key whose address is not in the set.
	ErrNotValidator = ErrorKind("ErrNotValidator")
	// ErrBadPolicy: a Policy value that is not CountQuorum or PowerQuorum.
	ErrBadPolicy = ErrorKind("ErrBadPolicy")
	// ErrBadOption: a SetOption out of range (a table window outside
	// MinTableBits..MaxTableBits, a negative memory bound).
	ErrBadOption = ErrorKind("ErrBadOption")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is the package's error: its kind (errors.Is matches it), a
// description with the offending values, and the cause if any (reached
// through Unwrap). Every package of the SDK returns its errors in this
// shape, always as a pointer. Index is the position of the signature at
// fault in the list that was checked (-1 when no single signature is).
type Error struct {
	Kind        ErrorKind
	Description string
	Err         error
	Index       int
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

func sigError(kind ErrorKind, index int, format string, args ...any) *Error {
	return &Error{Kind: kind, Index: index,
		Description: fmt.Sprintf("sigagg: signature %d: ", index) + fmt.Sprintf(format, args...)}
}

func setError(kind ErrorKind, format string, args ...any) *Error {
	return &Error{Kind: kind, Index: -1, Description: "sigagg: " + fmt.Sprintf(format, args...)}
}

// QuorumError reports signatures that fall short of the threshold: Got and
// Needed are signer counts under CountQuorum and voting power under
// PowerQuorum. errors.Is(err, ErrQuorum) holds for it.
type QuorumError struct {
	Policy      Policy
	Got, Needed *big.Int
}

// Error describes the shortfall.
func (e *QuorumError) Error() string {
	return fmt.Sprintf("sigagg: quorum not met under %s: got %s, need %s", e.Policy, e.Got, e.Needed)
}

// Is reports whether target is ErrQuorum.
func (e *QuorumError) Is(target error) bool { return target == ErrQuorum }
