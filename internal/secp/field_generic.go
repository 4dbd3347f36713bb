//go:build !amd64 || purego

package secp

const hasADX = false

func mulADX(z, a, b *fe) { z.mulGeneric(a, b) }

func sqrADX(z, a *fe) { z.sqrGeneric(a) }
