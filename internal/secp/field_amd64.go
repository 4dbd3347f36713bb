//go:build !purego

package secp

import "golang.org/x/sys/cpu"

// hasADX is whether this CPU has the instructions mulADX uses.
var hasADX = cpu.X86.HasBMI2 && cpu.X86.HasADX

//go:noescape
func mulADX(z, a, b *fe)

//go:noescape
func sqrADX(z, a *fe)
