package flows

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// A fix's related fixes exist, are other fixes, and are named once.
func TestRelatedFixesExist(t *testing.T) {
	for _, f := range Fixes() {
		for i, id := range f.Related {
			if _, ok := Lookup(id); !ok || id == f.ID || slices.Index(f.Related, id) != i {
				t.Errorf("%s: related %q is unknown, itself or named twice", f.ID, id)
			}
		}
		if len(f.RelatedFixes()) != len(f.Related) {
			t.Errorf("%s: RelatedFixes lost one of %v", f.ID, f.Related)
		}
	}
}

// No text a person reads cites a fix's ID, which means nothing in the
// wizard: a fix that points at another lists it in Related, shown under
// "See also" with its title.
func TestTextsNameNoFixIDs(t *testing.T) {
	var ids []string
	for _, f := range Fixes() {
		ids = append(ids, regexp.QuoteMeta(f.ID))
	}
	cites := regexp.MustCompile(`(^|[^\w-])(` + strings.Join(ids, "|") + `)([^\w-]|$)`)
	for _, f := range Fixes() {
		texts := fixTexts(f)
		for name, text := range texts {
			for _, l := range i18n.Langs() {
				if m := cites.FindStringSubmatch(text.In(l)); m != nil {
					t.Errorf("%s %s (%s) cites the fix ID %q: %q", f.ID, name, l, m[2], text.In(l))
				}
			}
		}
	}
}

// "See also" lists each related fix by title and ID in every form.
func TestSeeAlsoIsRendered(t *testing.T) {
	f, _ := Lookup("fortnox-account-locked")
	r, _ := Lookup(f.Related[0])
	for _, l := range i18n.Langs() {
		line := RelatedLine(r.Title.In(l), r.ID)
		if text := PlainText(f, l, TextOptions{}); !strings.Contains(text, i18n.FixSeeAlso.In(l)) || !strings.Contains(text, line) {
			t.Errorf("PlainText (%s) lacks See also with %q", l, line)
		}
		if md := Markdown(f, l); !strings.Contains(md, "### "+i18n.FixSeeAlso.In(l)) || !strings.Contains(md, "(`"+r.ID+"`)") {
			t.Errorf("Markdown (%s) lacks See also with %s", l, r.ID)
		}
	}
}
