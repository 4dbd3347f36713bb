package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

func (a *app) keysCmd() *cobra.Command {
	var dir, passFile string
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Manage the relayer's encrypted keystores",
		Long: `keys creates, imports and lists go-ethereum encrypted keystores (scrypt) in --dir. The
passphrase comes from BTTCRELAY_PASSPHRASE or --passphrase-file, never from the command line.`,
	}
	cmd.PersistentFlags().StringVar(&dir, "dir", "keys", "keystore directory")
	cmd.PersistentFlags().StringVar(&passFile, "passphrase-file", "", "file whose first line is the passphrase (or set BTTCRELAY_PASSPHRASE)")
	store := func(key *ecdsa.PrivateKey) (common.Address, string, error) {
		pass, err := passphrase(os.Getenv(envPassphrase), passFile)
		if err != nil {
			return common.Address{}, "", err
		}
		if strings.TrimSpace(pass) == "" {
			return common.Address{}, "", usagef("the passphrase is empty: a keystore needs one (%s or --passphrase-file)", envPassphrase)
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return common.Address{}, "", err
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		js, err := keystore.EncryptKey(&keystore.Key{Address: addr, PrivateKey: key}, pass, keystore.StandardScryptN, keystore.StandardScryptP)
		if err != nil {
			return common.Address{}, "", err
		}
		path := filepath.Join(dir, strings.ToLower(addr.Hex()[2:])+".json")
		if err := os.WriteFile(path, js, 0o600); err != nil {
			return common.Address{}, "", err
		}
		return addr, path, nil
	}
	report := func(addr common.Address, path string) error {
		return a.print(map[string]string{"address": addr.Hex(), "keystore": path}, func(w io.Writer) {
			fmt.Fprintf(w, "%s  %s\n", addr, path)
		})
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "new",
		Short:   "Create a key and store it encrypted",
		Example: `  BTTCRELAY_PASSPHRASE=… bttcrelay keys new --dir ./keys`,
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			key, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			addr, path, err := store(key)
			if err != nil {
				return err
			}
			return report(addr, path)
		},
	}, &cobra.Command{
		Use:     "import FILE|-",
		Short:   "Import a hex private key (from a file or stdin) and store it encrypted",
		Example: `  bttcrelay keys import key.hex --passphrase-file pass.txt`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in, err := readInput(cmd, args[0])
			if err != nil {
				return err
			}
			if in.inline {
				// Never the key itself: argv is in shell history and ps.
				return usagef("no such file: %s (keys import reads the key from a file or - for stdin, never from the command line)", in.arg)
			}
			raw, err := hexutil.Decode("0x" + strings.TrimPrefix(strings.TrimPrefix(strings.Join(strings.Fields(string(in.data)), ""), "0x"), "0X"))
			if err != nil {
				return usagef("%s is not a hex private key: %v", in.source(), err)
			}
			key, err := crypto.ToECDSA(raw)
			if err != nil {
				return usagef("not a secp256k1 private key: %v", err)
			}
			addr, path, err := store(key)
			if err != nil {
				return err
			}
			return report(addr, path)
		},
	}, &cobra.Command{
		Use:   "list",
		Short: "List the keystores' addresses (no passphrase needed)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			entries, err := os.ReadDir(dir)
			if err != nil {
				return err
			}
			var out []map[string]string
			for _, e := range entries {
				if e.IsDir() {
					continue
				}
				path := filepath.Join(dir, e.Name())
				js, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				var k struct {
					Address string `json:"address"`
				}
				if json.Unmarshal(js, &k) != nil || !common.IsHexAddress(k.Address) {
					continue
				}
				out = append(out, map[string]string{"address": common.HexToAddress(k.Address).Hex(), "keystore": path})
			}
			return a.print(out, func(w io.Writer) {
				for _, k := range out {
					fmt.Fprintf(w, "%s  %s\n", k["address"], k["keystore"])
				}
			})
		},
	})
	return cmd
}
