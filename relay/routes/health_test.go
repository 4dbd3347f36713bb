package routes_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/chains/evm"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/devnet"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/relay"
	"github.com/bttc-relay/sdk/relay/boltstore"
	"github.com/bttc-relay/sdk/relay/relaytest"
	"github.com/bttc-relay/sdk/relay/routes"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

// Health is asserted on the devnet in process: each test drives a
// condition that stops work, waits for the engine to say so (Health, the
// route's reasons and the relay_route_stalled gauge), removes the
// condition and waits for health to come back. The waits are bounded by
// what the engine needs (the stall threshold plus a few polls), scaled
// for the race detector.

// healthOpts: polls of 50 ms; a head that stops for 40 block times of
// 50 ms (2 s) is stalled — long enough that a loaded machine's mining
// gaps are not taken for a stall.
func healthOpts() relay.Options {
	return relay.Options{PollInterval: 50 * time.Millisecond, AwaitInterval: 100 * time.Millisecond, ConfirmPoll: 50 * time.Millisecond,
		HeadStallBlocks: 40}
}

const healthBlockTime = 50 * time.Millisecond

// runRoutes runs an engine with rs on an embedded store until the test
// ends.
func runRoutes(t *testing.T, opts relay.Options, rs []*relay.Route) *relay.Engine {
	t.Helper()
	opts.Logger = logger(t)
	store, err := boltstore.Open(t.TempDir())
	require.NoError(t, err)
	eng, err := relay.New(store, opts, rs...)
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- eng.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		require.NoError(t, <-done)
		store.Close()
	})
	return eng
}

// waitHealth waits until the engine's health error satisfies ok.
func waitHealth(t *testing.T, eng *relay.Engine, what string, ok func(error) bool) error {
	t.Helper()
	var last error
	require.Eventually(t, func() bool {
		last = eng.Health(context.Background())
		return ok(last)
	}, patient(30*time.Second), 20*time.Millisecond, "%s; last health: %v", what, last)
	return last
}

func healthy(err error) bool { return err == nil }

func stalledWith(frag string) func(error) bool {
	return func(err error) bool { return errors.Is(err, relay.ErrStalled) && strings.Contains(err.Error(), frag) }
}

// stalledGauge reads relay_route_stalled of a route.
func stalledGauge(t *testing.T, eng *relay.Engine, route string) float64 {
	t.Helper()
	mfs, err := eng.Registry().Gather()
	require.NoError(t, err)
	for _, mf := range mfs {
		if mf.GetName() != "relay_route_stalled" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "route" && l.GetValue() == route {
					return m.GetGauge().GetValue()
				}
			}
		}
	}
	return -1
}

// freezer is a JSON-RPC proxy that can hang every request, as a node
// stopped with SIGSTOP does: connections are accepted, nothing answers.
type freezer struct {
	target string
	frozen atomic.Bool
}

