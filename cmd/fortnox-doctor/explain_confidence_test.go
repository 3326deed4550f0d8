package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestExplainConfidence: explain --json gives each match its confidence,
// confident matches first; a paste with only guesses lists them as low and
// exits 1, in text as "might be".
func TestExplainConfidence(t *testing.T) {
	cases := []struct {
		name, paste string
		code        int
		first       diagnose.Confidence
	}{
		{"an exact error", scopeError, 0, diagnose.ConfidenceHigh},
		{"a description", "kunden har inte rätt räkenskapsår i Fortnox", 1, diagnose.ConfidenceLow},
		{"another provider's error", `{"error":"invalid_grant","error_description":"AADSTS70008: The refresh token has expired"}`, 1, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runApp(t, c.paste, nil, "explain", "--json")
			if code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errOut)
			}
			var got explainJSON
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v:\n%s", err, out)
			}
			if c.first == "" {
				for _, m := range got.Matches {
					if m.Confidence != diagnose.ConfidenceLow {
						t.Errorf("match %s is %q, want low", m.ID, m.Confidence)
					}
				}
				return
			}
			if len(got.Matches) == 0 || got.Matches[0].Confidence != c.first {
				t.Fatalf("matches %+v, want the first %q", got.Matches, c.first)
			}
			seenLow := false
			for _, m := range got.Matches {
				switch m.Confidence {
				case diagnose.ConfidenceLow:
					seenLow = true
				case diagnose.ConfidenceHigh:
					if seenLow {
						t.Errorf("a high match after a low one: %+v", got.Matches)
					}
				default:
					t.Errorf("match %s has confidence %q", m.ID, m.Confidence)
				}
			}
		})
	}
	_, out, _ := runApp(t, "kunden har inte rätt räkenskapsår i Fortnox", nil, "explain")
	for _, want := range []string{i18n.CmdNoMatch.In(i18n.English), i18n.WizMightBe.In(i18n.English), "financial-year-missing"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}
