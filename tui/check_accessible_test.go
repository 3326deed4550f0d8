package tui

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// TestAccessibleCheck asks the same question in plain text after a pasted
// token: yes runs the checks against the double, anything else sends
// nothing; either way the walk goes on to the token's choices.
func TestAccessibleCheck(t *testing.T) {
	for _, l := range i18n.Langs() {
		for _, yes := range []bool{true, false} {
			co, d := checkOptionsFor(t, fortnoxdouble.ScopeMissing403)
			o := testOptions(l, 80, 24)
			o.Check = co.Check
			answer := "n"
			if yes {
				answer = map[i18n.Lang]string{i18n.English: "y", i18n.Swedish: "j"}[l]
			}
			var out bytes.Buffer
			_, err := Accessible(o, strings.NewReader("1\n"+d.Token+"\n.\n"+answer+"\n"), &out)
			if !errors.Is(err, ErrInputEnded) {
				t.Fatalf("%s: %v\n%s", l, err, out.String())
			}
			text := out.String()
			if !strings.Contains(text, i18n.CheckConfirm.In(l)) {
				t.Errorf("%s: not asked:\n%s", l, text)
			}
			// What the token is comes before the offer to send it.
			if kind := strings.Index(text, i18n.CmdTokenKind.In(l)); kind < 0 || kind > strings.Index(text, i18n.CheckConfirm.In(l)) {
				t.Errorf("%s: asked to send the token before it was read out:\n%s", l, text)
			}
			sent := len(d.Requests())
			switch {
			case yes && (sent != 6 || !strings.Contains(text, livecheck.StatusFailed.Label().In(l)+", "+i18n.CheckNameScope.Format(l, "invoice"))):
				t.Errorf("%s yes: %d requests\n%s", l, sent, text)
			case !yes && (sent != 0 || !strings.Contains(text, i18n.CheckDeclined.In(l))):
				t.Errorf("%s no: %d requests\n%s", l, sent, text)
			}
			for _, secret := range []string{d.Token, fortnoxdouble.Email} {
				if strings.Contains(text, secret) {
					t.Errorf("%s: the output shows %.12q", l, secret)
				}
			}
			if !strings.Contains(text, i18n.AccChooseFix.In(l)) {
				t.Errorf("%s: the walk did not go on to the choices:\n%s", l, text)
			}
		}
	}
}

// TestAccessibleCheckEnterSendsNothing answers the question [y/N] with an
// empty line, as enter gives: the default, N, sends nothing.
func TestAccessibleCheckEnterSendsNothing(t *testing.T) {
	for _, l := range i18n.Langs() {
		co, d := checkOptionsFor(t, fortnoxdouble.Healthy)
		o := testOptions(l, 80, 24)
		o.Check = co.Check
		var out bytes.Buffer
		_, err := Accessible(o, strings.NewReader("1\n"+d.Token+"\n.\n\n"), &out)
		if !errors.Is(err, ErrInputEnded) {
			t.Fatalf("%s: %v\n%s", l, err, out.String())
		}
		if len(d.Requests()) != 0 || !strings.Contains(out.String(), i18n.CheckDeclined.In(l)) {
			t.Errorf("%s: %d requests after an empty answer\n%s", l, len(d.Requests()), out.String())
		}
	}
}
