//go:build !race

package routes_test

const raceEnabled = false
