package flows

import (
	"regexp"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// conditionThenColon is a step that opens with a condition and ends it
// with a colon ("When the client has agreed: create …"): shown after its
// actor's label ("User: When …: create …"), it reads as two labels. A
// comma ends the condition instead. A Swedish condition may open with its
// verb ("Behåller kunden perioden låst, skicka …"): a word, then its
// subject. A colon inside a word (redirect-URI:n) is part of the
// condition.
var conditionThenColon = regexp.MustCompile(`(^|\. )((When|Once|If|Only if|On|Unless|After|När|Om|Bara om|I så fall|Vid|Efter)\b|[A-ZÅÄÖ][a-zåäö]+ (kunden|klienten|integratören|du|det|den|Fortnox|företaget|användaren|integrationen|appen|länken|kontot|perioden|ni|vi|inte)\b)(?:[^.:;]|:\S)*: `)

// TestStepsEndAConditionWithAComma: no step, nor a consultant's own
// wording of one, in either language, opens a sentence with a condition
// ended by a colon.
func TestStepsEndAConditionWithAComma(t *testing.T) {
	for _, f := range Fixes() {
		for i, s := range f.Steps {
			for _, text := range []i18n.Text{s.Text, s.AsConsultant} {
				for _, l := range i18n.Langs() {
					if m := conditionThenColon.FindString(text.In(l)); m != "" {
						t.Errorf("%s step %d (%s) opens with %q: end the condition with a comma", f.ID, i+1, l, m)
					}
				}
			}
		}
	}
}
