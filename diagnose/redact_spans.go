package diagnose

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// span is one secret's place in the text.
type span struct {
	start, end int
	kind       SecretKind
	// hint is what the placeholder shows of the secret: its last four
	// characters when it is long enough that they give nothing away.
	hint string
}

func newSpan(s string, start, end int, kind SecretKind) span {
	return span{start: start, end: end, kind: kind, hint: lastFour(unwrap(s[start:end]))}
}

// unwrap is a secret that a line break splits, without the break and the
// indent after it.
func unwrap(v string) string {
	if strings.IndexByte(v, '\n') < 0 {
		return v
	}
	return strings.Map(dropBlank, v)
}

// lastFour returns the last four characters of a secret of at least 12,
// else nothing.
func lastFour(v string) string {
	if utf8.RuneCountInString(v) < 12 {
		return ""
	}
	i := len(v)
	for range 4 {
		_, size := utf8.DecodeLastRuneInString(v[:i])
		i -= size
	}
	return v[i:]
}

// mergeSorted merges two lists of spans sorted by start into one.
func mergeSorted(a, b []span) []span {
	out := make([]span, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if b[0].start < a[0].start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// sortSpans sorts spans by start, the longest first among equal starts. A
// paste can hold a hundred thousand secrets, so many spans are sorted by
// their start's digits (a radix sort, radixBits at a time: linear in the
// spans, with a small table whatever the paste's length) rather than by
// comparing.
func sortSpans(spans []span) {
	byEnd := func(a, b span) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end)) }
	if slices.IsSortedFunc(spans, byEnd) {
		return
	}
	if len(spans) < 256 {
		slices.SortFunc(spans, byEnd)
		return
	}
	last := 0
	for _, sp := range spans {
		last = max(last, sp.start)
	}
	// Each pass orders by one digit, keeping the order of equal digits
	// from the pass before: after the last, by the whole start.
	from, to := spans, make([]span, len(spans))
	var count [1<<radixBits + 1]int32
	for shift := 0; shift == 0 || last>>shift > 0; shift += radixBits {
		clear(count[:])
		for _, sp := range from {
			count[(sp.start>>shift)&radixMask+1]++
		}
		for i := 1; i < len(count); i++ {
			count[i] += count[i-1]
		}
		for _, sp := range from {
			d := (sp.start >> shift) & radixMask
			to[count[d]] = sp
			count[d]++
		}
		from, to = to, from
	}
	// Spans that start together are few: sort each such run by end.
	for i := 0; i < len(from); {
		j := i + 1
		for j < len(from) && from[j].start == from[i].start {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(from[i:j], byEnd)
		}
		i = j
	}
	copy(spans, from)
}

// radixBits is how many bits of a start each pass of sortSpans orders by.
const (
	radixBits = 11
	radixMask = 1<<radixBits - 1
)

// appendSpan appends sp to the finders' list, doubling it when it is
// full: append grows a long list by a quarter at a time, which copies a
// paste's hundred thousand spans over and over.
func appendSpan(out []span, sp span) []span {
	if len(out) == cap(out) {
		out = slices.Grow(out, max(len(out), 16))
	}
	return append(out, sp)
}

// mergeSpans sorts spans and joins overlapping ones, keeping the more
// specific kind. The hint is a JWT's when the kind is JWT (the end of its
// claims), else that of the span that reaches furthest: the last four of
// the joined secret, not of a part of it (a key's value that a line break
// cut, inside a UUID that goes on).
func mergeSpans(spans []span) []span {
	sortSpans(spans)
	out := spans[:0]
	for _, sp := range spans {
		if n := len(out); n > 0 && sp.start < out[n-1].end {
			last := &out[n-1]
			if sp.kind.priority() > last.kind.priority() {
				last.kind = sp.kind
				if sp.kind == SecretJWT {
					last.hint = sp.hint
				}
			}
			if sp.end > last.end && last.kind != SecretJWT {
				last.hint = sp.hint
			}
			last.end = max(last.end, sp.end)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// dropBlank drops the blanks and line breaks a wrapped secret holds.
func dropBlank(r rune) rune {
	if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
		return -1
	}
	return r
}
