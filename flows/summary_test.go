package flows

import (
	"regexp"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// youWords address the reader in each language.
var youWords = map[i18n.Lang]*regexp.Regexp{
	i18n.English: regexp.MustCompile(`(?i)\b(you|your|yours)\b`),
	i18n.Swedish: regexp.MustCompile(`(?i)(^|[^\pL])(du|dig|din|ditt|dina)($|[^\pL])`),
}

// TestSummaryAddressesNoOne: a fix more than one person acts on shows its
// summary to each of them, above their own steps, so the summary names
// who does what instead of telling "you" (the integrator) to do it.
func TestSummaryAddressesNoOne(t *testing.T) {
	for _, f := range Fixes() {
		if len(f.Who) < 2 {
			continue
		}
		for _, l := range i18n.Langs() {
			if s := f.Summary.In(l); youWords[l].MatchString(s) {
				t.Errorf("%s (%s): the summary addresses the reader: %s", f.ID, l, s)
			}
		}
	}
}
