package diagnose

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortSpans: the radix sort orders as a comparison sort does (by start,
// the longest first among equal starts), for few spans and many, for
// starts of one digit and of several, with starts shared.
func TestSortSpans(t *testing.T) {
	byEnd := func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) }
	r := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct{ n, maxStart int }{{10, 100}, {300, 50}, {1000, 1 << radixBits}, {5000, 1 << 20}, {3000, 1 << 30}} {
		spans := make([]span, c.n)
		for i := range spans {
			start := r.IntN(c.maxStart)
			spans[i] = span{start: start, end: start + 1 + r.IntN(40)}
		}
		want := slices.Clone(spans)
		slices.SortFunc(want, byEnd)
		sortSpans(spans)
		if !slices.Equal(spans, want) {
			t.Errorf("%d spans starting below %d: not in order", c.n, c.maxStart)
		}
	}
}
