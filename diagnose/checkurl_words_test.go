package diagnose

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Words that are no link get one clear finding, not a list of everything
// an activation link lacks.
func TestCheckURLOfWords(t *testing.T) {
	for _, paste := range []string{"not a url", "hello", "Invalid refresh token"} {
		r, err := CheckURL(paste)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Findings) != 1 || r.Findings[0].Code != "not-a-link" || r.OK {
			t.Errorf("CheckURL(%q) = %+v, want one not-a-link finding", paste, r.Findings)
		}
	}
	if r, _ := CheckURL("apps.fortnox.se/oauth-v1/auth?client_id=a"); len(r.Findings) > 0 && r.Findings[0].Code == "not-a-link" {
		t.Error("a link without a scheme was taken for words")
	}
}

// A wrong value is named once, then explained: the explanation is the
// parameter's own, and nothing in the message says the same thing twice.
func TestCheckURLWrongValueSaysItOnce(t *testing.T) {
	r, err := CheckURL("https://apps.fortnox.se/oauth-v1/auth?client_id=a&response_type=token&scope=invoice&state=x")
	if err != nil {
		t.Fatal(err)
	}
	rt, _ := flows.LookupAuthorizationParam("response_type")
	for _, f := range r.Findings {
		if f.Code != "response-type" {
			continue
		}
		for _, l := range i18n.Langs() {
			m := f.Message.In(l)
			if !strings.Contains(m, rt.About.In(l)) || strings.Count(m, "code") != strings.Count(`"token". `+rt.About.In(l), "code") {
				t.Errorf("%s: %q", l, m)
			}
		}
		return
	}
	t.Error("no response-type finding")
}
