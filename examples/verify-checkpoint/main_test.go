package main

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestVerifyCheckpoint(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out bytes.Buffer
	require.NoError(t, Run(ctx, &out), out.String())
	for _, want := range []string{"= BTTC's bor_getRootHash", "strict verification", "rejected (ErrBlockProof)", "3 validators of 4 signed"} {
		require.Contains(t, out.String(), want)
	}
}