func (f *freezer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for f.frozen.Load() {
		select {
		case <-r.Context().Done():
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
	body, _ := io.ReadAll(r.Body)
	resp, err := http.Post(f.target, "application/json", strings.NewReader(string(body)))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// TestHealthFrozenChain (a): chains that stop making blocks, then a BTTC
// node that stops answering, stall every route that watches them, named by
// chain (never by port) and said once for all the routes; both clear.
func TestHealthFrozenChain(t *testing.T) {
	ctx := context.Background()
	b, err := relaytest.New(ctx, relaytest.Config{Seed: 31})
	require.NoError(t, err)
	t.Cleanup(b.Close)
	url, stopServe, err := b.BTTC.Serve("127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(stopServe)
	fz := &freezer{target: url}
	proxy := httptest.NewServer(fz)
	t.Cleanup(func() { fz.frozen.Store(false); proxy.Close() })
	bttcRPC, err := rpc.DialContext(ctx, proxy.URL)
	require.NoError(t, err)
	t.Cleanup(bttcRPC.Close)
	bc, rc, err := b.Connect(ctx, relaytest.Endpoints{BTTC: bttcRPC, Root: b.Root.RPC()},
		evm.Options{RequestTimeout: 300 * time.Millisecond, MaxAttempts: 1})
	require.NoError(t, err)
	rs := b.Routes(bc, rc, b.Relayer)
	for _, r := range rs {
		r.BlockTime = healthBlockTime
	}
	stopMining := b.Mine(20 * time.Millisecond)
	eng := runRoutes(t, healthOpts(), rs)
	waitHealth(t, eng, "healthy while blocks come", healthy)

	stopMining()
	err = waitHealth(t, eng, "both chains' heads stuck", func(err error) bool {
		return stalledWith("chain bttc: head stuck at block")(err) && strings.Contains(err.Error(), "chain root: head stuck at block")
	})
	require.Equal(t, 1, strings.Count(err.Error(), "chain bttc: head stuck"), "one reason for every route watching BTTC: %v", err)
	require.Contains(t, err.Error(), "routes checkpoint, exit, packet")
	require.Contains(t, err.Error(), "(route deposit)")
	require.Eventually(t, func() bool { return stalledGauge(t, eng, "exit") == 1 }, patient(10*time.Second), 20*time.Millisecond)
	st, err := eng.Routes(ctx)
	require.NoError(t, err)
	for _, r := range st {
		require.True(t, r.Stalled, r.Name)
		require.NotEmpty(t, r.Reasons, r.Name)
	}

	stopMining = b.Mine(20 * time.Millisecond)
	defer func() { stopMining() }()
	waitHealth(t, eng, "healthy again once blocks come", healthy)
	require.Eventually(t, func() bool { return stalledGauge(t, eng, "exit") == 0 }, patient(10*time.Second), 20*time.Millisecond)

	fz.frozen.Store(true)
	err = waitHealth(t, eng, "BTTC's node frozen", stalledWith("chain bttc: no head for"))
	require.NotContains(t, err.Error(), "127.0.0.1", "chains are named by their configured names")
	require.NotContains(t, err.Error(), "chain root", "the root chain still answers")
	fz.frozen.Store(false)
	waitHealth(t, eng, "healthy again once BTTC's node answers", healthy)
}

// switchSigner signs through whichever KeySigner it holds now (the test
// brings validators online while the engine runs).
type switchSigner struct {
	cur atomic.Pointer[routes.KeySigner]
}

func (s *switchSigner) SignCheckpoint(ctx context.Context, data *checkpoint.Data, layout bttc.Layout) ([]sigagg.Signature, error) {
	return s.cur.Load().SignCheckpoint(ctx, data, layout)
}

func (s *switchSigner) SignPacketCheckpoint(ctx context.Context, cp *eventpacket.PacketCheckpoint, d eventpacket.Domain) ([]sigagg.Signature, error) {
	return s.cur.Load().SignPacketCheckpoint(ctx, cp, d)
}

// TestHealthQuorumImpossible (b): with 2 of 4 validators offline no
// checkpoint can be signed: the checkpoint route is stalled at once with
// the reason (not after MaxAttempts backoffs), the exit waiting on it too
// once it waits long; bringing a validator back clears it and the burn is
// released.
func TestHealthQuorumImpossible(t *testing.T) {
	ctx := context.Background()
	b, err := relaytest.New(ctx, relaytest.Config{Validators: 4, Offline: 2, Seed: 32})
	require.NoError(t, err)
	t.Cleanup(b.Close)
	bc, rc, err := b.Connect(ctx, b.InProcess(), evm.Options{})
	require.NoError(t, err)
	sw := &switchSigner{}
	sw.cur.Store(b.Net.Signer())
	rs := b.Net.Routes(devnet.Clients{"bttc": bc, "root": rc}, b.Relayer, &devnet.RouteSigners{Checkpoint: sw, Packet: sw})
	stopMining := b.Mine(20 * time.Millisecond)
	defer stopMining()
	eng := runRoutes(t, healthOpts(), rs)
	_, err = b.Burn(ctx, 42)
	require.NoError(t, err)

	err = waitHealth(t, eng, "quorum impossible", stalledWith("quorum impossible: only 2 of the 3 signatures needed are online"))
	require.Contains(t, err.Error(), "route checkpoint-root")
	require.Eventually(t, func() bool { return stalledGauge(t, eng, "checkpoint-root") == 1 }, patient(10*time.Second), 20*time.Millisecond)
	list, err := eng.List(ctx, relay.Filter{Route: "checkpoint-root", States: []relay.State{relay.Failed}})
	require.NoError(t, err)
	require.Empty(t, list, "waiting for validators is not a failed attempt")

	online := b.Net.Signer()
	online.Offline = nil
	sw.cur.Store(online)
	require.Eventually(t, func() bool {
		got, err := b.Released(ctx)
		return err == nil && got.Cmp(big.NewInt(42)) == 0
	}, patient(60*time.Second), 20*time.Millisecond, "the burn is released once validators are back")
	waitHealth(t, eng, "healthy once a quorum signs", healthy)
}

// waitingSigner is a validator network that never signs: the Delivery
// Chain at height 0 (delivery.Client answers relay.ErrWaiting).
type waitingSigner struct{}

func (waitingSigner) SignCheckpoint(context.Context, *checkpoint.Data, bttc.Layout) ([]sigagg.Signature, error) {
	return nil, relay.Errorf(relay.ErrWaiting, nil, "waiting for the Delivery Chain: no checkpoint at height 0")
}

// TestHealthValidatorNetworkSilent (c): a validator network that never
// produces signatures leaves checkpoints waiting: once the oldest has
// waited longer than AwaitStallAfter the route is stalled with the
// network's own words; when signatures come it clears.
func TestHealthValidatorNetworkSilent(t *testing.T) {
	ctx := context.Background()
	b, err := relaytest.New(ctx, relaytest.Config{Seed: 33})
	require.NoError(t, err)
	t.Cleanup(b.Close)
	bc, rc, err := b.Connect(ctx, b.InProcess(), evm.Options{})
	require.NoError(t, err)
	var signing atomic.Bool // false: the network is silent
	signer := b.Net.Signer()
	rs := b.Net.Routes(devnet.Clients{"bttc": bc, "root": rc}, b.Relayer,
		&devnet.RouteSigners{Checkpoint: checkpointSignerFunc(func(ctx context.Context, d *checkpoint.Data, l bttc.Layout) ([]sigagg.Signature, error) {
			if !signing.Load() {
				return waitingSigner{}.SignCheckpoint(ctx, d, l)
			}
			return signer.SignCheckpoint(ctx, d, l)
		}), Packet: signer})
	stopMining := b.Mine(20 * time.Millisecond)
	defer stopMining()
	opts := healthOpts()
	opts.AwaitStallAfter = time.Second
	eng := runRoutes(t, opts, rs)

	waitHealth(t, eng, "checkpoints waiting too long", func(err error) bool {
		return stalledWith("waiting for the Delivery Chain: no checkpoint at height 0")(err) && strings.Contains(err.Error(), "has waited")
	})
	signing.Store(true)
	waitHealth(t, eng, "healthy once the network signs", healthy)
}

type checkpointSignerFunc func(context.Context, *checkpoint.Data, bttc.Layout) ([]sigagg.Signature, error)

func (f checkpointSignerFunc) SignCheckpoint(ctx context.Context, d *checkpoint.Data, l bttc.Layout) ([]sigagg.Signature, error) {
	return f(ctx, d, l)
}

// TestStoreOfAnotherChainRefused (d): a relayer started on a store that
// another devnet's chains filled (the same seed, so the same genesis
// block: only the blocks after it differ) refuses to start, naming the
// route and the chain, instead of keeping the old chains' work confirmed
// and waiting forever for checkpoints the new chains never get.
func TestStoreOfAnotherChainRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	run := func(b *relaytest.Bridge) error {
		bc, rc, err := b.Connect(ctx, b.InProcess(), evm.Options{})
		require.NoError(t, err)
		store, err := boltstore.Open(dir)
		require.NoError(t, err)
		defer store.Close()
		eng, err := relay.New(store, healthOpts(), b.Routes(bc, rc, b.Relayer)...)
		require.NoError(t, err)
		runCtx, cancel := context.WithCancel(ctx)
		defer cancel()
		done := make(chan error, 1)
		go func() { done <- eng.Run(runCtx) }()
		select {
		case err := <-done:
			return err // refused at start
		case <-time.After(patient(time.Second)):
		}
		require.Eventually(t, func() bool {
			st, err := eng.Routes(ctx)
			return err == nil && st[0].Cursor.Number > 0
		}, patient(20*time.Second), 20*time.Millisecond, "the routes scanned")
		cancel()
		return <-done
	}
	first, err := relaytest.New(ctx, relaytest.Config{Seed: 34})
	require.NoError(t, err)
	stop := first.Mine(20 * time.Millisecond)
	require.NoError(t, run(first))
	stop()
	g1, err := first.BTTC.HeaderByNumber(ctx, big.NewInt(0))
	require.NoError(t, err)
	first.Close()

	second, err := relaytest.New(ctx, relaytest.Config{Seed: 34})
	require.NoError(t, err)
	t.Cleanup(second.Close)
	for i := 0; i < 40; i++ {
		second.BTTC.Commit()
		second.Root.Commit()
	}
	g2, err := second.BTTC.HeaderByNumber(ctx, big.NewInt(0))
	require.NoError(t, err)
	require.Equal(t, g1.Hash(), g2.Hash(), "the same genesis: a genesis check alone would pass")
	err = run(second)
	require.ErrorIs(t, err, relay.ErrSourceChanged)
	require.ErrorContains(t, err, "chain bttc has none of the blocks the store recorded")
}
