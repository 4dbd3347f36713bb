// Command bttcrelay is the bttc-relay SDK's command line: a local bridge
// devnet for DApp developers, the relayer with its operator page, and
// tools to compute and verify checkpoints, exits and Event Packets.
//
// Exit codes:
//
//	0  success (for verify commands: the input is valid)
//	1  the command failed (an RPC, a file, a chain, a store)
//	2  usage: unknown command, bad flag or argument
//	3  verification: the input was read and is invalid (the typed reason
//	   is printed)
//
// Every command takes --json for machine-readable output.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/bttc-relay/sdk/relay"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	exitInvalid = 3
)

// usageError marks errors in how the command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// invalidError marks a verification verdict: the input is invalid.
type invalidError struct{ err error }

func (e invalidError) Error() string { return e.err.Error() }
func (e invalidError) Unwrap() error { return e.err }

// app holds what the commands share.
type app struct {
	out, errOut io.Writer
	json        bool
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit code.
func run(args []string, out, errOut io.Writer) int {
	a := &app{out: out, errOut: errOut}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetOut(out)
	root.SetErr(errOut)
	err := root.Execute()
	a.reportError(err, args)
	return exitCode(err)
}

// reportError prints a failed command's error: "error: …" on stderr, or
// with --json {"error": …, "kind": …, "exitCode": …} on stdout, kind being
// the SDK's typed error kind when there is one, else ErrUsage, ErrInvalid
// or ErrFailed.
func (a *app) reportError(err error, args []string) {
	if err == nil {
		return
	}
	// A flag error may stop parsing before --json is read.
	if !a.json && !slices.Contains(args, "--json") {
		fmt.Fprintln(a.errOut, "error:", err)
		return
	}
	kind := errorKind(err)
	if kind == "" {
		var re *relay.Error
		if errors.As(err, &re) {
			kind = string(re.Kind)
		}
	}
	if kind == "" {
		kind = map[int]string{exitUsage: "ErrUsage", exitInvalid: "ErrInvalid", exitFailed: "ErrFailed"}[exitCode(err)]
	}
	_ = writeJSON(a.out, map[string]any{"error": err.Error(), "kind": kind, "exitCode": exitCode(err)})
}

// exitCode maps an error to the documented exit codes.
func exitCode(err error) int {
	var ue usageError
	var ie invalidError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ie):
		return exitInvalid
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	}
	return exitFailed
}

// isCobraUsage recognises cobra's own argument, command and flag errors.
func isCobraUsage(err error) bool {
	var fe *flagError
	if errors.As(err, &fe) {
		return true
	}
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "accepts ", "requires at least", "required flag"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// flagError wraps cobra's flag errors (SetFlagErrorFunc).
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "bttcrelay",
		Short: "A BTTC-style bridge on your machine, its relayer, and tools to verify what crosses it",
		Long: `bttcrelay runs a local BTTC-style bridge (devnet), the relayer (relay run) with an operator page,
and computes or verifies checkpoints, exit proofs and Event Packets.

Exit codes: 0 success or valid input, 1 failure, 2 usage error, 3 invalid input (verify commands).`,
		Example: `  bttcrelay devnet --dir ./devnet
  bttcrelay devnet traffic --manifest ./devnet/devnet.json --deposits 3 --withdrawals 3 --packets 3
  bttcrelay relay run --config ./devnet/relayer.toml
  bttcrelay checkpoint verify --calldata tx.hex --validators vals.txt`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().BoolVar(&a.json, "json", false, "print machine-readable JSON")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &flagError{err} })
	root.AddCommand(a.devnetCmd(), a.relayCmd(), a.checkpointCmd(), a.exitCmd(), a.packetCmd(), a.keysCmd())
	return root
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// print writes v as JSON with --json, or text otherwise.
func (a *app) print(v any, text func(w io.Writer)) error {
	if a.json {
		return writeJSON(a.out, v)
	}
	text(a.out)
	return nil
}
