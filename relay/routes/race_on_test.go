//go:build race

package routes_test

// raceEnabled: the race detector slows the chains and the relayer ten
// times over; the long reliability runs shrink under it (they run in full
// without it in the same CI).
const raceEnabled = true
