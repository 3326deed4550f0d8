package diagnose

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// A link pasted into the wizard (Read) is read as check-url reads it: an
// invisible character pasted raw in a scope is an error there, not
// dropped so that the scope looks valid.
func TestReadChecksALinkAsCheckURLDoes(t *testing.T) {
	for _, link := range []string{
		strings.Replace(auditURL, "company", "company\u200b", 1),
		strings.Replace(auditURL, "company", "company\u2060", 1),
		auditURL,
	} {
		r, err := Read(link, time.Now())
		if err != nil || r.Kind != PasteActivationURL {
			t.Fatalf("Read(%q) = %v, %v", link, r.Kind, err)
		}
		want, err := CheckURL(link)
		if err != nil {
			t.Fatal(err)
		}
		if got, wantCodes := codesOf(r.URL.Findings), codesOf(want.Findings); !slices.Equal(got, wantCodes) {
			t.Errorf("Read(%q) findings %v, check-url %v", link, got, wantCodes)
		}
		if hasInvisible := link != auditURL; hasInvisible != slices.Contains(codesOf(r.URL.Findings), "invisible-character") {
			t.Errorf("Read(%q): invisible-character finding = %v", link, !hasInvisible)
		}
	}
}
