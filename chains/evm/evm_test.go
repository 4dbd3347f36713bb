package evm_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"github.com/stretchr/testify/require"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/chains"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/chains/simulated"
	"github.com/bttc-relay/sdk/contracts"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/uuid"
)

const testChainID = 7300

// preset is a fast test chain: 1 confirmation, 50 ms blocks.
func preset() evm.Preset {
	return evm.Preset{Name: "test", ChainID: testChainID, Finality: chains.Finality{Confirmations: 1},
		BlockTime: 50 * time.Millisecond, EIP1559: true}
}

type fixture struct {
	chain *simulated.Chain
	key   *ecdsa.PrivateKey
	from  common.Address
}

func newFixture(t *testing.T) *fixture {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	c := simulated.New(testChainID, types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}},
		chains.Finality{Confirmations: 1})
	t.Cleanup(func() { c.Close() })
	return &fixture{chain: c, key: key, from: from}
}

// client connects an evm.Client to the given proxies (in order).
func (f *fixture) client(t *testing.T, opts evm.Options, proxies ...*faultProxy) *evm.Client {
	var rcs []*rpc.Client
	for _, p := range proxies {
		rc, err := rpc.Dial(p.URL)
		require.NoError(t, err)
		rcs = append(rcs, rc)
	}
	if opts.BaseBackoff == 0 {
		opts.BaseBackoff = time.Millisecond
	}
	c, err := evm.New(context.Background(), preset(), rcs, opts)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

func (f *fixture) proxy(t *testing.T) *faultProxy {
	p := newFaultProxy(f.chain.RPC())
	t.Cleanup(p.Close)
	return p
}

func TestRetriesRateLimitsAndServerErrors(t *testing.T) {
	f := newFixture(t)
	p := f.proxy(t)
	c := f.client(t, evm.Options{MaxAttempts: 5}, p)
	ctx := context.Background()
	p.status.Store(429)
	p.statusN.Store(3)
	if _, err := c.HeaderByNumber(ctx, nil); err != nil {
		t.Fatalf("3 rate limits then success: %v", err)
	}
	p.statusN.Store(100)
	_, err := c.HeaderByNumber(ctx, nil)
	var e *evm.Error
	if !errors.Is(err, evm.ErrRateLimited) || !errors.As(err, &e) || e.Attempts != 5 {
		t.Fatalf("persistent 429: %v", err)
	}
	p.statusN.Store(0)
	p.status.Store(503)
	p.statusN.Store(2)
	if _, err := c.HeaderByNumber(ctx, nil); err != nil {
		t.Fatalf("2 server errors then success: %v", err)
	}
	// Permanent errors are not retried.
	p.statusN.Store(0)
	before := p.calls.Load()
	_, err = c.CallContract(ctx, ethereum.CallMsg{To: &common.Address{}, Data: []byte{1}, Gas: 1}, nil)
	if err == nil || !errors.Is(err, evm.ErrPermanent) || p.calls.Load()-before != 1 {
		t.Fatalf("permanent error: %v after %d calls", err, p.calls.Load()-before)
	}
}

func TestFailoverOnDroppedConnections(t *testing.T) {
	f := newFixture(t)
	bad, good := f.proxy(t), f.proxy(t)
	c := f.client(t, evm.Options{MaxAttempts: 4}, bad, good)
	bad.dropN.Store(1000)
	for i := 0; i < 5; i++ {
		if _, err := c.HeaderByNumber(context.Background(), nil); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	if good.calls.Load() == 0 {
		t.Fatal("the healthy endpoint was never used")
	}
}

func TestSlowEndpointTimesOutAndFailsOver(t *testing.T) {
	f := newFixture(t)
	slow, fast := f.proxy(t), f.proxy(t)
	c := f.client(t, evm.Options{RequestTimeout: 100 * time.Millisecond}, slow, fast)
	slow.latency.Store(int64(time.Second))
	start := time.Now()
	if _, err := c.HeaderByNumber(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if time.Since(start) > 700*time.Millisecond {
		t.Fatal("waited for the slow endpoint instead of failing over")
	}
}

func TestStalledHeadFailsOver(t *testing.T) {
	f := newFixture(t)
	stale, live := f.proxy(t), f.proxy(t)
	stale.freeze.Store(true)
	c := f.client(t, evm.Options{StallAfter: 50 * time.Millisecond}, stale, live)
	ctx := context.Background()
	first, err := c.Latest(ctx)
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		f.chain.Commit()
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		h, err := c.Latest(ctx)
		require.NoError(t, err)
		if h.Number.Uint64() > first.Number.Uint64() {
			break // switched to the live endpoint
		}
		if time.Now().After(deadline) {
			t.Fatal("still on the stalled endpoint")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestScanLogsNarrowsAndGrows(t *testing.T) {
	f := newFixture(t)
	auth, _ := bind.NewKeyedTransactorWithChainID(f.key, big.NewInt(testChainID))
	addr, _, outbox, err := contracts.DeployPacketOutbox(auth, f.chain)
	require.NoError(t, err)
	f.chain.Commit()
	for i := 0; i < 40; i++ {
		if _, err := outbox.Send(auth, 5, big.NewInt(1), common.Address{1}, []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
		f.chain.Commit()
		f.chain.Commit() // an empty block between logs
	}
	p := f.proxy(t)
	p.maxLogSpan.Store(8)
	c := f.client(t, evm.Options{MaxLogRange: 64}, p)
	head, _ := f.chain.BlockNumber(context.Background())
	var got int
	var spans []uint64
	err = c.ScanLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{addr}}, 0, head,
		func(logs []types.Log, from, to uint64) error {
			got += len(logs)
			spans = append(spans, to-from+1)
			return nil
		})
	if err != nil || got != 40 {
		t.Fatalf("%d logs: %v", got, err)
	}
	for _, s := range spans {
		if s > 8 {
			t.Fatalf("a span of %d blocks was accepted", s)
		}
	}
}

func TestReorgSeenByHeadReader(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for i := 0; i < 5; i++ {
		f.chain.Commit()
	}
	p := f.proxy(t)
	c := f.client(t, evm.Options{}, p)
	before, err := c.Latest(ctx)
	require.NoError(t, err)
	parent, _ := f.chain.HeaderByNumber(ctx, big.NewInt(3))
	if err := f.chain.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	// A transaction makes the new branch's blocks differ from the old ones.
	tx := types.MustSignNewTx(f.key, types.LatestSignerForChainID(big.NewInt(testChainID)),
		&types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e10), Gas: 21000, To: &common.Address{2}})
	if err := f.chain.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		f.chain.Commit()
	}
	after, err := c.Latest(ctx)
	require.NoError(t, err)
	at, _ := c.HeaderByNumber(ctx, before.Number)
	if after.Number.Uint64() <= before.Number.Uint64() || at.Hash() == before.Hash() {
		t.Fatal("the reorg is not visible through the adapter")
	}
	final, err := f.chain.Head(ctx)
	if err != nil || final.Number.Uint64() != after.Number.Uint64()-1 {
		t.Fatalf("final head %v, latest %v", final.Number, after.Number)
	}
}

// miner commits a block every interval until stopped.
func miner(c *simulated.Chain, every time.Duration) func() {
	return simulated.Repeat(every, func() error { c.Commit(); return nil })
}

// logBuffer captures the adapter's logs.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestStuckTransactionIsBumped(t *testing.T) {
	f := newFixture(t)
	p := f.proxy(t)
	logs := &logBuffer{}
	c := f.client(t, evm.Options{Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}, p)
	defer miner(f.chain, 20*time.Millisecond)()
	head, _ := f.chain.HeaderByNumber(context.Background(), nil)
	low := new(big.Int).Div(head.BaseFee, big.NewInt(4)) // below the base fee: never mined
	zero := uint64(0)
	s := evm.NewSender(c, f.key, nil, evm.SenderOptions{InitialFee: low, BumpAfter: 100 * time.Millisecond,
		PollInterval: 10 * time.Millisecond, Confirmations: &zero})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rec, err := s.Send(ctx, &common.Address{3}, nil, big.NewInt(1), 21000)
	if err != nil || rec.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("send: %v", err)
	}
	mined, _, _ := f.chain.TransactionByHash(ctx, rec.TxHash)
	if mined.GasFeeCap().Cmp(low) <= 0 {
		t.Fatal("the transaction was not replaced with a higher fee")
	}
	if !bytes.Contains([]byte(logs.String()), []byte("replacing stuck transaction")) {
		t.Fatal("the bump was not logged")
	}
	// A cap below what the chain can ever take (the base fee does not fall
	// under 7 wei) ends with ErrFeeCapReached.
	capped := evm.NewSender(c, f.key, nil, evm.SenderOptions{InitialFee: big.NewInt(1), MaxFeeCap: big.NewInt(2),
		BumpAfter: 50 * time.Millisecond, PollInterval: 10 * time.Millisecond, Confirmations: &zero})
	if _, err := capped.Send(ctx, &common.Address{3}, nil, big.NewInt(1), 21000); !errors.Is(err, evm.ErrFeeCapReached) {
		t.Fatalf("capped: %v", err)
	}
	if bytes.Contains([]byte(logs.String()), []byte(hex.EncodeToString(crypto.FromECDSA(f.key)))) {
		t.Fatal("the private key appears in the logs")
	}
}

