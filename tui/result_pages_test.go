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
