package tui

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestCopyEveryMessage walks to a fix that shows two messages (the
// consultant's "it lacks permission after my activation": to the client
// and to the integrator) and to one that shows one: m copies the first, M
// the second, the status names which was copied, and the full help names
// both keys by their messages. Where there is one message, M copies
// nothing and is not offered.
func TestCopyEveryMessage(t *testing.T) {
	tree := flows.DecisionTree()
	two, one := 0, 0
	walks := [][]int{{3, 1}, testkit.PathTo(t, tree, "rate-limited")}
	for _, answers := range walks {
		m := walkTo(t, testOptions(i18n.English, 120, 40), answers)
		f, _, ok := m.screen.shownFix()
		if !ok {
			t.Fatalf("%v went to %T", answers, m.screen)
		}
		role := tree.Root().Options[answers[0]].Role
		_, messages := f.Layout(role)
		for _, l := range i18n.Langs() {
			m := walkTo(t, testOptions(l, 120, 40), answers)
			for i, k := range []string{"m", "M"} {
				_, cmd := m.Update(press(k))
				msgs := runCmd(cmd)
				text, copied := clipboardText(msgs)
				if i >= len(messages) {
					if copied {
						t.Errorf("%s %s: %s copied %q with one message", f.ID, l, k, text)
					}
					continue
				}
				if !copied || text != messages[i].Text.In(l) {
					t.Errorf("%s %s: %s copied %q, want %q", f.ID, l, k, text, messages[i].Text.In(l))
				}
				send(m, msgs...)
				status := i18n.WizSentMessage.Format(l, messages[i].Heading.In(l))
				if frame := strings.Join(strings.Fields(plain(m.View().Content)), " "); !strings.Contains(frame, strings.Join(strings.Fields(status), " ")) {
					t.Errorf("%s %s: after %s no %q:\n%s", f.ID, l, k, status, frame)
				}
			}
			send(m, press("?"))
			full := strings.Join(strings.Fields(plain(m.View().Content)), " ")
			if len(messages) > 1 {
				two++
				for i, k := range []string{"m", "M"} {
					if want := k + " " + i18n.KeyCopyTo.Format(l, lowerFirst(messages[i].Heading.In(l))); !strings.Contains(full, want) {
						t.Errorf("%s %s: the full help lacks %q:\n%s", f.ID, l, want, full)
					}
				}
			} else {
				one++
				if strings.Contains(full, "M ") {
					t.Errorf("%s %s: the full help offers M with one message:\n%s", f.ID, l, full)
				}
			}
		}
	}
	if two == 0 || one == 0 {
		t.Errorf("%d walks to fixes with two messages, %d with one: the test tests nothing", two, one)
	}
}
