package flows

import (
	"regexp"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestSourcesSayWhatTheyShowInBothLanguages: a source named by its
// repository and number says what it shows in About, in both languages,
// not in its title, which stays as it is on every screen (an outside audit
// read "issue 234: tokens stop working within hours" on a Swedish one).
func TestSourcesSayWhatTheyShowInBothLanguages(t *testing.T) {
	named := regexp.MustCompile(`^[\w.-]+/[\w.-]+( (issue|PR) \d+)?$`)
	described := regexp.MustCompile(`^[\w.-]+/[\w.-]+( (issue|PR) \d+)?[:(]`)
	for _, f := range Fixes() {
		for _, s := range f.Sources {
			if described.MatchString(s.Title) {
				t.Errorf("%s: the source %q says what it shows in its title, in one language; that belongs in About", f.ID, s.Title)
			}
			if !s.About.IsZero() && (s.About.En == "" || s.About.Sv == "") {
				t.Errorf("%s: the source %q says what it shows in one language only: %+v", f.ID, s.Title, s.About)
			}
			if s.About.IsZero() && named.MatchString(s.Title) && regexp.MustCompile(` (issue|PR) \d+$`).MatchString(s.Title) {
				t.Errorf("%s: the source %q is named by its number alone and says nothing of what it shows", f.ID, s.Title)
			}
			if !s.About.IsZero() && !named.MatchString(s.Title) {
				t.Errorf("%s: the source %q has a title of its own and an About", f.ID, s.Title)
			}
			for _, l := range i18n.Langs() {
				if s.Label(l) == "" {
					t.Errorf("%s: a source without a label in %s", f.ID, l)
				}
			}
		}
	}
}
