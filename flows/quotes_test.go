package flows

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// quotations are the quoted parts of a text: English opens with “ and
// closes with ”, Swedish uses ” for both.
var quotations = map[i18n.Lang]*regexp.Regexp{
	i18n.English: regexp.MustCompile(`“[^“”]*”`),
	i18n.Swedish: regexp.MustCompile(`”[^”]*”`),
}

// TestNoQuotationEndsInASpace: no text of a fix, in either language, has
// a quotation that ends in a space (“Bearer ”): wrapped at that space, the
// closing quote starts the next line alone.
func TestNoQuotationEndsInASpace(t *testing.T) {
	for _, f := range Fixes() {
		for name, text := range fixTexts(f) {
			for _, l := range i18n.Langs() {
				for _, q := range quotations[l].FindAllString(text.In(l), -1) {
					inner := strings.TrimSuffix(q, "”")
					if r := []rune(inner); len(r) > 1 && unicode.IsSpace(r[len(r)-1]) {
						t.Errorf("%s %s (%s): the quotation %s ends in a space", f.ID, name, l, q)
					}
				}
			}
		}
	}
}
