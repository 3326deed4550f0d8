package tui

import (
	"charm.land/bubbles/v2/key"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// scrollKeys move through a screen that is read rather than answered: the
// fix and a paste's result.
type scrollKeys struct {
	Up, Down, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	// Help only.
	Scroll, Page, TopBottom key.Binding
}

func newScrollKeys(l i18n.Lang, scroll i18n.Text) scrollKeys {
	return scrollKeys{
		Up:        key.NewBinding(key.WithKeys("up", "k")),
		Down:      key.NewBinding(key.WithKeys("down", "j")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space", "f")),
		PageUp:    key.NewBinding(key.WithKeys("pgup")),
		HalfDown:  key.NewBinding(key.WithKeys("ctrl+d", "d")),
		HalfUp:    key.NewBinding(key.WithKeys("ctrl+u", "u")),
		Top:       key.NewBinding(key.WithKeys("home", "g")),
		Bottom:    key.NewBinding(key.WithKeys("end", "G")),
		Scroll:    binding(l, []string{"up", "down"}, "↑/↓", scroll),
		Page:      binding(l, []string{"pgup", "pgdown", "space"}, "pgup/pgdn", i18n.KeyPage),
		TopBottom: binding(l, []string{"home", "end"}, "home/end", i18n.KeyTopBottom),
	}
}
