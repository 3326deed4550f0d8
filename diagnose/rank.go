package diagnose

import (
	"cmp"
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// rank turns each fix's evidence into a match and sorts the matches into
// confident ones and guesses, each best first (ties in catalogue order).
//
// A match is confident when its exact evidence reaches confidentScore (one
// specific signal, or a generic phrase with its HTTP status), or, when no
// fix has specific evidence, when the words of the fix found (with any
// generic evidence, such as "Too Many Requests" from Fortnox) reach
// highWordPoints, no other fix comes close (clearLead) and the paste holds
// no other service's address. A match made only of generic evidence (a
// 401 and "Unauthorized") is a guess when another match has specific
// evidence: the specific one explains the status. So is every match of a
// paste about another service, unless a Fortnox code backs it, and every
// match backed only by what any system may say (an OAuth error of RFC
// 6749, words) in a paste that does not say it is about Fortnox. Among
// guesses, those with specific evidence come first.
func rank(t *signalTable, ev [][]Evidence, points []int, ctx whoseError) (matches, guesses []Match) {
	type scored struct {
		m        Match
		exact    int // score of the exact evidence
		words    int // points of the words found
		specific bool
		keyed    bool // backed by a Fortnox code
		// fortnoxOwn: backed by something only Fortnox says (a code, a
		// phrase, a body, an error_ name), not only by what any OAuth
		// server or any text may say.
		fortnoxOwn bool
	}
	var all []scored
	anySpecific := false
	for i, list := range ev {
		if len(list) == 0 {
			continue
		}
		s := scored{m: Match{FixID: t.fixes[i].ID, Evidence: list}, words: points[i]}
		for _, e := range list {
			if e.Kind != EvidenceWords {
				s.exact += e.weight()
			}
			s.specific = s.specific || e.specific()
			s.keyed = s.keyed || e.Kind == EvidenceCode
			s.fortnoxOwn = s.fortnoxOwn || e.specific() && !(e.Kind == EvidenceOAuthError && flows.IsStandardOAuthError(e.Value))
		}
		s.m.Score = s.exact + s.words
		slices.SortStableFunc(s.m.Evidence, func(a, b Evidence) int { return cmp.Compare(b.weight(), a.weight()) })
		anySpecific = anySpecific || s.specific
		all = append(all, s)
	}
	// runnerUp is the best score of the fixes other than all[i].
	runnerUp := func(i int) int {
		best := 0
		for j, o := range all {
			if j != i {
				best = max(best, o.m.Score)
			}
		}
		return best
	}
	for i, s := range all {
		high := s.exact >= confidentScore && (s.specific || !anySpecific) ||
			!anySpecific && !ctx.otherHost && s.exact+s.words >= highWordPoints &&
				float64(runnerUp(i)) < clearLead*float64(s.m.Score)
		// What any server or any text may say (invalid_grant, "rate
		// limit") is Fortnox's only in a paste about Fortnox.
		if !ctx.fortnox && !s.fortnoxOwn {
			high = false
		}
		if ctx.foreign && !s.keyed {
			high = false
		}
		if high {
			s.m.Confidence = ConfidenceHigh
			matches = append(matches, s.m)
		} else {
			s.m.Confidence = ConfidenceLow
			guesses = append(guesses, s.m)
		}
	}
	byScore := func(a, b Match) int { return cmp.Compare(b.Score, a.Score) }
	slices.SortStableFunc(matches, byScore)
	// Among guesses too, what the paste names (an OAuth error any server
	// may send, a Fortnox message other software says too) goes before
	// what its words suggest.
	specificFirst := func(m Match) int {
		if m.specific() || m.sharedPhrase() {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(guesses, func(a, b Match) int {
		return cmp.Or(cmp.Compare(specificFirst(a), specificFirst(b)), byScore(a, b))
	})
	// Without a confident match, guesses made of words alone are offered
	// only when the best of them is worth a guess or shares two words or
	// more with the paste: one common shared word ("exists") is no lead.
	// Next to a confident match they are the alternatives, and any that
	// shares a meaningful word (lowWordPoints) may be the one.
	if len(matches) == 0 && len(guesses) > 0 && guesses[0].Score < guessWordPoints && wordsFound(guesses[0]) < 2 {
		guesses = slices.DeleteFunc(guesses, func(m Match) bool {
			return !slices.ContainsFunc(m.Evidence, func(e Evidence) bool { return e.Kind != EvidenceWords })
		})
	}
	return matches, guesses[:min(len(guesses), maxGuesses)]
}

// whoseError is what a paste says about whose error it is.
type whoseError struct {
	// fortnox: the paste names Fortnox or a fortnox.se address, or holds
	// a Fortnox phrase or code.
	fortnox bool
	// foreign: the paste names another service and not Fortnox.
	foreign bool
	// otherHost: the paste holds another service's address and not
	// Fortnox's.
	otherHost bool
}

// wordsFound is how many of the fix's words a match's evidence names.
func wordsFound(m Match) int {
	for _, e := range m.Evidence {
		if e.Kind == EvidenceWords {
			return len(strings.Split(e.Value, wordSeparator))
		}
	}
	return 0
}