func TestNonceTooLowResyncs(t *testing.T) {
	f := newFixture(t)
	p := f.proxy(t)
	c := f.client(t, evm.Options{}, p)
	ctx := context.Background()
	nonces := evm.NewNonceManager(c)
	if n, _ := nonces.Next(ctx, f.from); n != 0 { // caches: next is 1
		t.Fatalf("first nonce %d", n)
	}
	// Two transactions sent elsewhere take nonces 0 and 1.
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	for n := uint64(0); n < 2; n++ {
		tx := types.MustSignNewTx(f.key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: n,
			GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &common.Address{4}})
		if err := f.chain.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	f.chain.Commit()
	defer miner(f.chain, 20*time.Millisecond)()
	zero := uint64(0)
	s := evm.NewSender(c, f.key, nonces, evm.SenderOptions{PollInterval: 10 * time.Millisecond, Confirmations: &zero})
	rec, err := s.Send(ctx, &common.Address{5}, nil, big.NewInt(1), 21000)
	if err != nil || rec.Status != 1 {
		t.Fatalf("send after a stale nonce: %v", err)
	}
	tx, _, _ := f.chain.TransactionByHash(ctx, rec.TxHash)
	if tx.Nonce() != 2 {
		t.Fatalf("sent with nonce %d, want 2", tx.Nonce())
	}
}

