package tui

import (
	"charm.land/bubbles/v2/key"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// choiceKeys are the keys of a question and of the language screen.
type choiceKeys struct {
	lang   i18n.Lang
	Choose key.Binding
	Move   key.Binding // help only: huh moves the cursor
	// PageDown and PageUp move the cursor a screenful of options.
	PageDown, PageUp key.Binding
	Page             key.Binding // help only: both
	Filter           key.Binding // help only: huh starts the filter
	StopFilter       key.Binding // help only: huh leaves the filter field
	ClearFilter      key.Binding // help only: huh clears an applied filter
	// Erase and Empty are the filter's editing keys, counted by the screen
	// to cap the filter's length.
	Erase key.Binding
	Empty key.Binding
	nav   navKeys
	// langScreen is true on the language screen, where there is nothing to
	// go back to, restart or filter; first on the first question, where
	// there is nothing to go back to.
	langScreen, first bool
	// filtered is the state Back's keys were set for.
	filtered bool
}

func newChoiceKeys(l i18n.Lang, langScreen, first bool) choiceKeys {
	return choiceKeys{
		lang:        l,
		Choose:      binding(l, []string{"enter"}, "enter", i18n.KeyChoose),
		Move:        binding(l, []string{"up", "down"}, "↑/↓", i18n.KeyMove),
		PageDown:    key.NewBinding(key.WithKeys("pgdown")),
		PageUp:      key.NewBinding(key.WithKeys("pgup")),
		Page:        binding(l, []string{"pgup", "pgdown"}, "pgup/pgdn", i18n.KeyPage),
		Filter:      binding(l, []string{"/"}, "/", i18n.KeyFilter),
		StopFilter:  binding(l, []string{"esc"}, "esc", i18n.KeyStopFilter),
		ClearFilter: binding(l, []string{"esc"}, "esc", i18n.KeyClearFilter),
		Erase:       key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
		Empty:       key.NewBinding(key.WithKeys("ctrl+u", "esc")),
		nav:         newNavKeys(l, false),
		langScreen:  langScreen,
		first:       first,
	}
}

// setState turns the keys on and off: while a filter is typed only enter
// and esc act (letters are text); while one is applied esc clears it and b
// still goes back; the language screen has no back, restart, filter or
// language key.
func (k *choiceKeys) setState(typing, filtered bool) {
	ask := !typing && !k.langScreen
	k.Filter.SetEnabled(ask && !filtered)
	k.StopFilter.SetEnabled(typing)
	k.ClearFilter.SetEnabled(!typing && filtered)
	k.Move.SetEnabled(!typing)
	k.PageDown.SetEnabled(!typing)
	k.PageUp.SetEnabled(!typing)
	k.Page.SetEnabled(!typing)
	k.nav.Back.SetEnabled(ask && !k.first)
	if filtered != k.filtered {
		k.filtered = filtered
		if filtered {
			k.nav.Back.SetKeys("b", "shift+tab")
			k.nav.Back.SetHelp("b", i18n.KeyBack.In(k.lang))
		} else {
			k.nav.Back.SetKeys("esc", "b", "shift+tab")
			k.nav.Back.SetHelp("esc", i18n.KeyBack.In(k.lang))
		}
	}
	k.nav.Restart.SetEnabled(ask)
	k.nav.Lang.SetEnabled(ask)
	k.nav.Quit.SetEnabled(!typing)
	k.nav.Help.SetEnabled(!typing)
}

// ShortHelp implements help.KeyMap.
func (k choiceKeys) ShortHelp() []key.Binding {
	if k.langScreen {
		return []key.Binding{k.Choose, k.Move, k.nav.Quit, k.nav.Help}
	}
	return []key.Binding{k.Choose, k.nav.Back, k.StopFilter, k.ClearFilter, k.Filter, k.nav.Lang, k.nav.Quit, k.nav.Help}
}

// FullHelp implements help.KeyMap.
func (k choiceKeys) FullHelp() [][]key.Binding {
	if k.langScreen {
		return [][]key.Binding{{k.Move, k.Choose}, {k.nav.Quit, k.nav.Interrupt, k.nav.fewer(k.lang)}}
	}
	back, restart := k.nav.full(k.lang)
	return [][]key.Binding{
		{k.Move, k.Page, k.Choose, k.Filter, k.ClearFilter},
		{back, restart, k.nav.Lang},
		{k.nav.Quit, k.nav.Interrupt, k.nav.fewer(k.lang)},
	}
}
