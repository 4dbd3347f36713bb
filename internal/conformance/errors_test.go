package conformance

import (
	"errors"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/statesync"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// errCause is a cause wrapped by a package error.
var errCause = errors.New("the cause")

// TestOneErrorShape: every package returns *Error with its kind reachable
// by errors.Is, the *Error reachable by errors.As, and the cause (if any)
// reachable through Unwrap.
func TestOneErrorShape(t *testing.T) {
	cases := []struct {
		pkg  string
		err  error
		kind error
		as   func(error) bool
	}{
		{"merkle", merkle.Verify(common.Hash{1}, 0, common.Hash{}, nil), merkle.ErrRootMismatch,
			func(err error) bool { var e *merkle.Error; return errors.As(err, &e) }},
		{"merkle/mpt", mpt.Verify(common.Hash{1}, nil, nil, nil, mpt.StrictMode), mpt.ErrEmptyPath,
			func(err error) bool { var e *mpt.Error; return errors.As(err, &e) }},
		{"sigagg", func() error { _, err := sigagg.ParseSignature(nil); return err }(), sigagg.ErrBadLength,
			func(err error) bool { var e *sigagg.Error; return errors.As(err, &e) }},
		{"checkpoint", func() error { _, _, err := checkpoint.DecodeSignBytes(nil); return err }(), checkpoint.ErrBadLength,
			func(err error) bool { var e *checkpoint.Error; return errors.As(err, &e) }},
		{"statesync", func() error { _, err := statesync.DecodeMessage(nil, 0); return err }(), statesync.ErrBadLayout,
			func(err error) bool { var e *statesync.Error; return errors.As(err, &e) }},
		{"exit", func() error { _, err := exit.Decode([]byte{0x01}); return err }(), exit.ErrMalformed,
			func(err error) bool { var e *exit.Error; return errors.As(err, &e) }},
		{"eventpacket", func() error { _, err := eventpacket.Decode([]byte{0x01}); return err }(), eventpacket.ErrMalformed,
			func(err error) bool { var e *eventpacket.Error; return errors.As(err, &e) }},
		{"exit/exitrpc", &exitrpc.Error{Kind: exitrpc.ErrBackend, Description: "d", Err: errCause}, exitrpc.ErrBackend,
			func(err error) bool { var e *exitrpc.Error; return errors.As(err, &e) }},
		{"chains/evm", &evm.Error{Kind: evm.ErrTransient, Op: "call", Attempts: 1, Err: errCause}, evm.ErrTransient,
			func(err error) bool { var e *evm.Error; return errors.As(err, &e) }},
	}
	for _, c := range cases {
		t.Run(c.pkg, func(t *testing.T) {
			require.Error(t, c.err)
			assert.ErrorIs(t, c.err, c.kind, "errors.Is reaches the kind")
			assert.True(t, c.as(c.err), "errors.As reaches a *Error")
			assert.NotEmpty(t, c.err.Error())
			wrapped := errors.Join(errors.New("context"), c.err)
			assert.ErrorIs(t, wrapped, c.kind, "the kind survives wrapping")
			if u := errors.Unwrap(c.err); u != nil {
				assert.NotEqual(t, c.kind, u, "Unwrap returns the cause, not the kind")
			}
		})
	}
	// The cause is reached through Unwrap.
	err := &exitrpc.Error{Kind: exitrpc.ErrBackend, Description: "d", Err: errCause}
	assert.ErrorIs(t, err, errCause)
	assert.Equal(t, "d: the cause", err.Error())
}

// TestLayoutZeroValueIsRejectedEverywhere: the zero bttc.Layout is unset in
// every package that takes one, never a silent default.
func TestLayoutZeroValueIsRejectedEverywhere(t *testing.T) {
	var unset bttc.Layout
	_, err := statesync.DecodeMessage(make([]byte, 64), unset)
	assert.ErrorIs(t, err, statesync.ErrBadLayout)
	_, err = statesync.EncodeDeposit(&statesync.Deposit{RootChain: bttc.TRON}, unset)
	assert.ErrorIs(t, err, statesync.ErrBadLayout)
	_, err = checkpoint.Verify(nil, nil, checkpoint.Expect{Quorum: sigagg.CountQuorum})
	assert.ErrorIs(t, err, checkpoint.ErrBadLayout)
	_, err = checkpoint.Sign(&checkpoint.Data{}, unset, nil)
	assert.ErrorIs(t, err, checkpoint.ErrBadLayout)
	assert.Nil(t, (&checkpoint.Data{}).SignBytes(unset))
	_, err = exit.Verify(&exit.Payload{HeaderNumber: big.NewInt(1)}, exit.Expect{})
	assert.ErrorIs(t, err, exit.ErrBadLayout)
	_, err = (&exit.Builder{}).Build(t.Context(), common.Hash{}, common.Address{}, checkpoint.HeaderBlock{})
	assert.ErrorIs(t, err, exit.ErrBadLayout)
}
