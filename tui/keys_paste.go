package tui

import (
	"charm.land/bubbles/v2/key"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// pasteKeys are the keys of the paste screen, where every printable key is
// text: enter, esc and control keys only; help is ctrl+g, and ? too while
// the paste is empty (a paste does not start with a question mark; once
// there is text, ? is text).
type pasteKeys struct {
	lang    i18n.Lang
	Read    key.Binding
	Clear   key.Binding
	Erase   key.Binding
	Space   key.Binding
	Newline key.Binding
	// Cancel stops reading a large paste.
	Cancel key.Binding
	nav    navKeys
}

func newPasteKeys(l i18n.Lang) pasteKeys {
	return pasteKeys{
		lang:    l,
		Read:    binding(l, []string{"enter"}, "enter", i18n.KeyAnalyse),
		Clear:   binding(l, []string{"ctrl+u"}, "ctrl+u", i18n.KeyClear),
		Erase:   key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
		Space:   key.NewBinding(key.WithKeys("space")),
		Newline: binding(l, []string{"ctrl+j", "shift+enter", "alt+enter"}, "ctrl+j", i18n.KeyNewline),
		Cancel:  binding(l, []string{"esc"}, "esc", i18n.KeyCancelRead),
		nav:     newNavKeys(l, true),
	}
}

// setState turns the keys on and off: while a paste is read only esc
// (cancel) and ctrl+c act; ? is help only while the paste is empty, ctrl+g
// always.
func (k *pasteKeys) setState(reading, empty bool) {
	k.Clear.SetEnabled(!reading && !empty)
	for _, b := range []*key.Binding{&k.Read, &k.Erase, &k.Space, &k.Newline, &k.nav.Back, &k.nav.Restart, &k.nav.Lang} {
		b.SetEnabled(!reading)
	}
	k.Cancel.SetEnabled(reading)
	k.nav.Help.SetEnabled(!reading)
	k.nav.typing(empty)
}

// ShortHelp implements help.KeyMap.
func (k pasteKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Read, k.Cancel, k.nav.Back, k.Clear, k.nav.Lang, k.nav.Interrupt, k.nav.Help}
}

// FullHelp implements help.KeyMap; there is none while a paste is read.
func (k pasteKeys) FullHelp() [][]key.Binding {
	if !k.nav.Help.Enabled() {
		return nil
	}
	return [][]key.Binding{
		{k.Read, k.Clear, k.Newline},
		{k.nav.Back, k.nav.Restart, k.nav.Lang},
		{k.nav.Interrupt, k.nav.fewer(k.lang)},
	}
}
