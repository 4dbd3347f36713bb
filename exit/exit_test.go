package exit_test

import (
	"bytes"
	"context"
	"errors"
	"github.com/bttc-relay/sdk/bttc"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
	"math/big"
	"testing"

	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/exit"
	"github.com/bttc-relay/sdk/exit/exitrpc"
	"github.com/bttc-relay/sdk/exit/exittest"
	"github.com/bttc-relay/sdk/merkle"
	"github.com/bttc-relay/sdk/merkle/mpt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

var childToken = common.HexToAddress("0x00000000000000000000000000000000000c41d0")

// fixture: a 1024-block chain, a checkpoint over it, a fake node.
type fixture struct {
	chain  *exittest.Chain
	cp     checkpoint.HeaderBlock
	server *exittest.Server
	b      *exit.Builder
}

func newFixture(t testing.TB) *fixture {
	chain := exittest.NewChain(1, 5000, 1024, childToken)
	cp, err := chain.HeaderBlock(30000, 5000, 5000+1023)
	require.NoError(t, err)
	srv, err := exittest.NewServer(chain, 0)
	require.NoError(t, err)
	t.Cleanup(srv.Close)
	client, err := srv.Connect(context.Background())
	require.NoError(t, err)
	t.Cleanup(client.Close)
	return &fixture{chain: chain, cp: cp, server: srv, b: &exit.Builder{Chain: exitrpc.NewChildChainNode(client), Layout: bttc.BTTC}}
}

func (f *fixture) build(t testing.TB, burn exittest.Burn) *exit.Payload {
	p, err := f.b.Build(context.Background(), burn.Tx, childToken, f.cp)
	require.NoError(t, err)
	return p
}

func (f *fixture) expect() exit.Expect {
	return exit.Expect{Layout: bttc.BTTC, HeaderBlock: f.cp, ChildToken: childToken, ProofMode: mpt.StrictMode}
}

// TestBuildAndVerify builds the exit of several burns through the fake
// node in two round trips each, and verifies them off-chain.
func TestBuildAndVerify(t *testing.T) {
	f := newFixture(t)
	for i, burn := range f.chain.Burns {
		if i%37 != 0 && i != len(f.chain.Burns)-1 {
			continue
		}
		before := f.server.RoundTrips.Load()
		p := f.build(t, burn)
		if rt := f.server.RoundTrips.Load() - before; rt != 2 {
			t.Fatalf("burn %d: %d round trips, want 2", i, rt)
		}
		enc, err := p.Encode()
		require.NoError(t, err)
		back, err := exit.Decode(enc)
		require.NoError(t, err)
		again, _ := back.Encode()
		if !bytes.Equal(again, enc) {
			t.Fatal("payload does not round-trip")
		}
		w, err := exit.Verify(back, f.expect())
		if err != nil {
			t.Fatalf("burn %d: %v", i, err)
		}
		if w.Withdrawer != burn.Withdrawer || w.Amount.Cmp(burn.Amount) != 0 || w.ExitHash != independentExitHash(p) {
			t.Fatalf("burn %d: withdrawal %+v", i, w)
		}
	}
}

// independentExitHash recomputes the replay key from its definition.
func independentExitHash(p *exit.Payload) common.Hash {
	var nibbles []byte
	for _, b := range p.BranchMask {
		nibbles = append(nibbles, b>>4, b&15)
	}
	if nibbles[0]%2 == 1 {
		nibbles = nibbles[1:]
	} else {
		nibbles = nibbles[2:]
	}
	return crypto.Keccak256Hash(common.BigToHash(new(big.Int).SetUint64(p.BlockNumber)).Bytes(), nibbles,
		common.BigToHash(new(big.Int).SetUint64(p.LogIndex)).Bytes())
}

// TestPayloadEncodingIndependent compares Encode with the ten items
// assembled directly with go-ethereum's rlp (item 7 as a string holding the
// node list).
func TestPayloadEncodingIndependent(t *testing.T) {
	f := newFixture(t)
	p := f.build(t, f.chain.Burns[3])
	var nodeList []rlp.RawValue
	for _, n := range p.ReceiptProof {
		nodeList = append(nodeList, n)
	}
	nodesEnc, _ := rlp.EncodeToBytes(nodeList)
	want, _ := rlp.EncodeToBytes([]any{p.HeaderNumber, p.BlockProof, p.BlockNumber, p.BlockTime,
		p.TxRoot.Bytes(), p.ReceiptRoot.Bytes(), p.Receipt, nodesEnc, p.BranchMask, p.LogIndex})
	got, err := p.Encode()
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("encoding differs: %v", err)
	}
}

