package diagnose

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// Match is a fix the paste points at, with how strongly and why.
type Match struct {
	// FixID is the catalogue ID of the fix.
	FixID string
	// Score ranks matches: a code outweighs a phrase, which outweighs an
	// OAuth error name, which outweighs an HTTP status; words of the fix
	// found in the paste add their weight (see retrieve).
	Score int
	// Confidence is High when the evidence names the problem, Low for a
	// guess offered as "might be".
	Confidence Confidence
	// Evidence is what in the paste pointed at the fix, strongest first.
	Evidence []Evidence
}

// Confidence is how sure a match is. The names are stable (explain --json).
type Confidence string

// The confidence levels.
const (
	// ConfidenceHigh: the paste names the problem (a code, Fortnox's text,
	// an OAuth error, enough of the fix's words).
	ConfidenceHigh Confidence = "high"
	// ConfidenceLow: a guess; the paste shares some words with the fix, or
	// is about another service.
	ConfidenceLow Confidence = "low"
)

// specific reports whether the match rests on evidence that names the
// problem (see Evidence.specific), not only on supporting evidence.
func (m Match) specific() bool { return slices.ContainsFunc(m.Evidence, Evidence.specific) }

// sharedPhrase reports whether the match rests on a Fortnox message in
// words other software says too, in a paste not about Fortnox.
func (m Match) sharedPhrase() bool {
	return slices.ContainsFunc(m.Evidence, func(e Evidence) bool { return e.Kind == EvidenceSharedPhrase })
}

// High reports whether the match is confident.
func (m Match) High() bool { return m.Confidence == ConfidenceHigh }

// Fix returns the matched fix from the catalogue.
func (m Match) Fix() flows.Fix {
	f, _ := flows.Lookup(m.FixID)
	return f
}

// Explanation is what Explain found in a paste.
type Explanation struct {
	// Matches are the fixes the paste points at with confidence, best
	// first. Several errors in one paste give several matches.
	Matches []Match
	// Guesses are low-confidence matches, best first, at most maxGuesses:
	// what the wizard offers as "might be one of these".
	Guesses []Match
	// Codes are the Fortnox error codes in the paste, in order of first
	// appearance, including codes that point at no fix.
	Codes []int
	// DataErrors are the codes that say the request's data is wrong, not
	// the integration: each has its meaning in both languages.
	DataErrors []flows.DataError
	// UnknownCodes are codes that are neither a fix's nor a data error.
	UnknownCodes []int
	// AnyServer reports that the best guess rests on an OAuth error every
	// OAuth server sends (invalid_grant) in a paste that does not say it
	// is Fortnox's: whose error it is is unsure, not what it means.
	AnyServer bool
	// SharedPhrase reports that the best guess rests on a Fortnox message
	// in words other software says too (flows.Signals.ContextPhrases) in a
	// paste that does not say it is Fortnox's.
	SharedPhrase bool
	// Redaction is how many secrets the paste held, and of which kinds.
	Redactions    int
	RedactedKinds []SecretKind
}

// Confident reports whether the explanation has an answer: a confident
// match or a known data error.
func (e Explanation) Confident() bool { return len(e.Matches) > 0 || len(e.DataErrors) > 0 }

// Explain finds every Fortnox signal in a paste (an error body, a log
// excerpt, an exception, a callback URL, a person's description) and ranks
// the fixes it points at. It understands ErrorInformation bodies with
// lower-case or capitalised keys and the code as a number or a string,
// plain text with the code in brackets or after a word, OAuth error bodies
// and callback query strings, HTTP status lines, and the same inside log
// lines, exceptions and JSON escaped into strings, in any letter case and
// with or without å/ä/ö; and, by a ranked word search over every fix's
// texts in both languages, descriptions in a person's own words. Text
// about another service matches nothing with confidence. The paste is
// sanitized and redacted first; the error is an *InputError for an empty
// paste or one above MaxInputBytes.
func Explain(paste string) (Explanation, error) { return explainWith(signals(), paste) }

// explainWith is Explain with a given signal table, so that a test can
// measure the matcher with a table built otherwise (without synonyms).
func explainWith(t *signalTable, paste string) (Explanation, error) {
	if err := checkInput(paste, inputText); err != nil {
		return Explanation{}, err
	}
	return explainRedacted(t, Redact(Sanitize(paste))), nil
}

