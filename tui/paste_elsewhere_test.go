package tui

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestPasteWhereNoneIsTaken: a paste on the result or on a fix, which take
// none, says so instead of vanishing, and the next key clears the note.
func TestPasteWhereNoneIsTaken(t *testing.T) {
	for _, l := range i18n.Langs() {
		m := resultOf(t, l, 80, 24, "Invalid refresh token")
		send(m, pasteMsg("Har inte behörighet för scope"))
		note := i18n.WizPasteNotHere.In(l)
		if !strings.Contains(plain(m.View().Content), note) {
			t.Errorf("%s: a paste on the result says nothing:\n%s", l, plain(m.View().Content))
		}
		send(m, press("down"))
		if strings.Contains(plain(m.View().Content), note) {
			t.Errorf("%s: the note stayed after a key", l)
		}
		send(m, press("up"), press("enter"))
		send(m, pasteMsg("Har inte behörighet för scope"))
		if frame := oneLine(m); !strings.Contains(frame, oneLineText(note)) {
			t.Errorf("%s: a paste on a fix says nothing:\n%s", l, plain(m.View().Content))
		}
		checkFits(t, m.View().Content, 80, 24)
	}
}

// TestPasteOnTheLanguageScreen: the language screen has no way to the
// paste screen; a paste there says to choose a language first, at both
// sizes, and the next key clears it.
func TestPasteOnTheLanguageScreen(t *testing.T) {
	for _, l := range i18n.Langs() {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			o := testOptions(l, size[0], size[1])
			o.AskLang = true
			m := New(o)
			send(m, pasteMsg("Har inte behörighet för scope"))
			note := i18n.WizPasteAfterLang.In(l)
			if !strings.Contains(plain(m.View().Content), note) {
				t.Errorf("%s %dx%d: a paste on the language screen says nothing:\n%s", l, size[0], size[1], plain(m.View().Content))
			}
			checkFits(t, m.View().Content, size[0], size[1])
			send(m, press("down"))
			if strings.Contains(plain(m.View().Content), note) {
				t.Errorf("%s: the note stayed after a key", l)
			}
		}
	}
}
