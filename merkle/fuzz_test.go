package merkle

import (
	"bytes"
	"encoding/binary"
	"github.com/stretchr/testify/require"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// FuzzParseProof: the parser never panics, accepts exactly the whole-word
// inputs up to MaxDepth words, and round-trips.
func FuzzParseProof(f *testing.F) {
	f.Add([]byte{})
	f.Add(make([]byte, 31))
	f.Add(make([]byte, 64))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseProof(b)
		wantOK := len(b)%32 == 0 && len(b)/32 <= MaxDepth
		if (err == nil) != wantOK {
			t.Fatalf("len %d: err %v", len(b), err)
		}
		if err == nil && !bytes.Equal(ProofBytes(p), b) {
			t.Fatal("round trip differs")
		}
	})
}

// FuzzVerify: Verify never panics, and whatever it accepts the literal
// Merkle.sol transcription accepts too (and the other way round).
func FuzzVerify(f *testing.F) {
	leaves := make([]common.Hash, 5)
	for i := range leaves {
		leaves[i][0] = byte(i + 1)
	}
	tree, err := NewTree(leaves)
	require.NoError(f, err)
	for i := range leaves {
		proof, _ := tree.Prove(uint64(i))
		root := tree.Root()
		f.Add(root[:], uint64(i), leaves[i][:], ProofBytes(proof))
	}
	f.Add(make([]byte, 32), uint64(0), make([]byte, 32), []byte{})
	f.Fuzz(func(t *testing.T, rootB []byte, index uint64, leafB []byte, proof []byte) {
		root, leaf := common.BytesToHash(rootB), common.BytesToHash(leafB)
		err := VerifyBytes(root, index, leaf, proof)
		if len(proof)/32 > MaxDepth {
			return // deeper than the SDK accepts; the contract would try
		}
		if ref := refVerify(root, index, leaf, proof); (err == nil) != ref {
			t.Fatalf("Verify says %v, reference says %v", err, ref)
		}
		if err == nil && len(proof) >= 32 {
			// A mutated accepted proof must fail.
			bad := bytes.Clone(proof)
			bad[binary.BigEndian.Uint32(append(make([]byte, 4), rootB...)[:4])%uint32(len(bad))] ^= 1
			if VerifyBytes(root, index, leaf, bad) == nil {
				t.Fatal("mutated proof verifies")
			}
		}
	})
}
