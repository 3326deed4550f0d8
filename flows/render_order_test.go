package flows

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// For a person, what they do comes before why, in text and Markdown as on
// the wizard's screen (fortnox.md §8); without one, the cause leads.
func TestWhatYouDoComesBeforeTheCause(t *testing.T) {
	for _, f := range Fixes() {
		for _, l := range i18n.Langs() {
			for _, p := range Persons() {
				forms := map[string]string{
					"text":     PlainText(f, l, TextOptions{Person: p}),
					"markdown": MarkdownAs(f, l, p),
				}
				for form, out := range forms {
					do, why := strings.Index(out, i18n.FixYouDo.In(l)), strings.Index(out, i18n.FixCause.In(l))
					if do < 0 || why < 0 || do > why {
						t.Errorf("%s as %s (%s, %s): %q at %d, %q at %d", f.ID, p, l, form, i18n.FixYouDo.In(l), do, i18n.FixCause.In(l), why)
					}
				}
			}
			out := PlainText(f, l, TextOptions{})
			if why, steps := strings.Index(out, i18n.FixCause.In(l)), strings.Index(out, i18n.FixSteps.In(l)); why < 0 || steps < 0 || why > steps {
				t.Errorf("%s (%s) without a person: the cause does not lead the steps", f.ID, l)
			}
		}
	}
}
