package diagnose

import (
	"slices"
	"strings"
	"sync"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// signalTable is the catalogue's signals, folded for matching once. The
// matcher knows nothing about Fortnox beyond it.
type signalTable struct {
	fixes    []flows.Fix
	phrases  phraseIndex
	context  phraseIndex // phrases that count in a paste about Fortnox
	generic  phraseIndex
	bodies   []phraseSignal
	oauth    map[string][]int // error name → fixes
	names    []string         // OAuth error names, sorted
	codes    map[int][]int
	statuses map[int][]int
	decisive map[int][]int
	callback []int
	words    *wordIndex
}

// phraseSignal is one fix's phrase: as declared, and folded to words.
type phraseSignal struct {
	fix    int
	text   string
	folded string
}

// signals builds the table from the catalogue once; it is read-only after.
var signals = sync.OnceValue(func() *signalTable {
	t := &signalTable{
		fixes:    flows.Fixes(),
		oauth:    map[string][]int{},
		codes:    map[int][]int{},
		statuses: map[int][]int{},
		decisive: map[int][]int{},
	}
	var phrases, context, generic []phraseSignal
	for i, f := range t.fixes {
		s := f.Signals
		for _, p := range s.Phrases {
			phrases = append(phrases, newPhraseSignal(i, p))
		}
		for _, p := range s.ContextPhrases {
			context = append(context, newPhraseSignal(i, p))
		}
		for _, p := range s.GenericPhrases {
			generic = append(generic, newPhraseSignal(i, p))
		}
		for _, p := range s.Bodies {
			t.bodies = append(t.bodies, phraseSignal{fix: i, text: p, folded: fold(p)})
		}
		for _, name := range s.OAuthErrors {
			name = strings.ToLower(name)
			if _, ok := t.oauth[name]; !ok {
				t.names = append(t.names, name)
			}
			t.oauth[name] = append(t.oauth[name], i)
		}
		for _, c := range s.Codes {
			t.codes[c] = append(t.codes[c], i)
		}
		for _, c := range s.HTTPStatuses {
			t.statuses[c] = append(t.statuses[c], i)
		}
		for _, c := range s.DecisiveHTTPStatuses {
			t.decisive[c] = append(t.decisive[c], i)
		}
		if s.CallbackWithoutCode {
			t.callback = append(t.callback, i)
		}
	}
	slices.Sort(t.names)
	t.phrases, t.context, t.generic = newPhraseIndex(phrases), newPhraseIndex(context), newPhraseIndex(generic)
	t.words = newWordIndex(t.fixes)
	return t
})

func newPhraseSignal(fix int, p string) phraseSignal {
	return phraseSignal{fix: fix, text: p, folded: strings.TrimSpace(words(fold(p)))}
}

// gateResult is what a fix's RequiresAny and ExcludedBy say of a paste.
type gateResult int

const (
	gateOpen      gateResult = iota
	gateNeedsText            // the fix requires a text the paste lacks
	gateExcluded             // the paste holds a text that rules the fix out
)

// gate tells whether a fix may match this paste: it requires one of its
// RequiresAny texts and the paste holds none, or the paste holds one of its
// ExcludedBy texts (flows.Signals). folded is the paste as fold made it;
// the texts are folded the same way.
func gate(s flows.Signals, folded string) gateResult {
	holds := func(texts []string) bool {
		return slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(folded, fold(t)) })
	}
	switch {
	case holds(s.ExcludedBy):
		return gateExcluded
	case len(s.RequiresAny) > 0 && !holds(s.RequiresAny):
		return gateNeedsText
	}
	return gateOpen
}
