package tui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// screen is one of the wizard's views: the language picker, a question,
// the paste screen, a paste's result, a fix. The root Model owns the walk
// and the keys that move through it; a screen draws itself in the area it
// is given and handles the keys that stay inside it (moving a cursor,
// filtering, scrolling, copying, taking a paste).
type screen interface {
	// update handles a message the root did not take.
	update(msg tea.Msg) tea.Cmd
	// view draws the screen in exactly the size set last.
	view() string
	// setSize gives the screen its area: width columns of content and
	// height rows.
	setSize(width, height int)
	// typing reports whether keys go into a text field (the filter), so
	// that letters such as q are typed rather than acted on.
	typing() bool
	// escTaken reports whether esc means something inside the screen at
	// the moment (stop typing a filter, clear it), before it means "back".
	escTaken() bool
}

// common is what every screen shares: the language, the styles and the key
// map, rebuilt together when the language or the background changes.
type common struct {
	lang   i18n.Lang
	styles *styles
	keys   keyMap
}
