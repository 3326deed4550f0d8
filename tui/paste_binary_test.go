package tui

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// randomBytes are n bytes no one would call text.
func randomBytes(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return string(b)
}

// TestPasteOfBinaryIsRefused: random bytes on the paste screen, and in the
// accessible mode, are refused as not text, as explain refuses them, and
// not read for guesses from what the sanitizer left of them; a paste with
// a few stray bytes is still read.
func TestPasteOfBinaryIsRefused(t *testing.T) {
	binary := randomBytes(3000)
	for _, l := range i18n.Langs() {
		m := New(testOptions(l, 80, 24))
		send(m, press("enter"), pasteMsg(binary), press("enter"))
		if _, ok := m.screen.(*pasteScreen); !ok {
			t.Fatalf("%s: binary data was read: %T", l, m.screen)
		}
		if want := upperFirst(i18n.DiagErrNotText.In(l)); !strings.Contains(strings.Join(strings.Fields(plain(m.View().Content)), " "), want) {
			t.Errorf("%s: no %q:\n%s", l, want, plain(m.View().Content))
		}
		send(m, pasteMsg("Fel 2000663 \xff\x00 Har inte behörighet för scope"), press("enter"))
		if _, ok := m.screen.(*resultScreen); !ok {
			t.Errorf("%s: a paste with stray bytes was not read: %T", l, m.screen)
		}

		var out strings.Builder
		_, err := Accessible(Options{Tree: flows.DecisionTree(), Lang: l}, strings.NewReader("1\n"+binary+"\n.\n"), &out)
		if !errors.Is(err, ErrInputEnded) || !strings.Contains(out.String(), upperFirst(i18n.DiagErrNotText.In(l))) {
			t.Errorf("%s: the accessible mode read binary data (%v):\n%s", l, err, out.String())
		}
	}
}
