// Command audit is an auditor's session with the SDK, offline: it checks
// the golden vectors (checkpoint sign bytes, roots, vote hashes and
// calldata; Event Packet encodings, IDs, leaf hashes, batch root and
// EIP-712 digest — values computed with go-ethereum, not with the SDK),
// shows where the root contracts accept what the strict rule rejects
// (sigagg.SimulateOnChain beside sigagg.Verify), and runs the property
// kit's mutations against packet deliveries. It exits 1 if any check
// disagrees.
//
//	go run ./examples/audit
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"text/tabwriter"

	"github.com/bttc-relay/sdk/bttc"
	"github.com/bttc-relay/sdk/checkpoint"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/bttc-relay/sdk/eventpacket/packettest"
	"github.com/bttc-relay/sdk/sigagg"
	"github.com/bttc-relay/sdk/sigagg/sigaggtest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// The golden files of the checkpoint and eventpacket packages (copies;
// a test keeps them identical).
var (
	//go:embed testdata/checkpoints.json
	checkpointVectors []byte
	//go:embed testdata/packets.json
	packetVectors []byte
)

// Report counts what the session checked.
type Report struct {
	CheckpointVectors, PacketVectors int
	Differences                      []Difference
	Mutations, MutationsRejected     int
}

// Difference is one list of signatures judged by the contract and by the
// strict rule.
type Difference struct {
	Case, Contract, Strict string
}

func main() {
	if _, err := Run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "audit FAILED:", err)
		os.Exit(1)
	}
}

// Run runs the session, writing to out.
func Run(out io.Writer) (*Report, error) {
	r := &Report{}
	fmt.Fprintln(out, "1. Golden vectors (expected values computed with go-ethereum's abi, keccak and EIP-712 code)")
	if err := checkCheckpoints(out, r); err != nil {
		return nil, err
	}
	if err := checkPackets(out, r); err != nil {
		return nil, err
	}
	fmt.Fprintln(out, "\n2. What the root contract accepts and the strict rule rejects (7 validators, one vote each)")
	if err := differences(out, r); err != nil {
		return nil, err
	}
	fmt.Fprintln(out, "\n3. Property kit: mutated packet deliveries (packettest, 16 packets, 7 validators)")
	if err := mutations(out, r); err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "\naudit passed: %d checkpoint and %d packet vectors, %d contract/strict cases, %d of %d mutations rejected\n",
		r.CheckpointVectors, r.PacketVectors, len(r.Differences), r.MutationsRejected, r.Mutations)
	return r, nil
}

type checkpointVector struct {
	Name     string          `json:"name"`
	Variant  string          `json:"variant"`
	Start    uint64          `json:"start"`
	Headers  []vectorHeader  `json:"headers"`
	Keys     []hexutil.Bytes `json:"validatorKeys"`
	RootHash common.Hash     `json:"rootHash"`
	SignB    hexutil.Bytes   `json:"signBytes"`
	VoteHash common.Hash     `json:"voteHash"`
	Calldata hexutil.Bytes   `json:"calldata"`
	ChainID  uint64          `json:"borChainID"`
}

type vectorHeader struct {
	Time        uint64      `json:"time"`
	TxRoot      common.Hash `json:"txRoot"`
	ReceiptRoot common.Hash `json:"receiptRoot"`
}

