package flows

import (
	"regexp"
	"slices"
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

// Every message to pass on opens with the greeting, which a consultant's
// message to the integrator replaces with who is writing and for whom;
// what follows speaks of the customer, not as them ("our chart of
// accounts" from a consultant is the bureau's), and names the consultant
// no second time.
func TestAConsultantWritesToTheIntegratorOnTheClientsBehalf(t *testing.T) {
	weWords := map[i18n.Lang]*regexp.Regexp{
		i18n.English: regexp.MustCompile(`(?i)\b(we|our|ours|us)\b`),
		i18n.Swedish: regexp.MustCompile(`(?i)(^|[^\pL])(vi|vår|vårt|våra|oss)([^\pL]|$)`),
	}
	consultant := map[i18n.Lang]string{i18n.English: "accounting consultant", i18n.Swedish: "redovisningskonsult"}
	checked := 0
	for _, f := range Fixes() {
		for _, l := range i18n.Langs() {
			for name, m := range messageTexts(f) {
				if s := m.In(l); s != "" && !strings.HasPrefix(s, i18n.MsgGreeting.In(l)+" ") {
					t.Errorf("%s %s (%s) does not open with %q: %q", f.ID, name, l, i18n.MsgGreeting.In(l), s)
				}
			}
		}
		_, messages := f.Layout(Consultant)
		for _, m := range messages {
			if m.Heading != i18n.FixMsgIntegrator {
				continue
			}
			checked++
			for _, l := range i18n.Langs() {
				text := m.Text.In(l)
				body, ok := strings.CutPrefix(text, i18n.MsgOnClientsBehalf.In(l)+" ")
				if !ok {
					t.Errorf("%s (%s): a consultant's message to the integrator does not say who writes: %q", f.ID, l, text)
					continue
				}
				if w := weWords[l].FindString(body); w != "" {
					t.Errorf("%s (%s): a consultant's message to the integrator speaks as the customer (%q): %q", f.ID, l, strings.TrimSpace(w), body)
				}
				if n := strings.Count(strings.ToLower(text), consultant[l]); n != 1 {
					t.Errorf("%s (%s): a consultant's message to the integrator names the consultant %d times: %q", f.ID, l, n, text)
				}
			}
		}
		_, customers := f.Layout(Customer)
		for _, m := range customers {
			if m.Heading == i18n.FixMsgIntegrator && m.Text != f.IntegratorMessage {
				t.Errorf("%s: a customer's message to the integrator is not the fix's own", f.ID)
			}
		}
	}
	if checked == 0 {
		t.Error("no fix gives a consultant a message to the integrator")
	}
}

// "Who acts" names the consultant, not a user, for a consultant who does
// the users' steps; for anyone else it is the fix's Who.
func TestWhoActsNamesTheConsultantWhoActs(t *testing.T) {
	for _, f := range Fixes() {
		who := f.WhoFor(Consultant)
		mine, _, _ := f.StepsFor(Consultant)
		if slices.Contains(who, User) {
			t.Errorf("%s: Who for a consultant still names a user: %v", f.ID, who)
		}
		if len(mine) > 0 && !slices.Contains(who, Consultant) {
			t.Errorf("%s: a consultant with steps of their own is not among who acts: %v", f.ID, who)
		}
		for _, p := range []Role{Developer, Customer, ""} {
			if !slices.Equal(f.WhoFor(p), f.Who) {
				t.Errorf("%s: Who for %q is %v, want the fix's %v", f.ID, p, f.WhoFor(p), f.Who)
			}
		}
	}
}

// Under "What to ask your client", and in who acts, the consultant reads
// the client's administrator, not the customer's.
func TestAConsultantAsksTheClientsAdministrator(t *testing.T) {
	asked := 0
	for _, f := range Fixes() {
		for _, l := range i18n.Langs() {
			text := PlainText(f, l, TextOptions{Person: Consultant})
			if label := Customer.ActorName().In(l) + ":"; strings.Contains(text, label) {
				t.Errorf("%s (%s): a consultant reads %q", f.ID, l, label)
			}
			if strings.Contains(text, clientAdminName.In(l)+":") {
				asked++
			}
			who := f.WhoTextAs(l, Consultant)
			if slices.Contains(f.Who, Customer) && (strings.Contains(who, lowerFirst(Customer.Label().In(l))) || !strings.Contains(strings.ToLower(who), strings.ToLower(Customer.LabelFor(Consultant).In(l)))) {
				t.Errorf("%s (%s): a consultant reads who acts as %q", f.ID, l, who)
			}
		}
	}
	if asked == 0 {
		t.Error("no fix asks a client's administrator anything: the test tests nothing")
	}
}
