package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// filteredView draws a list that does not fit while a filter is typed or
// applied: as windowView does, by whole options, with "↑ more" / "↓ more".
// huh's own viewport scrolled it by lines, which at 40x12 left an
// option's second line alone at the top and said nothing of the options
// out of view. The Select is drawn whole (no height) and the options it
// shows are told from its lines (filteredOptions), as huh keeps the
// filter's text to itself; ok is false when they cannot be, and the
// caller lets huh scroll.
func (s *choiceScreen) filteredView() (string, bool) {
	s.sel.WithHeight(0)
	lines := strings.Split(s.sel.View(), "\n")
	// The filter's line stands in for the question; the hint stays.
	header := 1
	if hint := s.wrapHint(); hint != "" {
		header += lipgloss.Height(hint)
	}
	if header >= len(lines) {
		return "", false
	}
	heights, cursor, ok := s.filteredOptions(lines[header:])
	if !ok {
		return "", false
	}
	return s.crop(lines, header, heights, cursor, &s.filterTop), true
}

// filteredOptions tells which options the lines under the header show,
// in order (a filter keeps the list's order): each label, wrapped as huh
// wraps it, either shows next or is filtered out. It gives their heights
// and which of them is under the cursor; ok is false when no option under
// the cursor shows.
func (s *choiceScreen) filteredOptions(lines []string) (heights []int, cursor int, ok bool) {
	at := 0
	for _, label := range s.labels {
		want := s.labelLines(label)
		if at+len(want) > len(lines) || !showsLabel(lines[at:at+len(want)], want) {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(ansi.Strip(lines[at])), ">") {
			cursor, ok = len(heights), true
		}
		heights = append(heights, len(want))
		at += len(want)
	}
	return heights, cursor, ok
}

// showsLabel reports whether drawn lines are a label's wrapped lines,
// cursor, margin and styles aside.
func showsLabel(drawn, label []string) bool {
	for i, l := range drawn {
		if strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(ansi.Strip(l)), ">")) != strings.TrimSpace(label[i]) {
			return false
		}
	}
	return true
}
