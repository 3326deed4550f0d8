package flows

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// A person reads a fix's steps in the order of Layout: their own first,
// then what to ask each other party (fortnox.md §8). A step may therefore
// be listed above a step that comes before it in the fix, and must read
// right there (outside audit: "Annars:", "If all of that is in order",
// "Stämmer allt det:" and "that permission" referred to steps listed below
// them; "Open the new activation link" came before the integrator had made
// the link).

// backOpenings and backPhrases lean on the step before: the openings and
// phrases the steps said before the audit. A step may say one only where
// the step it leans on is listed directly above it for every person.
var (
	backOpenings = []string{
		"otherwise", "annars",
		"or ", "eller ",
		"if all of that", "stämmer allt det",
		"if it is not there", "finns den inte där",
		"if it is the wrong", "är det fel",
		"if it should no longer", "ska det inte",
	}
	backPhrases = []string{
		"that permission", "den behörigheten",
		"that license", "den licensen",
		"that date",
	}
)

// backReference returns the back-reference a step's text makes, or "".
func backReference(text string) string {
	lower := strings.ToLower(text)
	for _, b := range backOpenings {
		if strings.HasPrefix(lower, b) {
			return b
		}
	}
	for _, b := range backPhrases {
		if strings.HasPrefix(lower, b) || strings.Contains(lower, " "+b) {
			return b
		}
	}
	return ""
}

// layoutReaders are the people a fix is laid out for, and no one (every
// step in the fix's order).
func layoutReaders() []Role { return append([]Role{""}, Persons()...) }

// TestStepsDoNotLeanOnAStepListedElsewhere: a step that says "Otherwise",
// "Or", "If all of that", "that permission" and the like is, for every
// person, listed directly under the step before it in the fix.
func TestStepsDoNotLeanOnAStepListedElsewhere(t *testing.T) {
	for _, f := range Fixes() {
		for i, s := range f.Steps {
			for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
				b := backReference(s.Text.In(l))
				if b == "" {
					continue
				}
				if i == 0 {
					t.Errorf("%s step %d (%s) opens the fix with %q: %q", f.ID, i+1, l, b, s.Text.In(l))
					continue
				}
				for _, p := range layoutReaders() {
					order := f.ActionsFor(p)
					at := slices.Index(order, s)
					if at < 1 || order[at-1] != f.Steps[i-1] {
						t.Errorf("%s as %q: step %d (%s) says %q, but the step it leans on is not right above it: %q", f.ID, p, i+1, l, b, s.Text.In(l))
					}
				}
			}
		}
	}
}

var (
	// redoneEn and redoneSv find a step that does something once more:
	// activate, open the link, approve, send the transfer, upload.
	redoneEn = regexp.MustCompile(`(?i)(^|[^\pL])(activate|open|approve|send|add|upload)[^\pL][^.;:]*[^\pL]again([^\pL]|$)`)
	redoneSv = regexp.MustCompile(`(?i)(^|[^\pL])(aktivera|öppna|godkänn|skicka|lägg till|ladda)[^\pL][^.;:]*[^\pL]igen([^\pL]|$)`)
	// conditionEn and conditionSv open a step with what it waits for.
	conditionEn = regexp.MustCompile(`^(When|Once|If|Only if) `)
	conditionSv = regexp.MustCompile(`^(När|Om|Bara om) `)
)

// TestRepeatedStepsSayWhatTheyWaitFor: a step that does something again
// (activate again, open the link again, send the transfer again) comes
// after the steps that make it worth doing. Where a person reads it above
// one of those, because it is their own or its party's section comes
// first, it opens with what it waits for: "When the integrator has sent
// the new activation link: …", "När kunden har godkänt igen: …".
func TestRepeatedStepsSayWhatTheyWaitFor(t *testing.T) {
	for _, f := range Fixes() {
		for _, p := range Persons() {
			order := f.ActionsFor(p)
			for i, step := range f.Steps {
				s := step.readBy(p) // as this person reads it
				if !redoneEn.MatchString(s.Text.En) && !redoneSv.MatchString(s.Text.Sv) {
					continue
				}
				at := slices.Index(order, s)
				var below []int // steps before it in the fix, listed below it
				for j := range i {
					if slices.Index(order, f.Steps[j].readBy(p)) > at {
						below = append(below, j+1)
					}
				}
				if len(below) == 0 {
					continue
				}
				if !conditionEn.MatchString(s.Text.En) {
					t.Errorf("%s as %s: step %d is listed above steps %v it follows, and does not say what it waits for: %q", f.ID, p, i+1, below, s.Text.En)
				}
				if !conditionSv.MatchString(s.Text.Sv) {
					t.Errorf("%s as %s: step %d is listed above steps %v it follows, and does not say what it waits for: %q", f.ID, p, i+1, below, s.Text.Sv)
				}
			}
		}
	}
}