// explainRedacted is Explain of a paste already checked, sanitized and
// redacted (by Read, which does that once for a paste of any kind).
func explainRedacted(t *signalTable, red Redaction) Explanation {
	p := scan(red.Text)
	// A paste that names another service and not Fortnox is about it; one
	// that merely holds an address of another host (the app's own callback)
	// may still be about Fortnox, but its HTTP statuses are not Fortnox's.
	foreign := !p.fortnox && namesOtherVendor(p.words)

	ex := Explanation{Redactions: red.Count, RedactedKinds: red.Kinds}
	ev := make([][]Evidence, len(t.fixes))
	add := func(fix int, e Evidence) {
		if !slices.Contains(ev[fix], e) {
			ev[fix] = append(ev[fix], e)
		}
	}

	phrases := t.phrases.find(p.words)
	phraseFixes := map[int]bool{}
	for _, ph := range phrases {
		add(ph.fix, Evidence{Kind: EvidencePhrase, Value: ph.text})
		phraseFixes[ph.fix] = true
	}

	// A number in brackets or after "error" is a code only when the paste
	// is about Fortnox, so that "Key (id)=(2000433)" from Postgres is none,
	// unless it is a known Fortnox code after a word that says so ("fel
	// 2000423", "Fortnox returned 2000423"); a paste of nothing but numbers is a user
	// typing the code they saw.
	about := p.fortnox || len(phrases) > 0
	onlyCodes := p.onlyCodes()
	for _, hit := range findCodes(p.folded) {
		fixes, isFix := t.codes[hit.code]
		d, isData := flows.LookupDataError(hit.code)
		known := isFix || isData
		switch {
		case hit.context == keyed:
		case hit.context == marked && about:
		case known && afterCodeWord(p.folded, hit.at):
		case onlyCodes:
		default:
			continue
		}
		if slices.Contains(ex.Codes, hit.code) {
			continue
		}
		ex.Codes = append(ex.Codes, hit.code)
		for _, f := range fixes {
			add(f, Evidence{Kind: EvidenceCode, Value: strconv.Itoa(hit.code)})
		}
		if isData {
			ex.DataErrors = append(ex.DataErrors, d)
		} else if !isFix {
			ex.UnknownCodes = append(ex.UnknownCodes, hit.code)
		}
	}

	// Fortnox's messages in words other software says too are its
	// phrases in a paste about Fortnox (it names Fortnox, or holds one of
	// its codes or messages), and a lead, not an answer, elsewhere.
	aboutFortnox := p.fortnox || len(phrases) > 0 || len(ex.Codes) > 0
	for _, c := range t.context.find(p.words) {
		if aboutFortnox {
			add(c.fix, Evidence{Kind: EvidencePhrase, Value: c.text})
			phraseFixes[c.fix] = true
			phrases = append(phrases, c)
		} else {
			add(c.fix, Evidence{Kind: EvidenceSharedPhrase, Value: c.text})
		}
	}

	for _, body := range findBodies(p.folded) {
		for _, b := range t.bodies {
			if b.folded == body {
				add(b.fix, Evidence{Kind: EvidenceBody, Value: b.text})
			}
		}
	}

	oauthErrors := findOAuthErrors(p.folded, t.names)
	for _, name := range oauthErrors {
		owners, why := oauthErrorOwners(t, name, p, phraseFixes)
		for _, f := range owners {
			add(f, Evidence{Kind: EvidenceOAuthError, Value: name})
			if len(why) > 0 {
				add(f, Evidence{Kind: EvidenceWords, Value: joinWords(why)})
			}
		}
	}

	// A callback "without code or error" does not count when the paste
	// names an OAuth error anyway (a log may split the query string).
	if len(t.callback) > 0 && len(oauthErrors) == 0 && callbackWithoutCode(p.clean) {
		for _, f := range t.callback {
			add(f, Evidence{Kind: EvidenceCallback})
		}
	}

	if p.fortnox {
		for _, g := range t.generic.find(p.words) {
			add(g.fix, Evidence{Kind: EvidenceGenericPhrase, Value: g.text})
		}
	}
	if !foreign && !p.foreign {
		for _, status := range findStatuses(p.words) {
			v := strconv.Itoa(status)
			for _, f := range t.decisive[status] {
				add(f, Evidence{Kind: EvidenceDecisiveStatus, Value: v})
			}
			for _, f := range t.statuses[status] {
				add(f, Evidence{Kind: EvidenceHTTPStatus, Value: v})
			}
		}
	}

	// The word search is for what the exact signals miss: a fix they
	// already name keeps its evidence and score as they are.
	points := make([]int, len(t.fixes))
	for _, w := range t.words.retrieveWith(p.folded, identifierWords(p.clean)) {
		if slices.ContainsFunc(ev[w.fix], Evidence.specific) {
			continue
		}
		if pts := wordPoints(w.score); pts >= lowWordPoints {
			add(w.fix, Evidence{Kind: EvidenceWords, Value: joinWords(w.words)})
			points[w.fix] = pts
		}
	}

	// A fix whose signals rule out a text gets nothing from a paste with
	// it. A fix whose exact signals need a text, such as a legacy header
	// for 2000310, gets none of them from a paste without it; its words
	// still count, since a person describing the problem ("the old
	// Access-Token method was switched off") names no header.
	for i, f := range t.fixes {
		if len(ev[i]) == 0 && points[i] == 0 {
			continue
		}
		switch gate(f.Signals, p.folded) {
		case gateExcluded:
			ev[i], points[i] = nil, 0
		case gateNeedsText:
			ev[i] = slices.DeleteFunc(ev[i], func(e Evidence) bool { return e.Kind != EvidenceWords })
		}
	}

	// Words alone are not enough about a paste that holds another
	// service's address (Docker's "pull rate limit").
	ctx := whoseError{
		foreign: foreign, otherHost: p.foreign,
		fortnox: p.fortnox || len(phrases) > 0 || len(ex.Codes) > 0,
	}
	ex.Matches, ex.Guesses = rank(t, ev, points, ctx)
	ex.AnyServer = !ctx.fortnox && len(ex.Matches) == 0 && len(ex.Guesses) > 0 &&
		slices.ContainsFunc(ex.Guesses[0].Evidence, func(e Evidence) bool {
			return e.Kind == EvidenceOAuthError && flows.IsStandardOAuthError(e.Value)
		})
	ex.SharedPhrase = !ctx.fortnox && len(ex.Matches) == 0 && len(ex.Guesses) > 0 && ex.Guesses[0].sharedPhrase()
	return ex
}

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

