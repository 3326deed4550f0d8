package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestChoiceScrollsByWholeOptions moves down through every question's
// options and back up, in a list too small to show them all, with no
// filter, while one is typed and once one is applied: the line under the
// question is always an option's first line, never the second line of a
// wrapped option standing alone, the option under the cursor always
// shows, and options out of view are said to be there.
func TestChoiceScrollsByWholeOptions(t *testing.T) {
	st := newStyles(colorprofile.Ascii, true)
	filters := []struct{ name, letter, end string }{{"unfiltered", "", ""}, {"typing", "e", ""}, {"filtered", "i", "esc"}}
	for _, n := range flows.DecisionTree().Nodes() {
		if n.Kind != flows.Question {
			continue
		}
		for _, l := range i18n.Langs() {
			for _, height := range []int{7, 8, 9} {
				for _, f := range filters {
					t.Run(fmt.Sprintf("%s/%s/%d/%s", n.ID, l, height, f.name), func(t *testing.T) {
						c := &common{lang: l, styles: st, nav: newNavKeys(l, false)}
						var opts []huh.Option[int]
						first, second, last := map[string]bool{}, map[string]bool{}, map[string]bool{}
						tall := map[int]int{} // option → its height
						for i, o := range n.Options {
							opts = append(opts, huh.NewOption(o.Label.In(l), i))
							wrapped := strings.Split(lipgloss.Wrap(o.Label.In(l), 36, ",.-; "), "\n")
							tall[i] = len(wrapped)
							for j, line := range wrapped {
								if j == 0 {
									first[strings.TrimSpace(line)] = true
								} else {
									second[strings.TrimSpace(line)] = true
								}
							}
							last[strings.TrimSpace(wrapped[len(wrapped)-1])] = true
						}
						s := newChoiceScreen(c, n.Text.In(l), n.Hint.In(l), opts, 0, false, false)
						s.setSize(38, height)
						// The lines the options shown take: all, or those the
						// filter keeps.
						listed := 0
						for _, o := range n.Options {
							if strings.Contains(strings.ToLower(o.Label.In(l)), f.letter) {
								listed += lipgloss.Height(lipgloss.Wrap(o.Label.In(l), 36, ",.-; "))
							}
						}
						if f.letter != "" {
							s.update(press("/"))
							s.update(press(f.letter))
						}
						if f.end != "" {
							s.update(press(f.end))
						}
						header := strings.Index(plain(s.view()), ">")
						if header < 0 {
							t.Skip("the filter keeps no option")
						}
						header = strings.Count(plain(s.view())[:header], "\n")
						keys := append(strings.Fields(strings.Repeat("down ", len(n.Options)-1)), strings.Fields(strings.Repeat("up ", len(n.Options)-1))...)
						for i, k := range keys {
							s.update(press(k))
							lines := strings.Split(plain(s.view()), "\n")
							if len(lines) <= header {
								t.Fatalf("after %d keys: %d lines", i+1, len(lines))
							}
							top := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[header]), ">"))
							if second[top] && !first[top] {
								t.Errorf("after %d keys the list starts with a wrapped line %q:\n%s", i+1, top, strings.Join(lines, "\n"))
							}
							view := strings.Join(lines, "\n")
							if !strings.Contains(view, ">") {
								t.Errorf("after %d keys the cursor does not show:\n%s", i+1, view)
							}
							// The option shown last is whole, unless it is the
							// cursor's and taller than the rows.
							if bottom, at := lastOption(lines, header); bottom != "" && !last[bottom] {
								cursorAt := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), ">") })
								hovered, _ := s.hovered()
								if cursorAt+tall[hovered]-1 < at {
									t.Errorf("after %d keys the list ends inside an option, %q:\n%s", i+1, bottom, view)
								}
							}
							more := strings.Contains(view, i18n.WizMoreUnder.In(l)) || strings.Contains(view, i18n.WizMoreAbove.In(l))
							if listed > height-header && !more {
								t.Errorf("after %d keys %d lines of options in %d rows, and no word of more:\n%s", i+1, listed, height-header, view)
							}
						}
					})
				}
			}
		}
	}
}