func checkCheckpoints(out io.Writer, r *Report) error {
	var vs []checkpointVector
	if err := json.Unmarshal(checkpointVectors, &vs); err != nil {
		return err
	}
	for _, v := range vs {
		layout := bttc.BTTC
		if v.Variant != "BTTC" {
			layout = bttc.Upstream
		}
		var headers []*types.Header
		for i, h := range v.Headers {
			headers = append(headers, &types.Header{Number: new(big.Int).SetUint64(v.Start + uint64(i)), Time: h.Time,
				TxHash: h.TxRoot, ReceiptHash: h.ReceiptRoot, Difficulty: big.NewInt(0)})
		}
		root, err := checkpoint.RootHash(headers)
		if err != nil {
			return err
		}
		var vals []sigagg.Validator
		for _, k := range v.Keys {
			key, err := crypto.ToECDSA(k)
			if err != nil {
				return err
			}
			vals = append(vals, sigagg.Validator{Address: crypto.PubkeyToAddress(key.PublicKey), Power: big.NewInt(1)})
		}
		set, err := sigagg.NewValidatorSet(vals)
		if err != nil {
			return err
		}
		ver, err := checkpoint.Verify(v.Calldata, set, checkpoint.Expect{Layout: layout, ChainID: v.ChainID, Quorum: sigagg.CountQuorum})
		if err != nil {
			return fmt.Errorf("vector %s: %w", v.Name, err)
		}
		switch {
		case root != v.RootHash:
			return fmt.Errorf("vector %s: root %s, want %s", v.Name, root, v.RootHash)
		case !bytes.Equal(ver.Data.SignBytes(layout), v.SignB):
			return fmt.Errorf("vector %s: sign bytes differ", v.Name)
		case ver.VoteHash != v.VoteHash:
			return fmt.Errorf("vector %s: vote hash %s, want %s", v.Name, ver.VoteHash, v.VoteHash)
		}
		r.CheckpointVectors++
		fmt.Fprintf(out, "   checkpoint %-26s root, sign bytes, vote hash and calldata agree; %d signers verified\n", v.Name, len(ver.Signatures.Signers))
	}
	return nil
}

type packetFile struct {
	Packets []struct {
		Packet   json.RawMessage `json:"packet"`
		Encoding hexutil.Bytes   `json:"encoding"`
		ID       common.Hash     `json:"id"`
		Hash     common.Hash     `json:"packetHash"`
		LeafHash common.Hash     `json:"leafHash"`
	} `json:"packets"`
	BatchRoot       common.Hash                  `json:"batchRoot"`
	Checkpoint      eventpacket.PacketCheckpoint `json:"-"`
	DomainSeparator common.Hash                  `json:"domainSeparator"`
}

func checkPackets(out io.Writer, r *Report) error {
	var f packetFile
	if err := json.Unmarshal(packetVectors, &f); err != nil {
		return err
	}
	var packets []*eventpacket.Packet
	for i, v := range f.Packets {
		p, err := eventpacket.Decode(v.Encoding)
		if err != nil {
			return fmt.Errorf("packet vector %d: %w", i, err)
		}
		var fromJSON eventpacket.Packet
		if err := json.Unmarshal(v.Packet, &fromJSON); err != nil {
			return fmt.Errorf("packet vector %d JSON: %w", i, err)
		}
		enc, err := fromJSON.Encode()
		if err != nil {
			return err
		}
		id, _ := p.ID()
		h, _ := p.Hash()
		leaf, _ := p.LeafHash()
		if !bytes.Equal(enc, v.Encoding) || id != v.ID || h != v.Hash || leaf != v.LeafHash {
			return fmt.Errorf("packet vector %d: encoding, id, hash or leaf hash differ", i)
		}
		packets = append(packets, p)
		r.PacketVectors++
	}
	batch, err := eventpacket.NewBatch(packets)
	if err != nil {
		return err
	}
	if batch.Root() != f.BatchRoot {
		return fmt.Errorf("batch root %s, want %s", batch.Root(), f.BatchRoot)
	}
	fmt.Fprintf(out, "   packets: %d encodings, IDs, packet and leaf hashes agree; batch root %s agrees\n", len(packets), f.BatchRoot)
	return nil
}

// verdicts judges sigs both ways.
func verdicts(digest common.Hash, sigs []sigagg.Signature, set *sigagg.ValidatorSet) (contract, strict string) {
	sim := sigagg.SimulateOnChain(digest, sigs, set, sigagg.CountQuorum, sigagg.OnChainOptions{})
	contract = "accepted"
	if !sim.Accepted {
		contract = "rejected: " + sim.Reason()
	}
	_, err := sigagg.Verify(digest, sigs, set, sigagg.CountQuorum)
	strict = "accepted"
	var se *sigagg.Error
	var qe *sigagg.QuorumError
	switch {
	case errors.As(err, &se):
		strict = "rejected: " + string(se.Kind)
	case errors.As(err, &qe):
		strict = "rejected: " + string(sigagg.ErrQuorum)
	case err != nil:
		strict = "rejected: " + err.Error()
	}
	return contract, strict
}

