package diagnose

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// Match is a fix the paste points at, with how strongly and why.
type Match struct {
	// FixID is the catalogue ID of the fix.
	FixID string
	// Score ranks matches: a code outweighs a phrase, which outweighs an
	// OAuth error name, which outweighs an HTTP status.
	Score int
	// Evidence is what in the paste pointed at the fix, strongest first.
	Evidence []Evidence
}

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
	// Codes are the Fortnox error codes in the paste, in order of first
	// appearance, including codes that point at no fix.
	Codes []int
	// DataErrors are the codes that say the request's data is wrong, not
	// the integration: each has its meaning in both languages.
	DataErrors []flows.DataError
	// UnknownCodes are codes that are neither a fix's nor a data error.
	UnknownCodes []int
	// Redaction is how many secrets the paste held, and of which kinds.
	Redactions    int
	RedactedKinds []SecretKind
}

// Confident reports whether the explanation has an answer: a confident
// match or a known data error.
func (e Explanation) Confident() bool { return len(e.Matches) > 0 || len(e.DataErrors) > 0 }

// Explain finds every Fortnox signal in a paste (an error body, a log
// excerpt, an exception, a callback URL) and ranks the fixes it points at.
// It understands ErrorInformation bodies with lower-case or capitalised
// keys and the code as a number or a string, plain text with the code in
// brackets, OAuth error bodies and callback query strings, HTTP status
// lines, and the same inside log lines, exceptions and JSON escaped into
// strings, in any letter case and with or without å/ä/ö. Text about other
// services matches nothing. The paste is sanitized and redacted first; the
// error is an *InputError for an empty paste or one above MaxInputBytes.
func Explain(paste string) (Explanation, error) {
	if err := checkInput(paste, inputText); err != nil {
		return Explanation{}, err
	}
	red := Redact(Sanitize(paste))
	p := scan(red.Text)
	t := signals()

	ex := Explanation{Redactions: red.Count, RedactedKinds: red.Kinds}
	ev := make([][]Evidence, len(t.fixes))
	add := func(fix int, e Evidence) {
		if !slices.Contains(ev[fix], e) {
			ev[fix] = append(ev[fix], e)
		}
	}

	phrases := findPhrases(p.words, t.phrases)
	phraseFixes := map[int]bool{}
	for _, ph := range phrases {
		add(ph.fix, Evidence{EvidencePhrase, ph.text})
		phraseFixes[ph.fix] = true
	}

	// Codes in brackets or after "error" count only when the paste is
	// about Fortnox, so that "Key (id)=(2000433)" from Postgres is no code.
	// A number in brackets or after "error" is a code only when the paste
	// is about Fortnox, so that "Key (id)=(2000433)" from Postgres is none;
	// a paste of nothing but numbers is a user typing the code they saw.
	about := p.fortnox || len(phrases) > 0
	onlyCodes := p.onlyCodes()
	for _, hit := range findCodes(p.folded) {
		switch {
		case hit.context == keyed:
		case hit.context == marked && about:
		case onlyCodes:
		default:
			continue
		}
		if slices.Contains(ex.Codes, hit.code) {
			continue
		}
		ex.Codes = append(ex.Codes, hit.code)
		fixes, ok := t.codes[hit.code]
		for _, f := range fixes {
			add(f, Evidence{EvidenceCode, strconv.Itoa(hit.code)})
		}
		if d, isData := flows.LookupDataError(hit.code); isData {
			ex.DataErrors = append(ex.DataErrors, d)
		} else if !ok {
			ex.UnknownCodes = append(ex.UnknownCodes, hit.code)
		}
	}

	for _, body := range findBodies(p.folded) {
		for _, b := range t.bodies {
			if b.folded == body {
				add(b.fix, Evidence{EvidenceBody, b.text})
			}
		}
	}

	// An OAuth error shared by several fixes goes to those whose phrase is
	// in the paste, if any; otherwise to those that do not need one.
	oauthErrors := findOAuthErrors(p.folded, t.names)
	for _, name := range oauthErrors {
		fixes := t.oauth[name]
		decided := slices.ContainsFunc(fixes, func(f int) bool { return phraseFixes[f] })
		for _, f := range fixes {
			needs := t.fixes[f].Signals.OAuthErrorsNeedPhrase
			if (decided && phraseFixes[f]) || (!decided && !needs) {
				add(f, Evidence{EvidenceOAuthError, name})
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
		for _, g := range findPhrases(p.words, t.generic) {
			add(g.fix, Evidence{EvidenceGenericPhrase, g.text})
		}
	}
	if !p.foreign {
		for _, status := range findStatuses(p.words) {
			v := strconv.Itoa(status)
			for _, f := range t.decisive[status] {
				add(f, Evidence{EvidenceDecisiveStatus, v})
			}
			for _, f := range t.statuses[status] {
				add(f, Evidence{EvidenceHTTPStatus, v})
			}
		}
	}

	// A fix whose signals need (or rule out) a text, such as a legacy
	// header, gets nothing from a paste without (or with) it.
	for i, f := range t.fixes {
		if len(ev[i]) > 0 && gated(f.Signals, p.folded) {
			ev[i] = nil
		}
	}

	ex.Matches = rank(t, ev)
	return ex, nil
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

// rank turns each fix's evidence into a match, keeps the confident ones,
// and sorts them best first (ties in catalogue order). A match made only of
// generic evidence (a 401 and "Unauthorized") is dropped when another match
// has specific evidence: the specific one explains the status.
func rank(t *signalTable, ev [][]Evidence) []Match {
	var matches []Match
	anySpecific := false
	for i, list := range ev {
		if len(list) == 0 {
			continue
		}
		m := Match{FixID: t.fixes[i].ID, Evidence: list}
		specific := false
		for _, e := range list {
			m.Score += e.weight()
			specific = specific || e.specific()
		}
		if m.Score < confidentScore {
			continue
		}
		anySpecific = anySpecific || specific
		slices.SortStableFunc(m.Evidence, func(a, b Evidence) int { return cmp.Compare(b.weight(), a.weight()) })
		matches = append(matches, m)
	}
	if anySpecific {
		matches = slices.DeleteFunc(matches, func(m Match) bool {
			return !slices.ContainsFunc(m.Evidence, Evidence.specific)
		})
	}
	slices.SortStableFunc(matches, func(a, b Match) int { return cmp.Compare(b.Score, a.Score) })
	return matches
}
