package bttc_test

import (
	"testing"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
)

func TestEventIDsArePinned(t *testing.T) {
	// The values BTTC's ERC20Predicate and every ERC20 use, written out so
	// a change to the signature strings cannot go unnoticed.
	assert.Equal(t, common.HexToHash("0x67b714876402c93362735688659e2283b4a37fb21bab24bc759ca759ae851fd8"), bttc.WithdrawToEventID)
	assert.Equal(t, common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"), bttc.TransferEventID)
}

func TestLayoutAndRootChainID(t *testing.T) {
	assert.False(t, bttc.Layout(0).Valid(), "the zero layout is unset")
	assert.True(t, bttc.BTTC.Valid())
	assert.True(t, bttc.Upstream.Valid())
	assert.False(t, bttc.Layout(3).Valid())
	assert.Equal(t, "Upstream", bttc.Upstream.String())
	assert.Equal(t, "Layout(0)", bttc.Layout(0).String())
	for id, name := range map[bttc.RootChainID]string{1: "TRON", 2: "Ethereum", 3: "BSC"} {
		assert.True(t, id.Valid())
		assert.Equal(t, name, id.String())
	}
	assert.False(t, bttc.RootChainID(0).Valid())
	assert.False(t, bttc.RootChainID(4).Valid())
	assert.Equal(t, "RootChainID(4)", bttc.RootChainID(4).String())
}
