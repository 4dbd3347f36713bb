package merkle

import (
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
)

// padRule says what stands in for a missing right child: the rule is the
// only difference between the checkpoint tree and the duplicate-last tree.
type padRule uint8

const (
	padZero      padRule = iota // z(h): the tree is padded with zero leaves
	padDuplicate                // the left child itself (cbergoon/merkletree)
)

// parallelLeaves is the leaf count from which construction is spread over
// GOMAXPROCS goroutines; below it the goroutine start-up costs more than
// it saves.
const parallelLeaves = 1 << 13

// levels stores a tree level by level, leaves first, holding only nodes
// that cover at least one real leaf: level h has count[h] nodes starting
// at offset[h] of one backing array. Nodes right of them are implied by
// the pad rule, so a tree of n leaves stores fewer than 2n+depth nodes
// whatever n is, in a single allocation.
type levels struct {
	s      *scheme
	nodes  []common.Hash
	offset [maxTreeDepth + 2]uint64
	count  [maxTreeDepth + 2]uint64
	depth  int
	pad    padRule
}

// maxTreeDepth is the depth of a tree of MaxLeaves leaves.
const maxTreeDepth = 24

func newLevels(leaves []common.Hash, pad padRule, s *scheme) (*levels, error) {
	if err := checkLeafCount(uint64(len(leaves))); err != nil {
		return nil, err
	}
	t := &levels{pad: pad, s: s}
	t.reset(leaves)
	return t, nil
}

// reset lays out and builds the tree over leaves (already checked against
// the bounds), reusing the node array when it is large enough.
func (t *levels) reset(leaves []common.Hash) {
	n := uint64(len(leaves))
	t.depth = treeDepth(n, t.pad)
	total, m := uint64(0), n
	for h := 0; h <= t.depth; h++ {
		t.offset[h], t.count[h] = total, m
		total += m
		m = (m + 1) / 2
	}
	if uint64(cap(t.nodes)) >= total {
		t.nodes = t.nodes[:total]
	} else {
		t.nodes = make([]common.Hash, total)
	}
	t.build(leaves)
}

func checkLeafCount(n uint64) error {
	if n == 0 {
		return makeError(ErrNoLeaves, "merkle: a tree needs at least one leaf")
	}
	if n > MaxLeaves {
		return makeError(ErrTooManyLeaves, "merkle: "+uitoa(n)+" leaves, more than MaxLeaves")
	}
	return nil
}

// treeDepth is the number of levels above the leaves: ceil(log2 n), except
// that a duplicate-last tree of one leaf still hashes it with itself.
func treeDepth(n uint64, pad padRule) int {
	if n == 1 && pad == padDuplicate {
		return 1
	}
	return bits.Len64(n - 1)
}

func (t *levels) level(h int) []common.Hash {
	return t.nodes[t.offset[h] : t.offset[h]+t.count[h]]
}

// hashRange computes nodes [lo, hi) of level h from level h-1.
func (t *levels) hashRange(h int, lo, hi uint64) {
	below, cur := t.level(h-1), t.level(h)
	nb := uint64(len(below))
	for i := lo; i < hi; i++ {
		l := &below[2*i]
		r := l
		switch {
		case 2*i+1 < nb:
			r = &below[2*i+1]
		case t.pad == padZero:
			r = &t.s.zero[h-1]
		}
		cur[i] = t.s.pair(l, r)
	}
}

// build copies the leaves in and hashes every level above them.
func (t *levels) build(leaves []common.Hash) {
	n := t.count[0]
	workers := runtime.GOMAXPROCS(0)
	if workers == 1 || n < parallelLeaves {
		copy(t.nodes, leaves)
		for h := 1; h <= t.depth; h++ {
			t.hashRange(h, 0, t.count[h])
		}
		return
	}
	// Split the leaves into aligned blocks of 2^c, about eight per worker so
	// that uneven progress evens out; each worker hashes whole blocks up to
	// height c (cache-friendly, no synchronisation inside a block), then
	// the few levels above are hashed serially. Workers also copy their
	// block's leaves in: on a large tree the copy is a visible share.
	c := bits.Len64(n/uint64(8*workers)) - 1
	c = max(c, 10)
	blocks := (n + (1 << c) - 1) >> c
	var next atomic.Uint64
	var wg sync.WaitGroup
	work := func() {
		defer wg.Done()
		for {
			b := next.Add(1) - 1
			if b >= blocks {
				return
			}
			copy(t.nodes[b<<c:min((b+1)<<c, n)], leaves[b<<c:])
			for h := 1; h <= c; h++ {
				lo := b << (c - h)
				hi := min((b+1)<<(c-h), t.count[h])
				t.hashRange(h, lo, hi)
			}
		}
	}
	wg.Add(workers)
	for w := 1; w < workers; w++ {
		go work()
	}
	work()
	wg.Wait()
	for h := c + 1; h <= t.depth; h++ {
		t.hashRange(h, 0, t.count[h])
	}
}

func (t *levels) root() common.Hash { return t.nodes[len(t.nodes)-1] }

// appendProof appends the siblings of leaf index from the leaf up.
func (t *levels) appendProof(dst []common.Hash, index uint64) ([]common.Hash, error) {
	if index >= t.count[0] {
		return dst, makeError(ErrIndexOutOfRange,
			"merkle: leaf index "+uitoa(index)+" not below leaf count "+uitoa(t.count[0]))
	}
	for h := 0; h < t.depth; h++ {
		i := index >> h
		s := i ^ 1
		switch {
		case s < t.count[h]:
			dst = append(dst, t.nodes[t.offset[h]+s])
		case t.pad == padZero:
			dst = append(dst, t.s.zero[h])
		default:
			dst = append(dst, t.nodes[t.offset[h]+i])
		}
	}
	return dst, nil
}
