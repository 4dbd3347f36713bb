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
	// ErrDuplicateSigner: the signer already signed earlier in the list.
	ErrDuplicateSigner = ErrorKind("ErrDuplicateSigner")
	// ErrUnsorted: the signer's address is below the previous signer's;
	// signatures must be strictly ascending by signer address.
	ErrUnsorted = ErrorKind("ErrUnsorted")
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
	// ErrBadPower: a nil or negative power.
	ErrBadPower = ErrorKind("ErrBadPower")
	// ErrNotValidator: a public key whose address is not in the set.
	ErrNotValidator = ErrorKind("ErrNotValidator")
	// ErrBadPolicy: a Policy value that is not CountQuorum or PowerQuorum.
	ErrBadPolicy = ErrorKind("ErrBadPolicy")
)

// Error returns the kind's name.
func (e ErrorKind) Error() string { return string(e) }

// Error is a failure with its kind and, for signature errors, the index of
// the signature (-1 when no single signature is at fault).
type Error struct {
	Kind        ErrorKind
	Index       int
	Description string
}

// Error returns the description.
func (e *Error) Error() string { return e.Description }

// Unwrap returns the kind, so errors.Is(err, ErrHighS) works.
func (e *Error) Unwrap() error { return e.Kind }

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
