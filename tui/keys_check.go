package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// checkKeys are the keys of the "Check with Fortnox" screen. Its own lines
// say what the keys do there; the footer keeps to quit and help. While the
// question [y/N] is asked only the yes key sends: enter, like n and esc,
// sends nothing, as the capital N says. While the token is asked for,
// every printable key is text, as on the paste screen: enter reads it,
// ctrl+u clears it, and the shared keys are their control-key forms.
type checkKeys struct {
	lang     i18n.Lang
	Yes      key.Binding
	No       key.Binding
	Open     key.Binding
	Up, Down key.Binding
	Move     key.Binding // help only
	// Read, Clear, Erase and Space edit the token while it is asked for.
	Read, Clear, Erase, Space key.Binding
	// nav are the shared keys; text their forms while the token is typed,
	// which navNow picks.
	nav, text navKeys
	typing    bool
}

func newCheckKeys(l i18n.Lang) checkKeys {
	return checkKeys{
		lang:  l,
		Yes:   binding(l, yesKeys(l), strings.Join(yesKeys(l), "/"), i18n.KeyCheckYes),
		No:    binding(l, []string{"n", "enter"}, "n/enter", i18n.KeyCheckNo),
		Open:  binding(l, []string{"enter"}, "enter", i18n.KeyOpen),
		Up:    key.NewBinding(key.WithKeys("up", "k")),
		Down:  key.NewBinding(key.WithKeys("down", "j")),
		Move:  binding(l, []string{"up", "down"}, "↑/↓", i18n.KeyMove),
		Read:  binding(l, []string{"enter"}, "enter", i18n.KeyAnalyse),
		Clear: binding(l, []string{"ctrl+u"}, "ctrl+u", i18n.KeyClear),
		Erase: key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
		Space: key.NewBinding(key.WithKeys("space")),
		nav:   newNavKeys(l, false),
		text:  newNavKeys(l, true),
	}
}

// setState enables the yes and no keys while the question [y/N] is asked,
// enter as "open" only once the run is done with a fix to open, and the
// token's keys while it is typed (empty: nothing typed yet).
func (k *checkKeys) setState(asking, canOpen, typing, empty bool) {
	k.Yes.SetEnabled(asking)
	k.No.SetEnabled(asking)
	k.Open.SetEnabled(!asking && canOpen)
	k.typing = typing
	k.Read.SetEnabled(typing)
	k.Erase.SetEnabled(typing)
	k.Space.SetEnabled(typing)
	k.Clear.SetEnabled(typing && !empty)
	k.Move.SetEnabled(!typing)
	k.text.typing(empty)
}

// navNow are the shared keys as they are now.
func (k checkKeys) navNow() navKeys {
	if k.typing {
		return k.text
	}
	return k.nav
}

// ShortHelp implements help.KeyMap.
func (k checkKeys) ShortHelp() []key.Binding {
	if k.typing {
		return []key.Binding{k.Read, k.text.Back, k.Clear, k.text.Lang, k.text.Interrupt, k.text.Help}
	}
	return []key.Binding{k.nav.Quit, k.nav.Help}
}

// FullHelp implements help.KeyMap.
func (k checkKeys) FullHelp() [][]key.Binding {
	n := k.navNow()
	back, restart := n.full(k.lang)
	if k.typing {
		return [][]key.Binding{
			{k.Read, k.Clear},
			{back, restart, n.Lang},
			{n.Interrupt, n.fewer(k.lang)},
		}
	}
	return [][]key.Binding{
		{k.Move, k.Open, k.Yes, k.No},
		{back, restart, n.Lang},
		{n.Quit, n.Interrupt, n.fewer(k.lang)},
	}
}

// yesKeys are the keys that send, the one the question [y/N] or [j/N]
// spells in l first. In Swedish y sends too, as the command line's
// question takes it; in English j does not, since it also scrolls.
func yesKeys(l i18n.Lang) []string {
	if l == i18n.Swedish {
		return []string{"j", "y"}
	}
	return []string{"y"}
}
