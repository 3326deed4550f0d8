package flows

import (
	"slices"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestEveryPartyAskedHasAMessage: a reader told what to ask a party (a
// section with that party's steps) is also given a message to send them,
// in both languages (an outside audit found "What to ask the accounting
// consultant" on the customer's missing-rights fix with nothing to send).
func TestEveryPartyAskedHasAMessage(t *testing.T) {
	asks := map[i18n.Text]i18n.Text{
		i18n.FixAskIntegrator: i18n.FixMsgIntegrator,
		i18n.FixAskConsultant: i18n.FixMsgConsultant,
		i18n.FixAskClient:     i18n.FixMsgClient,
		i18n.FixAskCustomer:   i18n.FixCustomerMessage,
	}
	for _, f := range Fixes() {
		for _, person := range Persons() {
			sections, messages := f.Layout(person)
			for _, s := range sections {
				want, ok := asks[s.Heading]
				if !ok || len(s.Steps) == 0 {
					continue
				}
				wanted := []i18n.Text{want}
				if person == Developer && want == i18n.FixMsgConsultant {
					// The integrator may reach the company's consultant
					// through the company: its message says it.
					wanted = append(wanted, i18n.FixCustomerMessage)
				}
				found := false
				for _, m := range messages {
					if slices.Contains(wanted, m.Heading) && m.Text.En != "" && m.Text.Sv != "" {
						found = true
					}
				}
				if !found {
					t.Errorf("%s, read by the %s: %q has no message to send with it", f.ID, person, s.Heading.En)
				}
			}
		}
	}
}