// TestFilterThatHidesAllOffersNoChoice: a filter that matches no option
// leaves nothing to choose, so enter is not offered in the footer.
func TestFilterThatHidesAllOffersNoChoice(t *testing.T) {
	for _, l := range i18n.Langs() {
		m := New(testOptions(l, 80, 24))
		send(m, press("/"), press("z"), press("z"), press("z"))
		s, ok := m.screen.(*choiceScreen)
		if !ok {
			t.Fatalf("%s: %T", l, m.screen)
		}
		if s.k.Choose.Enabled() {
			t.Errorf("%s: enter is offered with no option to choose:\n%s", l, plain(m.View().Content))
		}
		// The notice stands right under the filter and the hint, not
		// halfway down the screen under a blank row per option hidden (an
		// outside audit).
		lines := strings.Split(plain(m.View().Content), "\n")
		notice := slices.IndexFunc(lines, func(s string) bool { return strings.TrimSpace(s) == i18n.WizNoMatch.In(l) })
		if notice < 1 || strings.TrimSpace(lines[notice-1]) == "" {
			t.Errorf("%s: the notice is not right under the filter:\n%s", l, strings.Join(lines, "\n"))
		}
		send(m, press("backspace"), press("backspace"), press("backspace"))
		if !s.k.Choose.Enabled() {
			t.Errorf("%s: enter is not offered once options show again", l)
		}
	}
}

// TestChoicePagesThroughOptions pages down every question's options to
// the last and back up to the first: each page key moves the cursor at
// least one option, the option under it always shows, and a list that
// does not fit moves by more than one option where a screenful holds more.
func TestChoicePagesThroughOptions(t *testing.T) {
	st := newStyles(colorprofile.Ascii, true)
	for _, n := range flows.DecisionTree().Nodes() {
		if n.Kind != flows.Question || len(n.Options) < 2 {
			continue
		}
		for _, l := range i18n.Langs() {
			c := &common{lang: l, styles: st, nav: newNavKeys(l, false)}
			var opts []huh.Option[int]
			for i, o := range n.Options {
				opts = append(opts, huh.NewOption(o.Label.In(l), i))
			}
			s := newChoiceScreen(c, n.Text.In(l), n.Hint.In(l), opts, 0, false, false)
			s.setSize(38, 10)
			s.view()
			last := len(n.Options) - 1
			for _, dir := range []struct {
				key      string
				from, to int
			}{{"pgdown", 0, last}, {"pgup", last, 0}} {
				presses, jumped := 0, false
				for at := dir.from; at != dir.to; {
					s.update(press(dir.key))
					s.view()
					now, _ := s.sel.Hovered()
					if now == at {
						t.Fatalf("%s/%s: %s does not move the cursor from option %d", n.ID, l, dir.key, at)
					}
					jumped = jumped || now-at > 1 || at-now > 1
					at = now
					if presses++; presses > len(n.Options) {
						t.Fatalf("%s/%s: %s does not reach option %d", n.ID, l, dir.key, dir.to)
					}
					if !strings.Contains(plain(s.view()), ">") {
						t.Errorf("%s/%s: after %s the cursor does not show", n.ID, l, dir.key)
					}
				}
				if s.window && last > 4 && !jumped {
					t.Errorf("%s/%s: %s moves one option at a time", n.ID, l, dir.key)
				}
			}
		}
	}
}

// lastOption is the last line of options a plain list view shows, above
// its "more" line and blank rows, trimmed of the cursor and margin, with
// its index; "" when there is none under the header.
func lastOption(lines []string, header int) (string, int) {
	for i := len(lines) - 1; i >= header; i-- {
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[i]), ">"))
		if l == "" || strings.HasPrefix(l, "↑") || strings.HasPrefix(l, "↓") {
			continue
		}
		return l, i
	}
	return "", -1
}

// TestCursorKeysWithNoOptionShown: a cursor key pressed while the filter
// hides every option, then the filter erased, leaves a list to choose from
// (huh moved its cursor to -1 and panicked on the next draw: a code
// review).
func TestCursorKeysWithNoOptionShown(t *testing.T) {
	for _, k := range []string{"up", "down", "right", "home", "end", "pgup", "pgdown", "left"} {
		m := New(testOptions(i18n.English, 80, 24))
		send(m, press("/"), press("z"), press("z"), press("z"), press(k), press("ctrl+e"), press("backspace"), press("backspace"), press("backspace"))
		_ = m.View()
		s, ok := m.screen.(*choiceScreen)
		if !ok {
			t.Fatalf("%s: %T", k, m.screen)
		}
		if _, ok := s.hovered(); !ok {
			t.Errorf("%s: no option under the cursor once the filter is erased", k)
		}
	}
}
