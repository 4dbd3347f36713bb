package merkle

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"github.com/bttc-relay/sdk/internal/keccak"
	"github.com/cbergoon/merkletree"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	gethkeccak "github.com/ethereum/go-ethereum/crypto/keccak"
)

// BenchmarkTree builds a tree of 2^10, 2^15 and 2^20 leaves with this
// package (NewTree, and Rebuild reusing one tree's memory), with cbergoon/merkletree v0.2.0 (same leaves, same keccak tree
// at powers of two), and runs the hashing floor: the n-1 keccak256 calls
// of 64 bytes alone, spread over the same GOMAXPROCS goroutines, with this
// SDK's single-permutation keccak (floor) and with go-ethereum's reused
// KeccakState (floor-geth).
func BenchmarkTree(b *testing.B) {
	for _, exp := range []int{10, 15, 20} {
		n := 1 << exp
		leaves := randomLeaves(rand.New(rand.NewPCG(uint64(exp), 1)), n)
		b.Run(fmt.Sprintf("n=2^%d/impl=sdk", exp), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewTree(leaves); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=2^%d/impl=sdk-Rebuild", exp), func(b *testing.B) {
			tree, _ := NewTree(leaves)
			b.ReportAllocs()
			for b.Loop() {
				if err := tree.Rebuild(leaves); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=2^%d/impl=cbergoon", exp), func(b *testing.B) {
			cs := make([]merkletree.Content, n)
			for i, l := range leaves {
				cs[i] = leafContent(l)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := merkletree.NewTreeWithHashStrategy(cs, gethkeccak.NewLegacyKeccak256); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=2^%d/impl=floor", exp), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				hashFloor(n-1, func(count int) {
					var l, r [32]byte
					for i := 0; i < count; i++ {
						l = keccak.HashPair(&l, &r)
					}
				})
			}
		})
		b.Run(fmt.Sprintf("n=2^%d/impl=floor-geth", exp), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				hashFloor(n-1, func(count int) {
					h := crypto.NewKeccakState()
					var buf [64]byte
					for i := 0; i < count; i++ {
						h.Reset()
						h.Write(buf[:])
						h.Read(buf[:32])
					}
				})
			}
		})
	}
}

// hashFloor runs total hashes split evenly over GOMAXPROCS goroutines when
// the tree would be built in parallel, else on this one.
func hashFloor(total int, run func(count int)) {
	workers := runtime.GOMAXPROCS(0)
	if total+1 < parallelLeaves {
		workers = 1
	}
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		count := total / workers
		if w < total%workers {
			count++
		}
		go func() {
			defer wg.Done()
			run(count)
		}()
	}
	wg.Wait()
}

// BenchmarkProve compares one proof from a built tree with cbergoon's
// GetMerklePath.
func BenchmarkProve(b *testing.B) {
	for _, exp := range []int{10, 16} {
		n := 1 << exp
		leaves := randomLeaves(rand.New(rand.NewPCG(uint64(exp), 2)), n)
		tree, _ := NewTree(leaves)
		index := uint64(n / 3)
		b.Run(fmt.Sprintf("n=2^%d/impl=sdk-AppendProof", exp), func(b *testing.B) {
			buf := make([]common.Hash, 0, tree.Depth())
			b.ReportAllocs()
			for b.Loop() {
				buf, _ = tree.AppendProof(buf[:0], index)
			}
		})
		b.Run(fmt.Sprintf("n=2^%d/impl=cbergoon", exp), func(b *testing.B) {
			mt := cbergoonTree(b, leaves)
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := mt.GetMerklePath(leafContent(leaves[index])); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkVerify measures one proof verification (depth 15, a full BTTC
// checkpoint).
func BenchmarkVerify(b *testing.B) {
	leaves := randomLeaves(rand.New(rand.NewPCG(3, 3)), 1<<15)
	tree, _ := NewTree(leaves)
	proof, _ := tree.Prove(12345)
	root := tree.Root()
	b.ReportAllocs()
	for b.Loop() {
		if err := Verify(root, 12345, leaves[12345], proof); err != nil {
			b.Fatal(err)
		}
	}
}
