package mcpserver_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

func TestExplainErrorInBothLanguages(t *testing.T) {
	const paste = `{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}`
	ex, err := diagnose.Explain(paste)
	if err != nil || len(ex.Matches) == 0 {
		t.Fatalf("the paste must match something: %v %v", ex, err)
	}
	for _, l := range langs {
		t.Run(string(l), func(t *testing.T) {
			cs := connect(t, i18n.English)
			var out mcpserver.ExplainOutput
			callOK(t, cs, "explain_error", map[string]any{"text": paste, "lang": string(l)}, &out)
			if out.Lang != l {
				t.Errorf("lang = %q, want %q", out.Lang, l)
			}
			matches := high(out.Matches)
			if len(matches) != len(ex.Matches) {
				t.Fatalf("%d confident matches, diagnose has %d", len(matches), len(ex.Matches))
			}
			for i, m := range matches {
				want := ex.Matches[i]
				fix := want.Fix()
				if m.ID != want.FixID || m.Title != fix.Title.In(l) || m.Summary != fix.Summary.In(l) || m.Score != want.Score {
					t.Errorf("match %d = %+v, want %s %q", i, m, want.FixID, fix.Title.In(l))
				}
				if m.Confidence != "high" {
					t.Errorf("match %d: confidence %q", i, m.Confidence)
				}
				if m.ResourceURI != "fortnox-doctor://fix/"+want.FixID {
					t.Errorf("match %d: resource %q", i, m.ResourceURI)
				}
				if len(m.Evidence) != len(want.Evidence) || m.Evidence[0] != want.Evidence[0].Message().In(l) {
					t.Errorf("match %d: evidence %q", i, m.Evidence)
				}
			}
			if !slices.Equal(out.Codes, []int{2000663}) {
				t.Errorf("codes = %v", out.Codes)
			}
			if out.Hint != "" || out.RedactionNote != "" {
				t.Errorf("a confident answer without secrets has a hint %q or note %q", out.Hint, out.RedactionNote)
			}
		})
	}
}

// TestExplainErrorAgreesWithDiagnose sends every realistic paste of
// diagnose's test data through the tool: the fixes, codes and data errors
// must be Explain's own, as the command line prints them.
func TestExplainErrorAgreesWithDiagnose(t *testing.T) {
	data, err := os.ReadFile("../diagnose/testdata/explain.pastes")
	if err != nil {
		t.Fatal(err)
	}
	cs := connect(t, i18n.Swedish)
	pastes := splitPastes(string(data))
	if len(pastes) < 50 {
		t.Fatalf("only %d pastes read; the reader is broken", len(pastes))
	}
	for _, paste := range pastes {
		ex, err := diagnose.Explain(paste)
		if err != nil {
			continue
		}
		var out mcpserver.ExplainOutput
		callOK(t, cs, "explain_error", map[string]any{"text": paste}, &out)
		var got, want []string
		for _, m := range high(out.Matches) {
			got = append(got, m.ID)
		}
		for _, m := range ex.Matches {
			want = append(want, m.FixID)
		}
		if !slices.Equal(got, want) || !slices.Equal(out.Codes, ex.Codes) || len(out.DataErrors) != len(ex.DataErrors) || out.Redactions != ex.Redactions {
			t.Errorf("paste %q: tool says %v %v, diagnose %v %v", firstLine(paste), got, out.Codes, want, ex.Codes)
		}
		if out.Lang != i18n.Swedish {
			t.Errorf("the server's default language is Swedish, the answer is %q", out.Lang)
		}
		for i, d := range out.DataErrors {
			if d.Meaning != ex.DataErrors[i].Meaning.In(i18n.Swedish) {
				t.Errorf("data error %d: %q", d.Code, d.Meaning)
			}
		}
	}
}

