package sigagg

import "math/big"

// Policy is a quorum rule.
type Policy uint8

const (
	// CountQuorum is BTTC's rule: one node, one vote. The signer count
	// must reach Threshold(number of validators).
	CountQuorum Policy = iota + 1
	// PowerQuorum is upstream Polygon's rule: the signers' power must reach
	// Threshold(total power).
	PowerQuorum
)

// String names the policy.
func (p Policy) String() string {
	switch p {
	case CountQuorum:
		return "CountQuorum"
	case PowerQuorum:
		return "PowerQuorum"
	}
	return "Policy(" + big.NewInt(int64(p)).String() + ")"
}

// Threshold is the one quorum formula of the root contracts:
// total*2/3 + 1 with integer (floor) division, for total >= 0. It is the
// smallest amount strictly greater than two thirds of total: for every
// total, 3*(Threshold(total)-1) <= 2*total < 3*Threshold(total). Applied to
// the validator count (CountQuorum) or the total power (PowerQuorum).
func Threshold(total *big.Int) *big.Int {
	t := new(big.Int).Mul(total, big.NewInt(2))
	t.Quo(t, big.NewInt(3))
	return t.Add(t, big.NewInt(1))
}

// Needed returns the amount the policy requires for set: a signer count
// for CountQuorum, a power for PowerQuorum.
func (p Policy) Needed(set *ValidatorSet) (*big.Int, error) {
	switch p {
	case CountQuorum:
		return Threshold(big.NewInt(int64(set.Len()))), nil
	case PowerQuorum:
		return Threshold(set.TotalPower()), nil
	}
	return nil, setError(ErrBadPolicy, "unknown policy %d", uint8(p))
}

// amount is what the signers at the given validator indices count for.
func (p Policy) amount(set *ValidatorSet, indices []int) *big.Int {
	if p == CountQuorum {
		return big.NewInt(int64(len(indices)))
	}
	sum := new(big.Int)
	for _, i := range indices {
		sum.Add(sum, set.vals[i].Power)
	}
	return sum
}
