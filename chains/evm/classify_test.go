package evm

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A node still building its transaction index cannot say whether a
// transaction exists: that is its own kind, not a transient failure that
// runs out of retries.
func TestClassifyIndexing(t *testing.T) {
	assert.Equal(t, ErrIndexing, classify(errors.New("transaction indexing is in progress")))
	assert.Equal(t, ErrTransient, classify(errors.New("failed to retrieve log value pointer after last block 52: failed to retrieve log value pointer of block 53: not found")))
	assert.Equal(t, ErrTransient, classify(errors.New("header not found")))
	assert.Equal(t, ErrRateLimited, classify(errors.New("rate limit exceeded")))
	assert.Equal(t, ErrPermanent, classify(errors.New("execution reverted")))
}
