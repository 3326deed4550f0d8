package flows

import (
	"regexp"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// A consultant does a user's steps through Digital byrå, so every User step
// says how they do it, in both languages, and only steps that need other
// words for a consultant have them.
func TestEveryUserStepHasTheConsultantsWords(t *testing.T) {
	for _, f := range Fixes() {
		for _, s := range f.Steps {
			if s.Actor == User && !s.AsConsultant.Complete() {
				t.Errorf("%s: the user's step %q has no words for a consultant in both languages: %+v", f.ID, s.Text.En, s.AsConsultant)
			}
			if s.Actor == Consultant && !s.AsConsultant.IsZero() {
				t.Errorf("%s: the consultant's own step %q has consultant's words besides its text", f.ID, s.Text.En)
			}
		}
	}
}

// What a consultant does is theirs to do: no step of "What you do" carries
// another actor's name ("User: log in as a user who has the permission").
func TestAConsultantsOwnStepsAreInTheirRole(t *testing.T) {
	for _, f := range Fixes() {
		mine, _, _ := f.StepsFor(Consultant)
		for _, s := range mine {
			if name := s.ActorFor(Consultant); !name.IsZero() {
				t.Errorf("%s: a consultant's own step is labelled %q: %q", f.ID, name.En, s.Text.En)
			}
		}
	}
}

// activationWords are how a step sends its reader through the activation.
var activationWords = regexp.MustCompile(`(?i)activation|activate (the integration|it again|again)|aktivering|aktivera (integrationen|den igen|igen)`)

// The FAQ: "The consultant has to log in with the credentials to their
// Digital byrå, and after that choose what client to activate the
// integration on." Wherever a consultant activates, their steps say so.
func TestAConsultantActivatesThroughDigitalByra(t *testing.T) {
	for _, f := range Fixes() {
		mine, _, _ := f.StepsFor(Consultant)
		for _, l := range i18n.Langs() {
			var texts []string
			for _, s := range mine {
				texts = append(texts, s.Text.In(l))
			}
			all := strings.Join(texts, " ")
			if activationWords.MatchString(all) && !strings.Contains(all, "Digital byrå") {
				t.Errorf("%s (%s): a consultant activates without being told to log in with Digital byrå: %q", f.ID, l, all)
			}
		}
	}
}

// offersToAct is a message in which the consultant offers to do the work
// in the client's Fortnox ("May I open the period for it?").
var offersToAct = regexp.MustCompile(`\b(May I|Should I|Får jag|Ska jag)\b`)

// A consultant who offers the client to do something has a step of their
// own that does it, so the fix does not tell them "Nothing here is yours to
// do" above a message offering to do it.
func TestAConsultantWhoOffersToActHasAStep(t *testing.T) {
	for _, f := range Fixes() {
		mine, _, _ := f.StepsFor(Consultant)
		for _, l := range i18n.Langs() {
			if offersToAct.MatchString(f.ClientMessage.In(l)) && len(mine) == 0 {
				t.Errorf("%s (%s): the client message offers to act, but the consultant has no step: %q", f.ID, l, f.ClientMessage.In(l))
			}
		}
	}
}