// onlyCodes reports whether the paste is nothing but numbers, as when a
// user types the code they saw.
func (p scanned) onlyCodes() bool {
	for i := 0; i < len(p.folded); i++ {
		c := p.folded[i]
		if !(c >= '0' && c <= '9' || isSpace(c) || c == ',') {
			return false
		}
	}
	return true
}

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

// wordPoints turns a retrieval score into score points.
func wordPoints(score float64) int { return int(math.Round(score * 10)) }

// The word search's thresholds, in score points (a word only one fix has,
// said once in a phrase, is worth about 36). They are calibrated on the
// tuning set of the corpus (testdata/corpus/tuning.jsonl): highWordPoints
// lies above every score a text of another system reaches there (the
// highest, 153, is another API's rate limit with its 429), with a margin
// for texts not seen. Guesses are cheap, as a low match is never an
// answer: lowWordPoints lets any fix that shares a meaningful word with
// the paste be offered next to the best guess, which must reach
// guessWordPoints so that one common word ("exists") is no lead.
const (
	highWordPoints = 170
	// clearLead is how far ahead a match of words alone must be to be
	// confident: every other fix must score less than this share of its
	// score. On the tuning set, the runner-up of the 21 right matches of
	// words alone above highWordPoints reached 5–65% of the best score, and
	// 72% and 87% for the two wrong ones (one right one: 73%).
	clearLead = 0.7
	// guessWordPoints is what the best of guesses made of words alone
	// must reach for any of them to be offered.
	guessWordPoints = 25
	lowWordPoints   = 12
	// maxGuesses is how many low-confidence matches an explanation keeps.
	maxGuesses = 3
)
