package diagnose

import (
	"slices"
	"strconv"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

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
	// 2000423", "Fortnox returned 2000423") or in square brackets after a
	// message, as Fortnox's plain-text bodies have it ("Kundnummer 1
	// används redan. [2000637]"); a paste of nothing but numbers is a user
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
		case known && endsAMessage(p.folded, hit.at):
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
