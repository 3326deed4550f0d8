package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestFixPagesKeepHeadingsWithTheirText pages down through every fix, in
// both languages, for every reader, at the two sizes the wizard is looked
// at: no page ends in a heading or a label whose text is on the next page,
// and paging skips no line of the fix.
func TestFixPagesKeepHeadingsWithTheirText(t *testing.T) {
	st := newStyles(colorprofile.Ascii, true)
	readers := append([]flows.Role{""}, flows.Roles()...)
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, l := range i18n.Langs() {
			for _, f := range flows.Fixes() {
				for _, role := range readers {
					name := fmt.Sprintf("%dx%d/%s/%s/%s", size[0], size[1], l, f.ID, role)
					c := &common{lang: l, styles: st, nav: newNavKeys(l, false)}
					s := newFixScreen(c, f, role)
					s.setSize(size[0], size[1]-2) // the header and the help bar
					_, held := renderFix(f, role, l, size[0], st)
					pageFix(t, s, name, held, "pgdown", func() bool { return s.vp.AtBottom() })
					pageFix(t, s, name, held, "pgup", func() bool { return s.vp.AtTop() })
				}
			}
		}
	}
}

// pageFix presses key until done, and checks every page on the way: none
// ends in a held line whose text is on the next, and together they show
// every line of the fix.
func pageFix(t *testing.T, s *fixScreen, name string, held []int, key string, done func() bool) {
	t.Helper()
	seen := make([]bool, len(s.lines))
	for page := 0; ; page++ {
		if page > len(s.lines) {
			t.Fatalf("%s: %s does not reach the end", name, key)
		}
		top, h := s.vp.YOffset(), s.vp.Height()
		rows := strings.Split(plain(s.visible()), "\n")
		for i := range rows {
			if top+i < len(s.lines) && strings.TrimSpace(rows[i]) != "" {
				seen[top+i] = true
			}
		}
		foot := top + h - 1
		if foot+1 < len(s.lines) && slices.Contains(held, foot) && strings.TrimSpace(rows[h-1]) != "" {
			t.Errorf("%s: %s page %d ends in %q, its text on the next page", name, key, page, rows[h-1])
		}
		if done() {
			break
		}
		s.update(press(key))
	}
	for i, line := range s.lines {
		if !seen[i] && strings.TrimSpace(plain(line)) != "" {
			t.Errorf("%s: %s never shows line %d, %q", name, key, i, plain(line))
		}
	}
}

// TestFixHeldLinesAreHeadings: what renderFix holds back for the next page
// are the fix's headings and labels, which a test above relies on, and
// at 40 columns the field labels on their own lines among them.
func TestFixHeldLinesAreHeadings(t *testing.T) {
	st := newStyles(colorprofile.Ascii, true)
	f := flows.Fixes()[0]
	for _, l := range i18n.Langs() {
		drawn, held := renderFix(f, "", l, 38, st)
		lines := strings.Split(plain(drawn), "\n")
		var got []string
		for _, i := range held {
			got = append(got, strings.TrimSpace(lines[i]))
		}
		for _, want := range []i18n.Text{i18n.FixWho, i18n.FixCause, i18n.FixWhere, i18n.FixDocs, i18n.FixSources} {
			if !slices.Contains(got, want.In(l)) {
				t.Errorf("%s: %q is not held with its text; held: %q", l, want.In(l), got)
			}
		}
		for _, g := range got {
			if strings.HasPrefix(g, "1.") || g == "" {
				t.Errorf("%s: held back %q, which is no heading", l, g)
			}
		}
	}
}
