package checkpoint_test

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

func goldenHeaders(v goldenVector) []*types.Header {
	hs := make([]*types.Header, len(v.Headers))
	for i, h := range v.Headers {
		hs[i] = &types.Header{Number: new(big.Int).SetUint64(v.Start + uint64(i)), Time: h.Time,
			TxHash: h.TxRoot, ReceiptHash: h.ReceiptRoot}
	}
	return hs
}