func differences(out io.Writer, r *Report) error {
	set, keys := sigaggtest.Set(7, 7)
	digest := crypto.Keccak256Hash([]byte("an audited checkpoint"))
	quorum := sigaggtest.Quorum(digest, keys, 5)
	plusOne := sigaggtest.Quorum(digest, keys, 6)
	outsider := sigaggtest.Keys(99, 1)[0]
	cases := []struct {
		name string
		sigs []sigagg.Signature
	}{
		{"a quorum, sorted (5 of 7)", quorum},
		{"6 signatures, one of them high-s (malleable)", append(append([]sigagg.Signature{}, plusOne[:5]...), sigaggtest.HighS(plusOne[5]))},
		{"6 signatures, one duplicated", sigaggtest.Duplicate(plusOne, 2)},
		{"6 signatures and an outsider's", append(append([]sigagg.Signature{}, plusOne...), sigaggtest.Sign(digest, outsider))},
		{"6 signatures, two swapped", sigaggtest.Swap(plusOne, 4, 5)},
		{"6 signatures, one over another digest", append(append([]sigagg.Signature{}, plusOne[:5]...), sigaggtest.WrongDigest(digest, keys[6]))},
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "   list\tcontract (SimulateOnChain)\tstrict (sigagg.Verify)")
	for _, c := range cases {
		contract, strict := verdicts(digest, c.sigs, set)
		r.Differences = append(r.Differences, Difference{Case: c.name, Contract: contract, Strict: strict})
		fmt.Fprintf(tw, "   %s\t%s\t%s\n", c.name, contract, strict)
	}
	return tw.Flush()
}

func mutations(out io.Writer, r *Report) error {
	d := packettest.New(11).SignedBatch(16, 199, eventpacket.DefaultDomain(1, common.HexToAddress("0x00000000000000000000000000000000000000aa")), 7)
	verify := func(dom eventpacket.Domain, p *eventpacket.Packet, proof *eventpacket.Proof, cp *eventpacket.PacketCheckpoint, sigs []sigagg.Signature) error {
		return eventpacket.VerifyDelivery(dom, p, proof, cp, sigs, d.Set, sigagg.CountQuorum)
	}
	kinds := map[string]int{}
	for i, p := range d.Packets {
		proof, err := d.Batch.Prove(uint64(i))
		if err != nil {
			return err
		}
		if err := verify(d.Domain, p, proof, d.Checkpoint, d.Signatures); err != nil {
			return fmt.Errorf("packet %d: the unmutated delivery fails: %w", i, err)
		}
		muts := map[string]func() error{
			"proof index": func() error {
				q := *proof
				q.Index ^= 1
				return verify(d.Domain, p, &q, d.Checkpoint, d.Signatures)
			},
			"proof sibling": func() error {
				q := *proof
				q.Siblings = append([]common.Hash(nil), proof.Siblings...)
				q.Siblings[0][0] ^= 1
				return verify(d.Domain, p, &q, d.Checkpoint, d.Signatures)
			},
			"packet sequence": func() error {
				q := *p
				q.Sequence++
				return verify(d.Domain, &q, proof, d.Checkpoint, d.Signatures)
			},
			"checkpoint root": func() error {
				cp := *d.Checkpoint
				cp.PacketRoot[0] ^= 1
				return verify(d.Domain, p, proof, &cp, d.Signatures)
			},
			"destination domain": func() error {
				dom := d.Domain
				dom.ChainID++
				return verify(dom, p, proof, d.Checkpoint, d.Signatures)
			},
			"a signature short of the quorum": func() error {
				return verify(d.Domain, p, proof, d.Checkpoint, d.Signatures[1:])
			},
		}
		for name, m := range muts {
			r.Mutations++
			err := m()
			if err == nil {
				return fmt.Errorf("packet %d: mutation %q was accepted", i, name)
			}
			var pe *eventpacket.Error
			kind := "other"
			if errors.As(err, &pe) {
				kind = string(pe.Kind)
			}
			kinds[name+" → "+kind]++
			r.MutationsRejected++
		}
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, name := range []string{"proof index", "proof sibling", "packet sequence", "checkpoint root", "destination domain", "a signature short of the quorum"} {
		for k, n := range kinds {
			if len(k) > len(name) && k[:len(name)] == name {
				fmt.Fprintf(tw, "   %s\t%d rejected\n", k, n)
			}
		}
	}
	return tw.Flush()
}