func TestExplainErrorHintsWhenNothingMatches(t *testing.T) {
	jwt := testkit.JWT(testkit.ExpiringClaims(testNow, 30*time.Minute))
	tests := []struct {
		name, paste string
		hint        i18n.Text
	}{
		{"nothing of any fix", "lorem ipsum dolor sit amet", i18n.MCPHintTree},
		{"another service's error, only guessed at", `{"kind":"Status","message":"Unauthorized","code":401}`, i18n.MCPHintGuesses},
		{"an activation link", "https://apps.fortnox.se/oauth-v1/auth?client_id=abc&response_type=code&scope=invoice&state=x", i18n.MCPHintCheckURL},
		{"a token", "Bearer " + jwt, i18n.MCPHintInspectToken},
		{"an OAuth error of any server", `{"error":"invalid_grant"}`, i18n.MCPHintAnyServer},
		{"a Fortnox message in words other software says too", "Saknar behörighet för att lista order", i18n.MCPHintSharedPhrase},
	}
	for _, l := range langs {
		cs := connect(t, l)
		for _, tc := range tests {
			t.Run(string(l)+"/"+tc.name, func(t *testing.T) {
				var out mcpserver.ExplainOutput
				callOK(t, cs, "explain_error", map[string]any{"text": tc.paste}, &out)
				if len(high(out.Matches)) != 0 {
					t.Fatalf("matches %v", out.Matches)
				}
				if out.Hint != tc.hint.In(l) {
					t.Errorf("hint = %q, want %q", out.Hint, tc.hint.In(l))
				}
				if out.AnyServer != (tc.hint == i18n.MCPHintAnyServer) {
					t.Errorf("any_server = %v", out.AnyServer)
				}
				if out.SharedPhrase != (tc.hint == i18n.MCPHintSharedPhrase) {
					t.Errorf("shared_phrase = %v", out.SharedPhrase)
				}
			})
		}
	}
}

func TestExplainErrorSaysSecretsWereHidden(t *testing.T) {
	const secret = "bZ7hQ2xLp9RtWq"
	paste := `POST https://apps.fortnox.se/oauth-v1/token client_id=AbCdEf123456&client_secret=` + secret + ` -> 401 {"error":"invalid_client"}`
	for _, l := range langs {
		cs := connect(t, l)
		var out mcpserver.ExplainOutput
		callOK(t, cs, "explain_error", map[string]any{"text": paste}, &out)
		if out.Redactions != 1 || !slices.Equal(out.RedactedKinds, []diagnose.SecretKind{diagnose.SecretClientSecret}) {
			t.Errorf("redactions %d %v", out.Redactions, out.RedactedKinds)
		}
		note, _ := report.RedactionNote(1, []diagnose.SecretKind{diagnose.SecretClientSecret}, l)
		if out.RedactionNote != note.Text {
			t.Errorf("note = %q, want %q", out.RedactionNote, note.Text)
		}
		if ex, _ := diagnose.Explain(paste); len(high(out.Matches)) != len(ex.Matches) || len(ex.Matches) > 0 && out.Matches[0].ID != ex.Matches[0].FixID {
			t.Errorf("matches %v, diagnose says %v", out.Matches, ex.Matches)
		}
	}
}

func TestExplainErrorRefusesBadInput(t *testing.T) {
	huge := strings.Repeat("Invalid refresh token ", diagnose.MaxInputBytes/20)
	for _, l := range langs {
		cs := connect(t, l)
		tests := []struct {
			name string
			args map[string]any
			want string // "" for any message
		}{
			{"empty", map[string]any{"text": ""}, i18n.DiagErrEmptyText.In(l)},
			{"blanks", map[string]any{"text": " \n\t "}, i18n.DiagErrEmptyText.In(l)},
			{"above 1 MiB", map[string]any{"text": huge}, i18n.DiagErrTooLarge.Format(l, "1 MiB")},
			{"no text", map[string]any{}, ""},
			{"text not a string", map[string]any{"text": 2000663}, ""},
		}
		for _, tc := range tests {
			t.Run(string(l)+"/"+tc.name, func(t *testing.T) {
				msg := callError(t, cs, "explain_error", tc.args)
				if tc.want != "" && msg != tc.want {
					t.Errorf("message = %q, want %q", msg, tc.want)
				}
			})
		}
	}
}

// high keeps the confident matches: Explain's Matches, without the low
// guesses an answer may add after them.
func high(ms []mcpserver.MatchOutput) []mcpserver.MatchOutput {
	var out []mcpserver.MatchOutput
	for _, m := range ms {
		if m.Confidence == "high" {
			out = append(out, m)
		}
	}
	return out
}

// splitPastes reads the pastes of a .pastes file (format in diagnose's
// pastes_test.go), without their expected answers.
func splitPastes(data string) []string {
	var pastes []string
	var body []string
	started := false
	flush := func() {
		if started {
			pastes = append(pastes, strings.Join(body, "\n"))
		}
		body = nil
	}
	for _, line := range strings.Split(data, "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") {
			flush()
			started = true
			continue
		}
		if started {
			body = append(body, line)
		}
	}
	flush()
	return pastes
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// fixTitle is a fix's title, for messages.
func fixTitle(id string, l i18n.Lang) string {
	f, _ := flows.Lookup(id)
	return f.Title.In(l)
}
