package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

// Styled text wraps like plain text: never inside a hyphenated name, and
// only a word wider than the line is broken.
func TestWrapStyledKeepsHyphenatedWords(t *testing.T) {
	st := newStyles(0, true)
	text := st.label.Render("see token-missing-scope and invalid-refresh-token") + " then more words"
	for width := 16; width <= 60; width++ {
		lines := wrapStyled(text, width)
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("width %d: %q is %d wide", width, l, w)
			}
		}
		if width < len("invalid-refresh-token") {
			continue // a word wider than the line is broken, as on any screen
		}
		plain := ansi.Strip(strings.Join(lines, "\n"))
		if got, want := strings.Join(strings.Fields(plain), " "), "see token-missing-scope and invalid-refresh-token then more words"; got != want {
			t.Errorf("width %d: words changed: %q", width, got)
		}
		want := textwrap.Lines(ansi.Strip(text), width)
		if got := strings.Split(plain, "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("width %d: %q, want %q", width, got, want)
		}
	}
}
