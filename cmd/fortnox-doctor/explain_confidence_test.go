package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
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
			var got shape.Explain[shape.Match]
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

// TestExplainWhoseErrorIsUnsure: a text that holds only what other
// software says too (an OAuth error every server sends, words Fortnox
// uses that other software uses too) and does not say it is Fortnox's is
// a guess that says so, in text and JSON; the same text naming Fortnox is
// not.
func TestExplainWhoseErrorIsUnsure(t *testing.T) {
	for _, c := range []struct {
		paste       string
		any, shared bool
	}{
		{`{"error":"invalid_grant"}`, true, false},
		{`Fortnox answered {"error":"invalid_grant"}`, false, false},
		{"Saknar behörighet för att lista order", false, true},
		{"Fortnox: Saknar behörighet för att lista order", false, false},
	} {
		_, out, _ := runApp(t, c.paste, nil, "explain", "--json")
		var got shape.Explain[shape.Match]
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%v:\n%s", err, out)
		}
		if got.AnyServer != c.any || got.SharedPhrase != c.shared || !strings.Contains(out, `"any_server"`) || !strings.Contains(out, `"shared_phrase"`) {
			t.Errorf("explain --json %q: any_server %v, shared_phrase %v; want %v, %v:\n%s", c.paste, got.AnyServer, got.SharedPhrase, c.any, c.shared, out)
		}
		for _, l := range i18n.Langs() {
			_, text, _ := runApp(t, c.paste, nil, "explain", "--lang", string(l))
			if strings.Contains(text, i18n.CmdAnyServer.In(l)) != c.any || strings.Contains(text, i18n.CmdSharedPhrase.In(l)) != c.shared {
				t.Errorf("explain --lang %s %q: want the any-server heading %v, the shared-phrase heading %v:\n%s", l, c.paste, c.any, c.shared, text)
			}
			if (c.any || c.shared) && strings.Contains(text, i18n.CmdNoMatch.In(l)) {
				t.Errorf("explain --lang %s %q says no Fortnox error was recognised:\n%s", l, c.paste, text)
			}
		}
	}
}
