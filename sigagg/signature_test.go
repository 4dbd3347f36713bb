package sigagg_test

import (
	"errors"
	"github.com/stretchr/testify/require"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	curveN     = crypto.S256().Params().N
	curveHalfN = new(big.Int).Rsh(curveN, 1)
)

func withRS(r, s *big.Int, v byte) []byte {
	b := make([]byte, 65)
	r.FillBytes(b[:32])
	s.FillBytes(b[32:64])
	b[64] = v
	return b
}

func TestParseSignature(t *testing.T) {
	digest := crypto.Keccak256Hash([]byte("parse"))
	key := sigaggtest.Keys(1, 1)[0]
	good := sigaggtest.Sign(digest, key)
	one := big.NewInt(1)
	cases := []struct {
		name string
		in   []byte
		kind error
	}{
		{"valid", good[:], nil},
		{"v27", append(append([]byte{}, good[:64]...), good[64]+27), nil},
		{"short", good[:64], sigagg.ErrBadLength},
		{"long", append(good[:], 0), sigagg.ErrBadLength},
		{"v2", append(append([]byte{}, good[:64]...), 2), sigagg.ErrBadRecoveryID},
		{"v29", append(append([]byte{}, good[:64]...), 29), sigagg.ErrBadRecoveryID},
		{"r zero", withRS(new(big.Int), one, 0), sigagg.ErrInvalidSignature},
		{"s zero", withRS(one, new(big.Int), 0), sigagg.ErrInvalidSignature},
		{"r = n", withRS(curveN, one, 0), sigagg.ErrInvalidSignature},
		{"s = n", withRS(one, curveN, 0), sigagg.ErrInvalidSignature},
		{"s = n/2", withRS(one, curveHalfN, 0), nil},
		{"s = n/2+1", withRS(one, new(big.Int).Add(curveHalfN, one), 0), sigagg.ErrHighS},
		{"high-s", func() []byte { h := sigaggtest.HighS(good); return h[:] }(), sigagg.ErrHighS},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sig, err := sigagg.ParseSignature(c.in)
			if c.kind == nil {
				require.NoError(t, err)
				if sig[64] > 1 {
					t.Fatalf("V not normalised: %d", sig[64])
				}
				return
			}
			if !errors.Is(err, c.kind) {
				t.Fatalf("got %v, want %v", err, c.kind)
			}
			var e *sigagg.Error
			if !errors.As(err, &e) || e.Index != 0 {
				t.Fatalf("want *Error with index 0, got %#v", err)
			}
		})
	}
}

func TestContractForm(t *testing.T) {
	digest := crypto.Keccak256Hash([]byte("contract"))
	for _, k := range sigaggtest.Keys(2, 20) {
		sig := sigaggtest.Sign(digest, k)
		w := sig.ToContract()
		if v := w[2].Int64(); v != 27 && v != 28 {
			t.Fatalf("V word %d", v)
		}
		back, err := sigagg.FromContract(w)
		require.NoError(t, err)
		parsed, err := sigagg.ParseSignature(back[:])
		if err != nil || parsed != sig {
			t.Fatalf("round trip: %v", err)
		}
	}
	bad := [][3]*big.Int{
		{big.NewInt(1), big.NewInt(1), big.NewInt(29)},
		{big.NewInt(1), big.NewInt(1), big.NewInt(27 + 256)},
		{new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1), big.NewInt(27)},
		{big.NewInt(-1), big.NewInt(1), big.NewInt(27)},
		{nil, big.NewInt(1), big.NewInt(27)},
	}
	for i, w := range bad {
		if _, err := sigagg.FromContract(w); err == nil {
			t.Fatalf("case %d accepted", i)
		}
	}
}

// TestRecoverMatchesGoEthereum compares Recover with go-ethereum's
// Ecrecover, including for high-s signatures (Recover does not check s).
func TestRecoverMatchesGoEthereum(t *testing.T) {
	for i, k := range sigaggtest.Keys(3, 30) {
		digest := crypto.Keccak256Hash([]byte{byte(i)})
		sig := sigaggtest.Sign(digest, k)
		for _, s := range []sigagg.Signature{sig, sigaggtest.HighS(sig)} {
			addr, xy, err := s.Recover(digest)
			require.NoError(t, err)
			pub, err := crypto.Ecrecover(digest[:], s[:])
			require.NoError(t, err)
			if addr != k.Address || common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != addr || string(pub[1:]) != string(xy) {
				t.Fatalf("key %d: recovered %s, want %s", i, addr, k.Address)
			}
		}
	}
}

func FuzzParseSignature(f *testing.F) {
	sig := sigaggtest.Sign(common.Hash{1}, sigaggtest.Keys(4, 1)[0])
	f.Add(sig[:])
	f.Add(make([]byte, 65))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := sigagg.ParseSignature(b)
		if err != nil {
			var e *sigagg.Error
			if !errors.As(err, &e) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if s[64] > 1 || s.S().Cmp(curveHalfN) > 0 || s.R().Sign() == 0 || s.R().Cmp(curveN) >= 0 {
			t.Fatal("accepted a non-canonical signature")
		}
		back, err := sigagg.FromContract(s.ToContract())
		if err != nil || back != s {
			t.Fatalf("contract round trip: %v", err)
		}
	})
}
