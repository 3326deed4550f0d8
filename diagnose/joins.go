package diagnose

import "strings"

// joinTerms joins the words that name one thing only together: a
// Fortnox subscription (joinFortnoxAccount), an expiry (joinExpiry) and
// the integration licence the API asks for (joinAPILicense).
func joinTerms(folded string) string {
	return joinAPILicense(joinExpiry(joinFortnoxAccount(folded)))
}

// joinAround writes term in place of the spans around each anchor in
// folded that span accepts. span gets the anchor's offset and the end of
// the last span replaced, which a span must not reach back over, and
// returns the span to replace. The text is copied only when a span is
// replaced, and never grows if no span is shorter than term.
func joinAround(folded, anchor, term string, span func(at, last int) (start, end int, ok bool)) string {
	var b strings.Builder
	last := 0
	for from := 0; ; {
		i := strings.Index(folded[from:], anchor)
		if i < 0 {
			break
		}
		at := from + i
		from = at + len(anchor)
		start, end, ok := span(at, last)
		if !ok {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(folded))
		}
		b.WriteString(folded[last:start])
		b.WriteString(term)
		last, from = end, max(from, end)
	}
	if last == 0 {
		return folded
	}
	b.WriteString(folded[last:])
	return b.String()
}
