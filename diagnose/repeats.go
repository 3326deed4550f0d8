package diagnose

import (
	"hash/maphash"
	"math/bits"
	"slices"
)

// repeatMin is the shortest secret searched for elsewhere in the text:
// shorter values could be ordinary words.
const repeatMin = 12

// findRepeats finds other occurrences of the secrets already found, so a
// token that is also quoted in a log message elsewhere does not survive
// there. It reads the text once, whatever the number of secrets: each
// position's next repeatMin bytes are hashed in constant time (a rolling
// hash) and looked up among the secrets' first repeatMin bytes, and only
// then are the secrets starting that way compared, longest first, by hash
// and then byte by byte. The work is capped at a few lookups per byte, a
// bound real pastes never reach, so that text built to defeat the hash
// cannot make the search slow.
func findRepeats(s string, found []span) []span {
	if len(s) < repeatMin {
		return nil
	}
	type candidate struct {
		value string
		hash  uint64
		sp    span
	}
	longest := 0
	for _, sp := range found {
		longest = max(longest, sp.end-sp.start)
	}
	if longest < repeatMin {
		return nil
	}
	h := newPrefixHash(s, longest)
	byStart := map[uint64][]candidate{}
	var filter [1 << 10]uint64 // one bit per start hash, to skip most positions at once
	seen := map[string]bool{}
	for _, sp := range found {
		v := s[sp.start:sp.end]
		if len(v) < repeatMin || seen[v] {
			continue
		}
		seen[v] = true
		start := h.of(sp.start, sp.start+repeatMin)
		byStart[start] = append(byStart[start], candidate{value: v, hash: h.of(sp.start, sp.end), sp: sp})
		filter[start>>6%uint64(len(filter))] |= 1 << (start & 63)
	}
	for k, cs := range byStart {
		slices.SortFunc(cs, func(a, b candidate) int { return len(b.value) - len(a.value) })
		byStart[k] = cs
	}

	var out []span
	budget := 8*len(s) + 1024
	covered := 0 // the end of the last repeat found
	for i := 0; i+repeatMin <= len(s) && budget > 0; i++ {
		start := h.of(i, i+repeatMin)
		if filter[start>>6%uint64(len(filter))]&(1<<(start&63)) == 0 {
			continue
		}
		for _, c := range byStart[start] {
			end := i + len(c.value)
			if end <= covered {
				break // this and every shorter one are inside a repeat already
			}
			budget--
			if end > len(s) || h.of(i, end) != c.hash {
				continue
			}
			budget -= len(c.value) / 64
			if s[i:end] == c.value {
				if i != c.sp.start {
					out = append(out, span{start: i, end: end, kind: c.sp.kind, hint: c.sp.hint})
				}
				covered = end
				break
			}
		}
	}
	return out
}

// prefixHash hashes any substring of a text in constant time: a polynomial
// hash modulo the Mersenne prime 2^61−1, with a base chosen at random for
// each process so that no text can be built to collide.
type prefixHash struct {
	prefix []uint64 // prefix[i] is the hash of s[:i]
	power  []uint64 // power[i] is base^i
}

const mersenne61 = 1<<61 - 1

var hashBase = maphash.Comparable(maphash.MakeSeed(), 0)%(mersenne61-256) + 256

// newPrefixHash prepares the hashes of s's substrings of up to longest
// bytes.
func newPrefixHash(s string, longest int) prefixHash {
	h := prefixHash{prefix: make([]uint64, len(s)+1), power: make([]uint64, longest+1)}
	for i := 0; i < len(s); i++ {
		h.prefix[i+1] = addMod(mulMod(h.prefix[i], hashBase), uint64(s[i])+1)
	}
	h.power[0] = 1
	for i := 1; i <= longest; i++ {
		h.power[i] = mulMod(h.power[i-1], hashBase)
	}
	return h
}

// of is the hash of s[i:j], for j−i up to the longest prepared.
func (h prefixHash) of(i, j int) uint64 {
	return addMod(h.prefix[j], mersenne61-mulMod(h.prefix[i], h.power[j-i]))
}

func mulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// a·b = hi·2^64 + lo; 2^64 ≡ 2^3 (mod 2^61−1).
	r := (lo & mersenne61) + (lo >> 61) + (hi << 3)
	return reduce61(reduce61(r))
}

func addMod(a, b uint64) uint64 { return reduce61(a + b) }

func reduce61(x uint64) uint64 {
	x = (x & mersenne61) + (x >> 61)
	if x >= mersenne61 {
		x -= mersenne61
	}
	return x
}
