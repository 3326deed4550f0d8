package report

import (
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

func explainDoc(t *testing.T, paste string, l i18n.Lang) Document {
	t.Helper()
	ex, err := diagnose.Explain(paste)
	if err != nil {
		t.Fatal(err)
	}
	return Explanation(ex, diagnose.Classify(paste), Command, l)
}

// Every line of every document fits the width it was drawn at, unless it
// is a single word that cannot be broken (a URL, a flag, an ID).
func TestDrawFitsWidth(t *testing.T) {
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	url, _ := diagnose.CheckURL("apps.fortnox.se/oauth-v1/authorize?client_id=abc&scope=invoice,customer&state=x")
	tok, _ := diagnose.InspectToken(`{"access_token":"x","refresh_token":"y","scope":"invoice customer","expires_in":3600}`, now)
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		docs := map[string]Document{
			"explain": explainDoc(t, `{"ErrorInformation":{"error":1,"message":"Kan inte hitta kontot.","code":2000423}} and 2000106 and 2999999`, l),
			"url":     URL(url, l),
			"token":   Token(tok, now, l),
		}
		for name, d := range docs {
			for _, width := range []int{40, 80, 120} {
				for _, r := range []Renderer{{Width: width, Cursor: -1}, {Width: width, Gutter: 2, Cursor: 0, On: Wizard}} {
					for _, line := range r.Draw(d).Lines {
						if textwrap.Width(line) > width && strings.Contains(strings.TrimSpace(line), " ") && !strings.Contains(line, "→ fortnox-doctor show") {
							t.Errorf("%s %s at %d: %q is %d wide", name, l, width, line, textwrap.Width(line))
						}
					}
				}
			}
		}
	}
}

// The choices of a drawn document are the document's choices, each span
// holding its block's lines, and the pointer is on the one under the
// cursor.
func TestDrawChoices(t *testing.T) {
	d := explainDoc(t, "Fortnox error 2000423 and invalid_grant Invalid refresh token", i18n.English)
	d.Add(Action{ID: "questions", Text: i18n.WizAnswerInstead.In(i18n.English)})
	ids := d.Choices()
	if len(ids) < 3 || ids[len(ids)-1] != "questions" {
		t.Fatalf("choices = %v", ids)
	}
	for cursor := range ids {
		drawn := Renderer{Width: 80, Gutter: 2, Cursor: cursor, On: Wizard}.Draw(d)
		if len(drawn.Choices) != len(ids) {
			t.Fatalf("%d spans for %d choices", len(drawn.Choices), len(ids))
		}
		for i, span := range drawn.Choices {
			pointed := strings.HasPrefix(drawn.Lines[span[0]], ">")
			if pointed != (i == cursor) {
				t.Errorf("cursor %d: choice %d pointed = %v:\n%s", cursor, i, pointed, drawn)
			}
		}
	}
}

// The verdict of a link comes before its findings and parameters.
func TestURLVerdictFirst(t *testing.T) {
	r, err := diagnose.CheckURL("https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice,customer&state=x&response_type=code")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		out := Plain(URL(r, l), 80)
		_, verdict := Verdict(r, l)
		v := strings.Index(out, strings.Fields(verdict)[0])
		f := strings.Index(out, i18n.CmdFindingsHeading.In(l))
		p := strings.Index(out, i18n.CmdParamsHeading.In(l))
		if v < 0 || f < 0 || p < 0 || v > f || f > p {
			t.Errorf("%s: verdict %d, findings %d, params %d:\n%s", l, v, f, p, out)
		}
	}
}

// An expired token says so instead of "Expires … ago".
func TestTokenExpiredLabel(t *testing.T) {
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	jwt := "eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MTIzLCJleHAiOjE3NjQ2NjYwMDB9.c2ln"
	r, err := diagnose.InspectToken(jwt, now)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Expired {
		t.Fatalf("token not expired: %+v", r)
	}
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		out := Plain(Token(r, now, l), 80)
		if !strings.Contains(out, i18n.ReportExpired.In(l)) || strings.Contains(out, i18n.CmdTokenExpires.In(l)+" ") {
			t.Errorf("%s:\n%s", l, out)
		}
	}
}

// A drawn document has no blank line first, last or twice in a row.
func TestDrawBlankLines(t *testing.T) {
	d := explainDoc(t, "Fortnox 2000106 2999999 eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MTIzfQ.c2lnbmF0dXJl", i18n.Swedish)
	lines := Renderer{Width: 60, Cursor: -1}.Draw(d).Lines
	if len(lines) == 0 || lines[0] == "" || lines[len(lines)-1] == "" {
		t.Fatalf("blank first or last:\n%q", lines)
	}
	for i := 1; i < len(lines); i++ {
		if lines[i] == "" && lines[i-1] == "" {
			t.Fatalf("two blank lines at %d:\n%q", i, lines)
		}
	}
}

// TestURLEmptyParameter: a parameter sent without a value shows its name
// alone, not its name again as its value.
func TestURLEmptyParameter(t *testing.T) {
	r, err := diagnose.CheckURL("https://apps.fortnox.se/oauth-v1/auth?client_id=&state=&scope=invoice&response_type=code")
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{0, 80, 30} {
		out := Plain(URL(r, i18n.English), width)
		_, out, _ = strings.Cut(out, i18n.CmdParamsHeading.In(i18n.English))
		for _, name := range []string{"client_id", "state"} {
			found := false
			for _, line := range strings.Split(out, "\n") {
				if fields := strings.Fields(line); len(fields) > 0 && fields[0] == name {
					found = true
					if len(fields) != 1 || line != strings.TrimRight(line, " ") {
						t.Errorf("width %d: %s without a value shows as %q", width, name, line)
					}
				}
			}
			if !found {
				t.Errorf("width %d: %s is not listed:\n%s", width, name, out)
			}
		}
	}
}
