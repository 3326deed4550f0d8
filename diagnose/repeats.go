package diagnose

import (
	"cmp"
	"hash/maphash"
	"slices"
)

// repeatMin is the shortest secret searched for elsewhere in the text:
// shorter values could be ordinary words.
const repeatMin = 12

// findRepeats finds other occurrences of the secrets already found, so a
// token that is also quoted in a log message elsewhere does not survive
// there. It reads the text once, whatever the number of secrets: a rolling
// hash of the repeatMin bytes at each position is looked up among the
// secrets' first repeatMin bytes, and only the secrets that start that way
// are compared, longest first. The comparisons are capped at a few bytes'
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
	// Sorted by first bytes, longest first among equals: first maps the
	// first bytes to where their run begins.
	slices.SortFunc(cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.start.lo, b.start.lo), cmp.Compare(a.start.hi, b.start.hi),
			cmp.Compare(b.sp.end-b.sp.start, a.sp.end-a.sp.start))
	})
	first := make(map[windowKey]int32, len(cands))
	// One bit per candidate's first bytes, so that most positions are
	// passed without a map lookup.
	filter := make([]uint64, 1<<14)
	for i := len(cands) - 1; i >= 0; i-- {
		first[cands[i].start] = int32(i)
		b := cands[i].start.bit()
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
		for _, c := range cands[k:] {
			if c.start != key {
				break
			}
			n := c.sp.end - c.sp.start
			end := i + n
			if end <= covered {
				break // this and every shorter one are inside a repeat already
			}
			if end > len(s) {
				continue
			}
			budget -= 1 + n/32
			if s[i:end] == s[c.sp.start:c.sp.end] {
				for next < len(merged) && merged[next].end <= i {
					next++
				}
				// Inside a span already, it is only worth adding to name
				// the kind better (a bare UUID that is a refresh token).
				inside := next < len(merged) && merged[next].start <= i && end <= merged[next].end &&
					merged[next].kind.priority() >= c.sp.kind.priority()
				if !inside {
					out = append(out, span{start: i, end: end, kind: c.sp.kind, hint: c.sp.hint})
				}
				covered = end
				break
			}
		}
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
