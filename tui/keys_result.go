package tui

import (
	"charm.land/bubbles/v2/key"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// resultKeys are the keys of a paste's result.
type resultKeys struct {
	lang      i18n.Lang
	Open      key.Binding
	CheckLive key.Binding
	scroll    scrollKeys
	nav       navKeys
}

func newResultKeys(l i18n.Lang) resultKeys {
	k := resultKeys{
		lang:      l,
		Open:      binding(l, []string{"enter"}, "enter", i18n.KeyOpen),
		CheckLive: binding(l, []string{"t"}, "t", i18n.KeyCheckLiveShort),
		scroll:    newScrollKeys(l, i18n.KeyMove),
		nav:       newNavKeys(l, false),
	}
	// On a result, d and u page a whole screen, as f and space do.
	k.scroll.PageDown.SetKeys("pgdown", "space", "f", "ctrl+d", "d")
	k.scroll.PageUp.SetKeys("pgup", "ctrl+u", "u")
	k.scroll.HalfDown.SetEnabled(false)
	k.scroll.HalfUp.SetEnabled(false)
	return k
}

// ShortHelp implements help.KeyMap. ↑/↓ are in the full help only: the
// cursor on the choices shows them, and the line keeps to 80 columns.
func (k resultKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.nav.Back, k.CheckLive, k.nav.Lang, k.nav.Quit, k.nav.Help}
}

// FullHelp implements help.KeyMap.
func (k resultKeys) FullHelp() [][]key.Binding {
	back, restart := k.nav.full(k.lang)
	return [][]key.Binding{
		{k.scroll.Scroll, k.Open, k.CheckLive, k.scroll.Page, k.scroll.TopBottom},
		{back, restart, k.nav.Lang},
		{k.nav.Quit, k.nav.Interrupt, k.nav.fewer(k.lang)},
	}
}
