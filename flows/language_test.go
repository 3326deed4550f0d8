package flows

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

var (
	// niWords address a company ("ni", "er", "ert", "era", "er"); duWords
	// address one reader on a screen.
	niWords = regexp.MustCompile(`(?i)(^|[^\pL])(ni|er|ert|era|er)([^\pL]|$)`)
	duWords = regexp.MustCompile(`(?i)(^|[^\pL])(du|dig|din|ditt|dina)([^\pL]|$)`)
)

// screenTexts are the texts a fix shows the reader on a screen, where
// Swedish says "du".
func screenTexts(f Fix) map[string]i18n.Text {
	texts := map[string]i18n.Text{"Title": f.Title, "Summary": f.Summary, "Cause": f.Cause, "Where": f.Where, "Note": f.Note}
	for i, s := range f.Steps {
		texts["step "+string(rune('1'+i))] = s.Text
		if !s.AsConsultant.IsZero() {
			texts["step "+string(rune('1'+i))+" as consultant"] = s.AsConsultant
		}
	}
	return texts
}

// messageTexts are the messages to a company (the customer, the
// integrator, the client, the consultant's firm), where Swedish says "ni".
func messageTexts(f Fix) map[string]i18n.Text {
	return map[string]i18n.Text{"CustomerMessage": f.CustomerMessage, "IntegratorMessage": f.IntegratorMessage, "ClientMessage": f.ClientMessage, "ConsultantMessage": f.ConsultantMessage}
}

// Swedish says "du" on screens and "ni" in messages to a company, never
// both in one text (fortnox.md §6, issue 8 point 5).
func TestSwedishAddressesTheReaderConsistently(t *testing.T) {
	for _, f := range Fixes() {
		for name, text := range screenTexts(f) {
			if m := niWords.FindString(text.Sv); m != "" {
				t.Errorf("%s %s says %q on a screen, where Swedish says du: %q", f.ID, name, strings.TrimSpace(m), text.Sv)
			}
		}
		messages := messageTexts(f)
		messages["ConsultantToIntegrator"] = f.ConsultantToIntegrator
		for name, text := range messages {
			if m := duWords.FindString(text.Sv); m != "" {
				t.Errorf("%s %s says %q to a company, where Swedish says ni: %q", f.ID, name, strings.TrimSpace(m), text.Sv)
			}
		}
	}
}

// English prose follows Fortnox's spelling "license"; Swedish has no slang.
func TestWordsFortnoxUses(t *testing.T) {
	check := func(where string, text i18n.Text) {
		if strings.Contains(strings.ToLower(text.En), "licence") {
			t.Errorf("%s says licence in English: %q", where, text.En)
		}
		if strings.Contains(strings.ToLower(text.Sv), "dött") {
			t.Errorf("%s says “dött” in Swedish: %q", where, text.Sv)
		}
	}
	for _, f := range Fixes() {
		for name, text := range screenTexts(f) {
			check(f.ID+" "+name, text)
		}
		for name, text := range messageTexts(f) {
			check(f.ID+" "+name, text)
		}
	}
	for _, n := range DecisionTree().Nodes() {
		check(n.ID, n.Text)
		check(n.ID+" hint", n.Hint)
		for _, o := range n.Options {
			check(n.ID+" option", o.Label)
		}
	}
}

// quotedTitle is a Swedish title that quotes Fortnox's English error and
// glosses it: ”Invalid refresh token” – refresh-token är ogiltig.
var quotedTitle = regexp.MustCompile(`^”[^”]+” – \S`)

// A title that is a Fortnox English error string keeps the string in
// Swedish and adds a Swedish gloss.
func TestEnglishErrorTitlesHaveASwedishGloss(t *testing.T) {
	for _, f := range Fixes() {
		en, sv := f.Title.En, f.Title.Sv
		if !strings.Contains(sv, en) {
			continue // translated, or the English string is only part of it
		}
		if !quotedTitle.MatchString(sv) || !strings.HasPrefix(sv, "”"+en+"”") {
			t.Errorf("%s: Swedish title %q does not quote %q and gloss it", f.ID, sv, en)
		}
	}
}
