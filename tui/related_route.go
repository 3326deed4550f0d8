package tui

// A fix's "See also" opens the related fix on top of it (s, S), and esc
// comes back to the fix it was opened from, however deep the trail: the
// walk's answers stay as they were, as under the live check.

// relatedTrip is a related fix's screen and the screen it was opened from.
type relatedTrip struct{ under, top screen }

// openRelated shows the index-th fix under the current fix's "See also",
// keeping the current screen to come back to. Anything else asks nothing.
func (m *Model) openRelated(index int) {
	fix, role, ok := m.screen.shownFix()
	if !ok {
		return
	}
	related := fix.RelatedFixes()
	if index < 0 || index >= len(related) {
		return
	}
	top := newFixScreen(m.c, related[index], role)
	m.aside = append(m.aside, relatedTrip{under: m.screen, top: top})
	m.screen = top
	m.layout()
}

// closeRelated goes back from a related fix to the fix it was opened
// from, redrawn in the language chosen meanwhile. It reports false when
// the screen shown is not a related fix (a check or a fix opened from it
// comes back its own way first).
func (m *Model) closeRelated() bool {
	n := len(m.aside)
	if n == 0 || m.screen != m.aside[n-1].top {
		return false
	}
	m.screen = m.aside[n-1].under
	m.aside = m.aside[:n-1]
	m.rebuild()
	m.layout()
	return true
}