// TestVerifyRejects: every byte of an encoded payload flipped is rejected
// (by Decode or Verify), and each wrong expectation has its typed error.
func TestVerifyRejects(t *testing.T) {
	f := newFixture(t)
	p := f.build(t, f.chain.Burns[5])
	enc, _ := p.Encode()
	for i := range enc {
		bad := bytes.Clone(enc)
		bad[i] ^= 0x01
		q, err := exit.Decode(bad)
		if err != nil {
			continue
		}
		if _, err := exit.Verify(q, f.expect()); err == nil {
			t.Fatalf("byte %d flipped, still verifies", i)
		}
	}
	cases := []struct {
		name string
		mod  func(e *exit.Expect, p *exit.Payload)
		kind error
	}{
		{"token", func(e *exit.Expect, _ *exit.Payload) { e.ChildToken = common.Address{1} }, exit.ErrWrongLog},
		{"checkpoint id", func(e *exit.Expect, _ *exit.Payload) { e.HeaderBlock.ID = big.NewInt(40000) }, exit.ErrWrongCheckpoint},
		{"range", func(e *exit.Expect, p *exit.Payload) { e.HeaderBlock.End = p.BlockNumber - 1 }, exit.ErrWrongCheckpoint},
		{"root", func(e *exit.Expect, _ *exit.Payload) { e.HeaderBlock.Root[0] ^= 1 }, merkle.ErrRootMismatch},
		{"log index", func(_ *exit.Expect, p *exit.Payload) { p.LogIndex = 9 }, exit.ErrNoSuchLog},
		{"wrong log", func(_ *exit.Expect, p *exit.Payload) { p.LogIndex = 0 }, exit.ErrWrongLog},
		{"receipt", func(_ *exit.Expect, p *exit.Payload) { p.Receipt = append(bytes.Clone(p.Receipt), 0) }, mpt.ErrValueMismatch},
		{"upstream rules", func(e *exit.Expect, _ *exit.Payload) { e.Layout = bttc.Upstream }, exit.ErrWrongLog},
	}
	for _, c := range cases {
		e := f.expect()
		q := *p
		c.mod(&e, &q)
		if _, err := exit.Verify(&q, e); !errors.Is(err, c.kind) {
			t.Fatalf("%s: %v, want %v", c.name, err, c.kind)
		}
	}
	// A typed receipt is refused under BTTC rules.
	typed := append([]byte{0x02}, p.Receipt...)
	if _, err := exit.Verify(&exit.Payload{HeaderNumber: p.HeaderNumber, BlockProof: p.BlockProof, BlockNumber: p.BlockNumber,
		BlockTime: p.BlockTime, TxRoot: p.TxRoot, ReceiptRoot: p.ReceiptRoot, Receipt: typed, ReceiptProof: p.ReceiptProof,
		BranchMask: p.BranchMask, LogIndex: p.LogIndex}, f.expect()); err == nil {
		t.Fatal("typed receipt accepted")
	}
}

func TestDecodeStrict(t *testing.T) {
	f := newFixture(t)
	p := f.build(t, f.chain.Burns[1])
	items := func(mod func([]any) []any) []byte {
		list := []any{p.HeaderNumber, p.BlockProof, p.BlockNumber, p.BlockTime, p.TxRoot.Bytes(), p.ReceiptRoot.Bytes(),
			p.Receipt, mpt.EncodeNodes(p.ReceiptProof), p.BranchMask, p.LogIndex}
		b, _ := rlp.EncodeToBytes(mod(list))
		return b
	}
	for name, b := range map[string][]byte{
		"11 items":     items(func(l []any) []any { return append(l, uint64(1)) }),
		"9 items":      items(func(l []any) []any { return l[:9] }),
		"short root":   items(func(l []any) []any { l[4] = p.TxRoot.Bytes()[1:]; return l }),
		"proof length": items(func(l []any) []any { l[1] = append(bytes.Clone(p.BlockProof), 1); return l }),
		"leading zero": items(func(l []any) []any { l[2] = []byte{0, 1}; return l }),
		"list item":    items(func(l []any) []any { l[6] = []any{p.Receipt}; return l }),
		"bad nodes":    items(func(l []any) []any { l[7] = []byte{0x01}; return l }),
		"trailing":     append(items(func(l []any) []any { return l }), 0),
	} {
		if _, err := exit.Decode(b); !errors.Is(err, exit.ErrMalformed) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// fakeRoot is an in-memory root chain with checkpoints every 256 blocks.
type fakeRoot struct {
	blocks []checkpoint.HeaderBlock
	calls  int
}

func (r *fakeRoot) CurrentHeaderBlock(context.Context, *big.Int) (*big.Int, error) {
	r.calls++
	return big.NewInt(int64(len(r.blocks)) * exit.HeaderBlockInterval), nil
}

func (r *fakeRoot) HeaderBlock(_ context.Context, id *big.Int, _ *big.Int) (*checkpoint.HeaderBlock, error) {
	r.calls++
	k := id.Int64()/exit.HeaderBlockInterval - 1
	if k < 0 || k >= int64(len(r.blocks)) {
		return nil, errors.New("no such header block")
	}
	hb := r.blocks[k]
	return &hb, nil
}

// fixedHead is a root chain whose final head is block 1.
type fixedHead struct{}

func (fixedHead) Head(context.Context) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(1)}, nil
}

func TestFinder(t *testing.T) {
	root := &fakeRoot{}
	for k := 0; k < 1000; k++ {
		root.blocks = append(root.blocks, checkpoint.HeaderBlock{Start: uint64(256 * k), End: uint64(256*k + 255)})
	}
	f := &exit.Finder{Root: root, Head: fixedHead{}}
	for _, block := range []uint64{0, 255, 256, 12345, 255999} {
		cp, err := f.Find(context.Background(), block)
		require.NoError(t, err)
		if block < cp.Start || block > cp.End || cp.ID.Uint64() != (block/256+1)*exit.HeaderBlockInterval {
			t.Fatalf("block %d: checkpoint %v %d-%d", block, cp.ID, cp.Start, cp.End)
		}
	}
	root.calls = 0
	if _, err := f.Find(context.Background(), 77777); err != nil {
		t.Fatal(err)
	}
	if root.calls > 12 { // 1 + ceil(log2 1000)
		t.Fatalf("%d calls for one lookup", root.calls)
	}
	if _, err := f.Find(context.Background(), 256000); !errors.Is(err, exit.ErrNotFound) {
		t.Fatalf("beyond the last checkpoint: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	fx := newFixture(f)
	p := fx.build(f, fx.chain.Burns[2])
	enc, _ := p.Encode()
	f.Add(enc)
	f.Add([]byte{0xc0})
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := exit.Decode(b)
		if err != nil {
			return
		}
		again, err := q.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatal("accepted payload does not round-trip")
		}
		_, _ = exit.Verify(q, fx.expect()) // must not panic
	})
}
