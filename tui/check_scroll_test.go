package tui

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
)

// scrollToEnd presses down until the check no longer says there is more
// below, and returns the frames on the way.
func scrollToEnd(t *testing.T, m *Model) []string {
	t.Helper()
	var frames []string
	for range 40 {
		frame := plain(m.View().Content)
		frames = append(frames, frame)
		if !strings.Contains(frame, moreBelow(m.c.lang)) {
			return frames
		}
		drive(m, press("down"))
	}
	t.Fatalf("still more below after 40 presses:\n%s", frames[len(frames)-1])
	return nil
}

// TestCheckSaysMoreBelow draws the check at 40x12, where neither the
// consent nor the checks fit: it says "↓ more below" until ↓ has brought
// the end into view, the consent's last line and the last check (past the
// failed one under the cursor) included; nothing is sent meanwhile.
func TestCheckSaysMoreBelow(t *testing.T) {
	for _, l := range i18n.Langs() {
		m, d := checkModel(t, fortnoxdouble.ScopeMissing403, l, 40, 12)
		drive(m, press("t"))
		s := m.screen.(*checkScreen)
		frames := scrollToEnd(t, m)
		if len(frames) < 2 {
			t.Errorf("%s: the consent fits at 40x12:\n%s", l, frames[0])
		}
		scopes := strings.Join(strings.Fields(i18n.CheckPlanScopes.Format(l, strings.Join(s.plan.Scopes, ", "))), " ")
		if end := strings.Join(strings.Fields(frames[len(frames)-1]), " "); !strings.Contains(end, scopes) || len(d.Requests()) != 0 {
			t.Errorf("%s: the consent's end (%q) is out of reach, %d requests:\n%s", l, scopes, len(d.Requests()), frames[len(frames)-1])
		}
		drive(m, press(yesKeys(l)[0]))
		if s.phase != checkDone {
			t.Fatalf("%s: phase %d", l, s.phase)
		}
		last := s.checks[len(s.checks)-1].Name.In(l)
		frames = scrollToEnd(t, m)
		if len(frames) < 2 {
			t.Errorf("%s: the checks fit at 40x12:\n%s", l, frames[0])
		}
		if !strings.Contains(frames[len(frames)-1], last) {
			t.Errorf("%s: the last check %q is out of reach:\n%s", l, last, frames[len(frames)-1])
		}
		// ↑ brings the failed check under the cursor back into view; more
		// ↑ scroll to the top, and ↓ brings it back again.
		for _, keys := range [][]string{{"up"}, append(strings.Fields(strings.Repeat("up ", 40)), "down")} {
			for _, k := range keys {
				drive(m, press(k))
			}
			if _, ok := s.chosenFix(); !ok || !strings.Contains(plain(m.View().Content), "› ✗") {
				t.Errorf("%s: after %d keys the failed check is not in view:\n%s", l, len(keys), plain(m.View().Content))
			}
		}
	}
}
