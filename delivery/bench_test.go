package delivery_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"testing"
	"time"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/delivery"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkVerifyVoteExtension is the cost of one validator's vote
// extension on every other node (a height costs n of them), beside
// go-ethereum's Ecrecover of the same signature (the floor: the check is
// one recovery and a comparison).
func BenchmarkVerifyVoteExtension(b *testing.B) {
	const n = 100
	keys := make([]*ecdsa.PrivateKey, n)
	gen := delivery.Genesis{BorChainID: 199, Epoch: 1, Interval: 256}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		gen.Validators = append(gen.Validators, delivery.GenesisValidator{ConsensusAddress: []byte{byte(i), 1, 2, 3},
			Signer: crypto.PubkeyToAddress(keys[i].PublicKey), Power: 1})
	}
	app := delivery.NewApp(delivery.Config{})
	state, _ := json.Marshal(gen)
	if _, err := app.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: state}); err != nil {
		b.Fatal(err)
	}
	data := &checkpoint.Data{Proposer: gen.Validators[0].Signer, StartBlock: 0, EndBlock: 255, RootHash: common.Hash{7},
		AccountRootHash: common.Hash{1}, BorChainID: 199, Epoch: 1}
	sig, err := checkpoint.Sign(data, bttc.BTTC, keys[42])
	if err != nil {
		b.Fatal(err)
	}
	ext := append(data.SignBytes(bttc.BTTC), sig[:]...)
	req := &abci.RequestVerifyVoteExtension{Hash: []byte("block"), ValidatorAddress: []byte{42, 1, 2, 3}, Height: 2, VoteExtension: ext}
	b.Run("delivery", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			resp, err := app.VerifyVoteExtension(context.Background(), req)
			if err != nil || resp.Status != abci.ResponseVerifyVoteExtension_ACCEPT {
				b.Fatal(resp, err)
			}
		}
	})
	b.Run("geth-ecrecover", func(b *testing.B) {
		b.ReportAllocs()
		digest := data.VoteHash(bttc.BTTC)
		s := sig
		if s[64] >= 27 {
			s[64] -= 27
		}
		for b.Loop() {
			if _, err := crypto.Ecrecover(digest[:], s[:]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCheckpointLatency runs the 4-node network on loopback over a
// simulated BTTC chain. With BTTC at one block every 100 ms (a checkpoint
// range of 8 blocks every 0.8 s, which the network keeps up with) it
// measures the time from a range's last block becoming final on BTTC to
// the signed checkpoint being readable from a node (ms/checkpoint); then,
// with 2,000 BTTC blocks waiting, how many checkpoints per minute the
// network signs.
func BenchmarkCheckpointLatency(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		n := startNetwork(b, 100*time.Millisecond)
		ctx := context.Background()
		n.readyAtLeast(0, 1, 60*time.Second)
		b.StartTimer()
		var lat []time.Duration
		finalAt := map[uint64]time.Time{}
		seen := len(n.readyAtLeast(0, 0, time.Second))
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) && len(lat) < 10 {
			head, err := n.d.BTTC.Client.BlockNumber(ctx)
			if err != nil {
				b.Fatal(err)
			}
			for h := uint64(0); h+n.d.Confirmations <= head; h++ {
				if _, ok := finalAt[h]; !ok {
					finalAt[h] = time.Now()
				}
			}
			ready, err := n.client.Ready(ctx)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range ready[seen:] {
				d, _ := r.Data()
				if at, ok := finalAt[d.EndBlock]; ok {
					lat = append(lat, time.Since(at))
				}
			}
			seen = len(ready)
			time.Sleep(2 * time.Millisecond)
		}
		b.StopTimer()
		if len(lat) == 0 {
			b.Fatal("no checkpoint measured")
		}
		var sum time.Duration
		for _, l := range lat {
			sum += l
		}
		b.ReportMetric(float64(sum.Milliseconds())/float64(len(lat)), "ms/checkpoint")
		// Throughput with BTTC far ahead.
		n.stopMining()
		for i := 0; i < 2000; i++ {
			n.d.BTTC.Sim.Commit()
		}
		time.Sleep(2 * time.Second)
		before := len(n.readyAtLeast(0, 0, time.Second))
		start := time.Now()
		time.Sleep(15 * time.Second)
		after := len(n.readyAtLeast(0, 0, time.Second))
		b.ReportMetric(float64(after-before)/time.Since(start).Minutes(), "checkpoints/min")
		b.StartTimer()
	}
}
