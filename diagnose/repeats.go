package diagnose

import (
	"hash/maphash"
)

// repeatMin is the shortest secret searched for elsewhere in the text:
// shorter values could be ordinary words.
const repeatMin = 12

// findRepeats finds other occurrences of the secrets already found, so a
// token that is also quoted in a log message elsewhere does not survive
// there. It reads the text once, whatever the number of secrets: a rolling
// hash of the repeatMin bytes at each position is looked up among the
// secrets' first repeatMin bytes, and only the secrets that start that way
// are compared, the longest match winning. The comparisons are capped at a few bytes'
// worth per byte of text, a bound real pastes never reach, so that text
// built to match many secrets' beginnings cannot make the search slow.
// merged are the found spans sorted and joined: an occurrence inside one
// is hidden already and not returned. The repeats come sorted by start.
func findRepeats(s string, found, merged []span) []span {
	if len(s) < repeatMin {
		return nil
	}
	type candidate struct {
		start windowKey // its first repeatMin bytes
		sp    span
	}
	seen := make(map[string]bool, len(found))
	cands := make([]candidate, 0, len(found))
	for _, sp := range found {
		v := s[sp.start:sp.end]
		if len(v) < repeatMin || seen[v] {
			continue
		}
		seen[v] = true
		cands = append(cands, candidate{start: keyAt(s, sp.start), sp: sp})
	}
	if len(cands) == 0 {
		return nil
	}
	// Candidates with the same first bytes are chained: first maps the
	// bytes to the last of them, chain to the one before.
	first := make(map[windowKey]int32, len(cands))
	chain := make([]int32, len(cands))
	// One bit per candidate's first bytes, so that most positions are
	// passed without a map lookup.
	filter := make([]uint64, 1<<14)
	for i, c := range cands {
		prev, ok := first[c.start]
		if !ok {
			prev = -1
		}
		chain[i] = prev
		first[c.start] = int32(i)
		b := c.start.bit()
		filter[b>>6] |= 1 << (b & 63)
	}

	var out []span
	budget := 16*len(s) + 1024
	covered := 0 // the end of the last repeat found
	next := 0    // the first merged span that does not end before i
	for i := 0; i+repeatMin <= len(s) && budget > 0; i++ {
		key := keyAt(s, i)
		if b := key.bit(); filter[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		k, ok := first[key]
		if !ok {
			continue
		}
		// The longest candidate that matches here and reaches past what
		// is covered already.
		best, bestEnd := -1, covered
		for j := k; j >= 0 && budget > 0; j = chain[j] {
			c := cands[j]
			n := c.sp.end - c.sp.start
			end := i + n
			if end <= bestEnd || end > len(s) {
				continue
			}
			budget -= 1 + n/32
			if s[i:end] == s[c.sp.start:c.sp.end] {
				best, bestEnd = int(j), end
			}
		}
		if best < 0 {
			continue
		}
		c := cands[best]
		for next < len(merged) && merged[next].end <= i {
			next++
		}
		// Inside a span already, it is only worth adding to name the kind
		// better (a bare UUID that is a refresh token).
		inside := next < len(merged) && merged[next].start <= i && bestEnd <= merged[next].end &&
			merged[next].kind.priority() >= c.sp.kind.priority()
		if !inside {
			out = append(out, span{start: i, end: bestEnd, kind: c.sp.kind, hint: c.sp.hint})
		}
		covered = bestEnd
	}
	return out
}

// windowKey is the repeatMin (12) bytes at a position, exactly.
type windowKey struct {
	lo uint64
	hi uint32
}

func keyAt(s string, i int) windowKey {
	_ = s[i+11]
	lo := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
	hi := uint32(s[i+8]) | uint32(s[i+9])<<8 | uint32(s[i+10])<<16 | uint32(s[i+11])<<24
	return windowKey{lo, hi}
}

// bit is where the key falls in the filter: a mix of all its bytes, with a
// multiplier chosen at random for each process so that no text can be
// built to fill one bit.
func (k windowKey) bit() uint64 {
	x := (k.lo ^ uint64(k.hi)<<17 ^ uint64(k.hi)>>5) * filterMul
	return x >> (64 - 20)
}

var filterMul = maphash.Comparable(maphash.MakeSeed(), 0) | 1
