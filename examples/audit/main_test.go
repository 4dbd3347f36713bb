package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAudit(t *testing.T) {
	var out bytes.Buffer
	r, err := Run(&out)
	require.NoError(t, err, out.String())
	require.Equal(t, 3, r.CheckpointVectors)
	require.Equal(t, 5, r.PacketVectors)
	require.Equal(t, r.Mutations, r.MutationsRejected)
	require.Len(t, r.Differences, 6)
	for _, d := range r.Differences[1:] {
		require.Equal(t, "accepted", d.Contract, d.Case)
		require.Contains(t, d.Strict, "rejected: ", d.Case)
	}
}

// The embedded vectors are the packages' golden files.
func TestVectorsAreThePackagesCopies(t *testing.T) {
	for copy, orig := range map[string]string{
		"testdata/checkpoints.json": "../../checkpoint/testdata/checkpoints.json",
		"testdata/packets.json":     "../../eventpacket/testdata/packets.json",
	} {
		a, err := os.ReadFile(copy)
		require.NoError(t, err)
		b, err := os.ReadFile(orig)
		require.NoError(t, err)
		require.Equal(t, string(b), string(a), "%s differs from %s: copy it again", copy, orig)
	}
}
