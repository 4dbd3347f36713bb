//go:build !unix

package main

// lockDir is a no-op where flock does not exist: one devnet per
// directory is then the user's care.
func lockDir(string) (func(), error) { return func() {}, nil }