func TestKeystoreAndChainID(t *testing.T) {
	key, _ := crypto.GenerateKey()
	js, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		"correct horse", keystore.LightScryptN, keystore.LightScryptP)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "key.json")
	if err := os.WriteFile(path, js, 0o600); err != nil {
		t.Fatal(err)
	}
	got, addr, err := evm.LoadKey(path, "correct horse")
	if err != nil || addr != crypto.PubkeyToAddress(key.PublicKey) || !got.Equal(key) {
		t.Fatalf("load: %v", err)
	}
	_, _, err = evm.LoadKey(path, "wrong")
	if !errors.Is(err, evm.ErrBadKey) || bytes.Contains([]byte(err.Error()), []byte(hex.EncodeToString(crypto.FromECDSA(key)))) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	f := newFixture(t)
	p := f.proxy(t)
	rc, _ := rpc.Dial(p.URL)
	defer rc.Close()
	if _, err := evm.New(context.Background(), evm.Ethereum(), []*rpc.Client{rc}, evm.Options{}); !errors.Is(err, evm.ErrWrongChain) {
		t.Fatalf("wrong chain: %v", err)
	}
}

// DialAny takes the chain id from the node; Dial with a wrong one refuses.
func TestDialAnyReadsTheChainID(t *testing.T) {
	f := newFixture(t)
	url, stop, err := f.chain.Serve("127.0.0.1:0")
	require.NoError(t, err)
	defer stop()
	c, err := evm.DialAny(context.Background(), evm.Preset{Name: "any"}, url, evm.Options{})
	require.NoError(t, err)
	defer c.Close()
	h, err := c.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	require.NotNil(t, h)
	_, err = evm.Dial(context.Background(), evm.Preset{Name: "wrong", ChainID: testChainID + 1}, []string{url}, evm.Options{})
	require.ErrorIs(t, err, evm.ErrWrongChain)
	_, err = evm.DialAny(context.Background(), evm.Preset{Name: "none"}, "http://127.0.0.1:1", evm.Options{})
	require.ErrorIs(t, err, evm.ErrTransient)
}
