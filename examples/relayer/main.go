// Command relayer is the SDK's end-to-end demo: in this process it starts
// a BTTC chain and two root chains ("Ethereum", "BNB Chain"), four
// validator keys (one offline), deploys the bridge contracts, and runs the
// relay engine on an embedded store, narrating each step — a deposit
// minted on BTTC, a burn checkpointed and exited, an Event Packet
// delivered to another chain, a replayed and a forged exit rejected — and
// ends with a summary table. No node, database or network is needed.
//
//	go run ./examples/relayer [--data-dir DIR] [--timeout D]
//
// It exits 0 when every step succeeded, 1 with the failing step otherwise.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	dataDir := flag.String("data-dir", "", "the relayer's store directory (default: a temporary directory, removed at the end)")
	timeout := flag.Duration("timeout", 45*time.Second, "how long each step may wait for the chains")
	flag.Parse()
	dir := *dataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "bttc-relay-demo-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "relayer demo:", err)
			os.Exit(1)
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	if _, err := Run(context.Background(), os.Stdout, Options{DataDir: dir, StepTimeout: *timeout}); err != nil {
		fmt.Fprintln(os.Stderr, "\nrelayer demo FAILED:", err)
		os.RemoveAll(tmpDirOnly(dir, *dataDir))
		os.Exit(1)
	}
}

// tmpDirOnly returns dir when it is the demo's own temporary directory
// (os.Exit skips deferred removal), "" otherwise.
func tmpDirOnly(dir, given string) string {
	if given != "" {
		return ""
	}
	return dir
}
