package tron_test

import (
	"testing"

	"github.com/bttc-relay/sdk/chains/tron"
	"github.com/ethereum/go-ethereum/common"
	gotron "github.com/fbsobreira/gotron-sdk/pkg/address"
	"github.com/stretchr/testify/require"
)

// Known mainnet addresses: base58 and hex as TRON's explorers show them.
var known = []struct{ base58, hex string }{
	{"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "41a614f803b6fd780986a42c78ec9c7f77e6ded13c"}, // USDT
	{"TMvs6n9qy1R13CPd1AfxhW41GBG21NSXNj", ""},                                           // BTTC's RootChainProxy (bttc-doc)
	{"TEpjT8xbAe3FPCPFziqFfEjLVXaw9NbGXj", ""},                                           // BTTC's StakeManagerProxy
}

func TestKnownAddresses(t *testing.T) {
	for _, k := range known {
		a, err := tron.Parse(k.base58)
		require.NoError(t, err, k.base58)
		require.Equal(t, k.base58, a.String())
		if k.hex != "" {
			require.Equal(t, k.hex, a.Hex())
			b, err := tron.Parse(k.hex)
			require.NoError(t, err)
			require.Equal(t, a, b)
		}
		// gotron-sdk (an independent implementation) agrees.
		g, err := gotron.Base58ToAddress(k.base58)
		require.NoError(t, err)
		require.Equal(t, g.Bytes(), a.Bytes())
		require.Equal(t, g.String(), a.String())
		c, err := tron.Parse(a.EVM().Hex())
		require.NoError(t, err)
		require.Equal(t, a, c, "the 20-byte EVM form")
	}
}

func TestTypedErrors(t *testing.T) {
	usdt := "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
	bad := []byte(usdt)
	bad[12] = 'A' // was 'T'
	for _, c := range []struct {
		in   string
		kind error
	}{
		{string(bad), tron.ErrBadChecksum},
		{usdt[:20], tron.ErrBadLength},
		{"T0" + usdt[2:], tron.ErrBadEncoding},
		{"", tron.ErrBadEncoding},
		{"42a614f803b6fd780986a42c78ec9c7f77e6ded13c", tron.ErrBadPrefix},
		{(&tron.Address{}).Hex()[:40] + "zz", tron.ErrBadEncoding},
		{"1111111111111111111114oLvT2", tron.ErrBadPrefix}, // 0x00 ‖ 20 zero bytes, a valid checksum
	} {
		_, err := tron.Parse(c.in)
		require.ErrorIs(t, err, c.kind, c.in)
	}
	// A valid checksum over another prefix is refused for the prefix.
	eth := gotron.Address(append([]byte{0x42}, common.HexToAddress("0x01").Bytes()...))
	_, err := tron.Parse(eth.String())
	require.ErrorIs(t, err, tron.ErrBadPrefix)
}

func FuzzAddressRoundTrip(f *testing.F) {
	f.Add([]byte{1, 2, 3}, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
	f.Fuzz(func(t *testing.T, raw []byte, s string) {
		a := tron.FromEVM(common.BytesToAddress(raw))
		for _, form := range []string{a.String(), a.Hex(), "0x" + a.Hex(), a.EVM().Hex()} {
			b, err := tron.Parse(form)
			require.NoError(t, err, form)
			require.Equal(t, a, b)
		}
		require.Equal(t, gotron.Address(a.Bytes()).String(), a.String(), "gotron-sdk agrees")
		if p, err := tron.Parse(s); err == nil {
			require.Equal(t, p, mustParse(t, p.String()))
		}
	})
}

func mustParse(t *testing.T, s string) tron.Address {
	a, err := tron.Parse(s)
	require.NoError(t, err)
	return a
}
