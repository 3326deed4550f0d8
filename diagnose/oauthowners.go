package diagnose

import (
	"cmp"
	"slices"
	"strings"
)

// oauthErrorOwners picks which of the fixes that share an OAuth error it
// counts for: those whose phrase is in the paste, if any; otherwise those
// that need no phrase, unless the paste's other words are more about one
// that does, which then takes it with those words (why) as evidence.
// invalid_grant in a text about a refresh token that two processes raced
// to use is "Invalid refresh token" whether or not the text quotes
// Fortnox's phrase; invalid_grant alone is any spent code or token. The
// error's own name is left out of the words compared, since the broader
// fix has it among its words too.
func oauthErrorOwners(t *signalTable, name string, p scanned, phraseFixes map[int]bool) (owners []int, why []string) {
	fixes := t.oauth[name]
	if slices.ContainsFunc(fixes, func(f int) bool { return phraseFixes[f] }) {
		return slices.DeleteFunc(slices.Clone(fixes), func(f int) bool { return !phraseFixes[f] }), nil
	}
	var open, needy []int
	for _, f := range fixes {
		if t.fixes[f].Signals.OAuthErrorsNeedPhrase {
			needy = append(needy, f)
		} else {
			open = append(open, f)
		}
	}
	if len(needy) == 0 {
		return open, nil
	}
	found := make(map[int]wordMatch, len(fixes))
	for _, w := range t.words.retrieveWith(strings.ReplaceAll(p.folded, name, " "), identifierWords(p.clean)) {
		if slices.Contains(fixes, w.fix) {
			found[w.fix] = w
		}
	}
	best := slices.MaxFunc(needy, func(a, b int) int { return cmp.Compare(found[a].score, found[b].score) })
	if found[best].score == 0 || slices.ContainsFunc(open, func(f int) bool { return found[f].score >= found[best].score }) {
		return open, nil
	}
	return []int{best}, found[best].words
}
