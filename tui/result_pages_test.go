package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestResultPagesKeepThePointerInSight pages down through results to the
// end and back up, at the two sizes the wizard is looked at: every page
// that shows a choice shows the pointer of the one Enter opens (its first
// line is pinned on top while the page shows its text), and paging passes
// over no line.
func TestResultPagesKeepThePointerInSight(t *testing.T) {
	pastes := []string{"token expired", "fick 401 från fortnox", fortnoxLog(), badActivationURL}
	for _, size := range [][2]int{{40, 12}, {80, 24}} {
		for _, l := range i18n.Langs() {
			for _, paste := range pastes {
				name := fmt.Sprintf("%dx%d/%s/%.20q", size[0], size[1], l, paste)
				m := resultOf(t, l, size[0], size[1], paste)
				s := m.screen.(*resultScreen)
				seen := map[int]bool{}
				look := func(key string, page int) {
					t.Helper()
					rows := strings.Split(plain(s.view()), "\n")
					inView := false // does the page show any choice?
					for _, span := range s.drawn.choices {
						inView = inView || span[0] < s.offset+s.rows() && s.offset < span[1]
					}
					if inView && !strings.Contains(strings.Join(rows, "\n"), "> ") {
						t.Errorf("%s: after %s %d the pointer is out of sight:\n%s", name, key, page, strings.Join(rows, "\n"))
					}
					from := s.offset
					if s.pinnedAt(s.offset) {
						// The pinned line ends in an ellipsis: the text
						// under it is not its next line.
						if !strings.HasSuffix(strings.TrimRight(rows[0], " "), strings.TrimSpace(pinnedGap)) {
							t.Errorf("%s: after %s %d the pinned line %q has no ellipsis", name, key, page, rows[0])
						}
						rows = rows[1:]
					}
					for i := range rows {
						if from+i < len(s.drawn.lines) && i < s.textRows(s.offset) {
							seen[from+i] = true
						}
					}
				}
				look("the start", 0)
				for page := 1; s.offset+s.textRows(s.offset) < len(s.drawn.lines); page++ {
					if page > len(s.drawn.lines) {
						t.Fatalf("%s: pgdown does not reach the end", name)
					}
					send(m, press("pgdown"))
					look("pgdown", page)
				}
				unseen := func(key string) {
					t.Helper()
					for i, line := range s.drawn.lines {
						if !seen[i] && strings.TrimSpace(plain(line)) != "" {
							t.Errorf("%s: %s never shows line %d, %q", name, key, i, plain(line))
						}
					}
					clear(seen)
				}
				unseen("pgdown")
				look("the end", 0)
				for page := 1; s.offset > 0; page++ {
					if page > len(s.drawn.lines) {
						t.Fatalf("%s: pgup does not reach the top", name)
					}
					send(m, press("pgup"))
					look("pgup", page)
				}
				unseen("pgup")
			}
		}
	}
}

// TestResultPagesReachEveryChoice: pgdn pressed until the page cannot move
// puts the cursor on the last choice (Answer the questions instead), and
// pgup on the first, as in a list (an outside audit found the last one out
// of reach but by End).
func TestResultPagesReachEveryChoice(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}} {
		for _, l := range i18n.Langs() {
			m := resultOf(t, l, size[0], size[1], badActivationURL)
			s := m.screen.(*resultScreen)
			for range len(s.drawn.lines) + 1 {
				send(m, press("pgdown"))
			}
			if last := len(s.result.choices) - 1; s.cursor != last {
				t.Errorf("%dx%d/%s: pgdn ends on choice %d, not the last, %d", size[0], size[1], l, s.cursor, last)
			}
			for range len(s.drawn.lines) + 1 {
				send(m, press("pgup"))
			}
			if s.cursor != 0 || s.offset != 0 {
				t.Errorf("%dx%d/%s: pgup ends on choice %d at line %d, not the first at the top", size[0], size[1], l, s.cursor, s.offset)
			}
		}
	}
}

// TestResultLastPageStaysPut: pgdn pressed on, once the cursor is on the
// last choice and the page at its end, leaves the page as it is. The page that took the cursor
// there had scrolled a line past the end (kept for a pinned line that
// then went), and the next pgdn moved it back up a line (an outside
// audit, at 40x12).
func TestResultLastPageStaysPut(t *testing.T) {
	pastes := []string{"vi får 401 efter en timme", "token expired", "fick 401 från fortnox", badActivationURL}
	for _, size := range [][2]int{{40, 12}, {80, 24}, {60, 15}, {31, 12}, {26, 12}} {
		for _, l := range i18n.Langs() {
			for _, paste := range append(pastes, "invalid_grant") {
				m := resultOf(t, l, size[0], size[1], paste)
				s := m.screen.(*resultScreen)
				last := len(s.result.choices) - 1
				for range len(s.drawn.lines) + 1 {
					if s.cursor == last && s.offset+s.textRows(s.offset) >= len(s.drawn.lines) {
						break
					}
					send(m, press("pgdown"))
				}
				before := plain(s.view())
				send(m, press("pgdown"))
				if after := plain(s.view()); after != before {
					t.Errorf("%dx%d/%s/%.20q: pgdn on the last choice moves the page from\n%s\nto\n%s", size[0], size[1], l, paste, before, after)
				}
			}
		}
	}
}

// TestScrolledTextSaysMoreAbove: a fix or a result scrolled down from its
// top says "↑ more above" under it, as a list says "↑ more"; at the top it
// says only what lies below (an outside audit).
func TestScrolledTextSaysMoreAbove(t *testing.T) {
	for _, sc := range helpScreens() {
		if sc.name != "fix" && sc.name != "result" {
			continue
		}
		for _, l := range i18n.Langs() {
			m := helpModel(t, sc, l, 40, 12)
			above := i18n.WizMoreAboveLong.In(l)
			if frame := plain(m.View().Content); strings.Contains(frame, above) || !strings.Contains(frame, moreBelow(l)) {
				t.Errorf("%s (%s) at its top:\n%s", sc.name, l, frame)
			}
			send(m, press("pgdown"))
			if frame := plain(m.View().Content); !strings.Contains(frame, above) {
				t.Errorf("%s (%s) a page down lacks %q:\n%s", sc.name, l, above, frame)
			}
		}
	}
}

// TestDownAfterPageMovesOn: down on a page that shows the text of the
// choice under the cursor, its first line pinned on top, moves to the
// next choice; it went back up to the top of the same one (an outside
// audit, 40x12).
func TestDownAfterPageMovesOn(t *testing.T) {
	checked := 0
	for _, l := range i18n.Langs() {
		for _, paste := range []string{"invalid_grant 401 scope", "token expired", "fick 401 från fortnox"} {
			m := resultOf(t, l, 40, 12, paste)
			s := m.screen.(*resultScreen)
			if len(s.result.choices) < 3 {
				continue
			}
			send(m, press("pgdown"))
			if !s.pinnedAt(s.offset) {
				continue
			}
			checked++
			before := s.cursor
			send(m, press("down"))
			if s.cursor != before+1 {
				t.Errorf("%s/%q: down after pgdn left the cursor on choice %d", l, paste, s.cursor)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no page with a pinned line: the test checks nothing")
	}
}
