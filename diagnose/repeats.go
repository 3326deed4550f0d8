package diagnose

import (
	"hash/maphash"
)

// repeatMin is the shortest secret searched for elsewhere in the text:
// shorter values could be ordinary words.
const repeatMin = 12

// findRepeats finds other occurrences of the secrets already found, so a
// token that is also quoted in a log message elsewhere does not survive
// there. It reads the text once, whatever the number of secrets: the
// repeatMin bytes at each position are looked up, in a table of the
// secrets' first repeatMin bytes, and only the secrets that start that way
// are compared, the longest match winning. The comparisons are capped at a
// few bytes' worth per byte of text, a bound real pastes never reach, so
// that text built to match many secrets' beginnings cannot make the search
// slow. merged are the found spans sorted and joined: an occurrence inside
// one is hidden already and not returned. The repeats come sorted by
// start.
func findRepeats(s string, found, merged []span) []span {
	if len(s) < repeatMin {
		return nil
	}
	t := newRepeatTable(len(found))
	seen := make(map[string]struct{}, len(found))
	for _, sp := range found {
		v := s[sp.start:sp.end]
		if _, dup := seen[v]; len(v) >= repeatMin && !dup {
			seen[v] = struct{}{}
			t.add(s, sp)
		}
	}
	if len(t.cands) == 0 {
		return nil
	}

	var out []span
	budget := 16*len(s) + 1024
	covered := 0 // the end of the last repeat found
	next := 0    // the first merged span that does not end before i
	for i := 0; i+repeatMin <= len(s) && budget > 0; i++ {
		key := keyAt(s, i)
		k := t.find(key)
		if k < 0 {
			continue
		}
		// The longest candidate that matches here and reaches past what
		// is covered already.
		best, bestEnd := -1, covered
		for j := k; j >= 0 && budget > 0; j = t.chain[j] {
			c := t.cands[j]
			n := c.end - c.start
			end := i + n
			if end <= bestEnd || end > len(s) {
				continue
			}
			budget -= 1 + n/32
			if s[i:end] == s[c.start:c.end] {
				best, bestEnd = int(j), end
			}
		}
		if best < 0 {
			continue
		}
		c := t.cands[best]
		for next < len(merged) && merged[next].end <= i {
			next++
		}
		// Inside a span already, it is only worth adding to name the kind
		// better (a bare UUID that is a refresh token).
		inside := next < len(merged) && merged[next].start <= i && bestEnd <= merged[next].end &&
			merged[next].kind.priority() >= c.kind.priority()
		if !inside {
			out = appendSpan(out, span{start: i, end: bestEnd, kind: c.kind, hint: c.hint})
		}
		covered = bestEnd
	}
	return out
}

// repeatTable holds the secrets searched for, by their first repeatMin
// bytes: an open-addressing table of the chains of secrets that start
// alike.
type repeatTable struct {
	cands []span
	// chain links each candidate to the one added before it with the same
	// first bytes, or -1.
	chain []int32
	// slots hold, per first bytes, the last candidate added plus one (0
	// is empty); keys are those first bytes.
	slots []int32
	keys  []windowKey
	mask  uint64
	// filter has a bit set per key's hash, so that most positions of the
	// text, which start no secret, are passed at once.
	filter []uint64
	// shift takes a hash to its bit in filter: the top bits, as many as
	// the filter has bits.
	shift uint
}

func newRepeatTable(n int) *repeatTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	// About 64 filter bits per secret, from 1 Ki to 1 Mi bits: a paste
	// with one secret needs no 128 KiB filter.
	bits, shift := uint64(1<<10), uint(54)
	for bits < 64*uint64(n) && bits < 1<<20 {
		bits *= 2
		shift--
	}
	return &repeatTable{
		cands: make([]span, 0, n), chain: make([]int32, 0, n),
		slots: make([]int32, size), keys: make([]windowKey, size), mask: uint64(size - 1),
		filter: make([]uint64, bits/64), shift: shift,
	}
}

// add adds the secret at sp, which is not there yet.
func (t *repeatTable) add(s string, sp span) {
	key := keyAt(s, sp.start)
	slot := t.slot(key)
	t.cands = append(t.cands, sp)
	t.chain = append(t.chain, t.slots[slot]-1)
	t.slots[slot] = int32(len(t.cands))
	t.keys[slot] = key
	b := key.hash() >> t.shift
	t.filter[b>>6] |= 1 << (b & 63)
}

// find is the last candidate that starts with key, or -1.
func (t *repeatTable) find(key windowKey) int32 {
	h := key.hash()
	if b := h >> t.shift; t.filter[b>>6]&(1<<(b&63)) == 0 {
		return -1
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch {
		case t.slots[i] == 0:
			return -1
		case t.keys[i] == key:
			return t.slots[i] - 1
		}
	}
}

// slot is where key is, or goes, in the table.
func (t *repeatTable) slot(key windowKey) uint64 {
	i := key.hash() & t.mask
	for t.slots[i] != 0 && t.keys[i] != key {
		i = (i + 1) & t.mask
	}
	return i
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

// hash mixes all of the key's bytes, with a multiplier chosen at random
// for each process so that no text can be built to crowd one slot.
func (k windowKey) hash() uint64 {
	x := (k.lo ^ uint64(k.hi)<<17 ^ uint64(k.hi)>>5) * hashMul
	return x ^ x>>29
}

var hashMul = maphash.Comparable(maphash.MakeSeed(), 0) | 1
