package report

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// goldenDocs are the documents whose drawings are kept as golden files:
// each kind of block on its own, and the three reports of real pastes.
func goldenDocs(t *testing.T, l i18n.Lang) map[string]Document {
	t.Helper()
	now := time.Date(2025, 2, 11, 9, 30, 0, 0, time.UTC)
	ex, err := diagnose.Explain(`{"ErrorInformation":{"error":1,"message":"Kan inte hitta kontot.","code":2000423}} 2000106 2999999 Client-Secret: Z8yQ4xW2vB7nM1kL0pR5sT3u`)
	if err != nil {
		t.Fatal(err)
	}
	guess, err := diagnose.Explain("integrationen slutade fungera, det står att licens saknas")
	if err != nil {
		t.Fatal(err)
	}
	anyServer, err := diagnose.Explain(`{"error":"invalid_grant"}`)
	if err != nil {
		t.Fatal(err)
	}
	url, err := diagnose.CheckURL("apps.fortnox.se/oauth-v1/authorize?client_id=8VurtMGDTeAI&scope=invoice,Customer&state=x1&redirect_uri=http://localhost:3000/callback-with-a-long-path")
	if err != nil {
		t.Fatal(err)
	}
	tok, err := diagnose.InspectToken("eyJhbGciOiJSUzI1NiJ9.eyJ0ZW5hbnRJZCI6MTIzNDU2NywidXNlcklkIjoiOGYzZTJhMTAiLCJpYXQiOjE3MzkyNjI2MDAsImV4cCI6MTczOTI2NjIwMCwiY2xpZW50SWQiOiJBYkNkRWYxMjM0NTYifQ.c2ln", now)
	if err != nil {
		t.Fatal(err)
	}
	long := "A paragraph long enough to wrap at forty columns, with https://www.fortnox.se/developer/authorization/get-authorization-code, --client-credentials and invalid-refresh-token in it, none of which may break."
	return map[string]Document{
		"block-heading-paragraph": {Blocks: []Block{
			Heading{Text: "A heading"},
			Paragraph{Text: long},
			Paragraph{Text: "A bad verdict.", Tone: Bad},
			Paragraph{Text: "A muted line.", Tone: Muted},
		}},
		"block-fields": {Blocks: []Block{
			Fields{Rows: []Field{{"Kind", "access token"}, {"A longer label", long}}},
			Heading{Text: "Under a heading"},
			Fields{Rows: []Field{{"client_id", "8VurtMGDTeAI"}, {"redirect_uri", "http://localhost:3000/callback-with-a-long-path-that-will-not-fit"}}, Indent: true},
			Paragraph{Text: "and 3 more", InList: true},
		}},
		"block-findings": {Blocks: []Block{
			Heading{Text: "Findings"},
			Finding{Tone: Bad, Mark: SeverityMark(diagnose.SeverityError, l), Text: long, FixID: "unsupported-scope", FixTitle: "An unsupported scope was requested"},
			Finding{Tone: Muted, Mark: SeverityMark(diagnose.SeverityInfo, l), Text: "A note without a fix."},
		}},
		"block-matches": {Blocks: []Block{
			Heading{Text: "Matches"},
			Match{Rank: 1, FixID: "invalid-refresh-token", Title: "Invalid refresh token", Summary: long, EvidenceLabel: "Evidence", Evidence: []string{"Fortnox code 2000423", "the text “Kan inte hitta kontot”"}},
			Match{Rank: 2, FixID: "missing-license", Title: "Missing license", EvidenceLabel: "Evidence", Evidence: []string{"words of the fix found in your text: licens"}},
		}},
		"block-note-action": {Blocks: []Block{
			Note{Mark: "!", Tone: Warning, Text: long},
			Action{ID: "questions", Text: i18n.WizAnswerInstead.In(l)},
		}},
		"explanation": Explanation(ex, diagnose.PasteText, Command, l),
		"guesses":     Explanation(guess, diagnose.PasteText, Command, l),
		"any-server":  Explanation(anyServer, diagnose.PasteText, Command, l),
		"url":         URL(url, l),
		"token":       Token(tok, now, l),
	}
}

// TestGolden keeps every block and every report drawn at 40, 80 and 120
// columns, in both languages, as the command line draws them and as the
// wizard does (gutter, pointer on the first choice, unstyled here).
func TestGolden(t *testing.T) {
	for _, l := range i18n.Langs() {
		for name, d := range goldenDocs(t, l) {
			for _, width := range []int{40, 80, 120} {
				t.Run(fmt.Sprintf("%s/%s-%d-command", name, l, width), func(t *testing.T) {
					golden.RequireEqual(t, []byte(Renderer{Width: width, Cursor: -1}.Draw(d).String()+"\n"))
				})
				t.Run(fmt.Sprintf("%s/%s-%d-wizard", name, l, width), func(t *testing.T) {
					golden.RequireEqual(t, []byte(Renderer{Width: width, Gutter: 2, Cursor: 0, On: Wizard}.Draw(d).String()+"\n"))
				})
			}
		}
	}
}
