package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The keys*.go files are the only places that name keys: every screen
// matches presses against its own key map (keys_choice.go, keys_fix.go …)
// with key.Matches, and the footer draws the same key map's help, so what
// a key does and what the hint bar says cannot drift apart.
//
// Every screen's key map. The short help lists keys in one order on every
// screen: the primary action, back, what is particular to the screen, the
// language, quit and help; a narrow terminal drops them from the right,
// keeping quit and help. Bindings that do not apply in the screen's state
// are disabled (SetEnabled): key.Matches then ignores them and the help
// leaves them out.

// navKeys are the keys that mean the same on every screen: back, start
// over, switch language, quit, more help, and ctrl+c. Where letters are
// text (the paste screen) the letter keys give way to control keys.
type navKeys struct {
	Back      key.Binding
	Restart   key.Binding
	Lang      key.Binding
	Quit      key.Binding
	Help      key.Binding
	Interrupt key.Binding
}

// binding builds a key with its help in l.
func binding(l i18n.Lang, keys []string, helpKey string, desc i18n.Text) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc.In(l)))
}

// typingHelpKey opens and closes the full help where letters are text:
// ? works there too while the field is empty (a paste does not start with
// a question mark), but once there is text it is text.
const typingHelpKey = "ctrl+g"

// newNavKeys builds the shared keys with help in l. The language key names
// the language it switches to in that language ("Svenska", "English"), so
// that a reader of either finds it. With text true, letters are text: back
// is esc alone, start over ctrl+r, the language ctrl+l, help ctrl+g (and ?
// while the field is empty, see typing), and q does not quit (ctrl+c
// does).
func newNavKeys(l i18n.Lang, text bool) navKeys {
	other := l.Other()
	n := navKeys{
		Back:      binding(l, []string{"esc", "b", "shift+tab"}, "esc", i18n.KeyBack),
		Restart:   binding(l, []string{"ctrl+r", "r"}, "r", i18n.KeyRestart),
		Lang:      key.NewBinding(key.WithKeys("l"), key.WithHelp("l", other.Name())),
		Quit:      binding(l, []string{"q"}, "q", i18n.KeyQuit),
		Help:      binding(l, []string{"?"}, "?", i18n.KeyMoreKeys),
		Interrupt: binding(l, []string{"ctrl+c"}, "ctrl+c", i18n.KeyInterrupt),
	}
	if text {
		n.Back = binding(l, []string{"esc"}, "esc", i18n.KeyBack)
		n.Restart = binding(l, []string{"ctrl+r"}, "ctrl+r", i18n.KeyRestart)
		n.Lang = key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", other.Name()))
		n.Quit.SetEnabled(false)
		n.typing(true)
	}
	return n
}

// typing sets the help key of a screen where letters are text: ? and
// ctrl+g while the field is empty, shown as ?; ctrl+g alone, and shown,
// once ? is text.
func (n *navKeys) typing(empty bool) {
	if empty {
		n.Help.SetKeys("?", typingHelpKey)
		n.Help.SetHelp("?", n.Help.Help().Desc)
		return
	}
	n.Help.SetKeys(typingHelpKey)
	n.Help.SetHelp(typingHelpKey, n.Help.Help().Desc)
}

// full is the back and restart keys as the full help shows them, with
// every key that does it.
func (n navKeys) full(l i18n.Lang) (back, restart key.Binding) {
	back, restart = n.Back, n.Restart
	if len(back.Keys()) > 1 {
		back.SetHelp("esc/b", i18n.KeyBack.In(l))
	}
	if len(restart.Keys()) > 1 {
		restart.SetHelp("r/ctrl+r", i18n.KeyRestart.In(l))
	}
	return back, restart
}

// fewer is the help key as the full help shows it: it closes the list.
func (n navKeys) fewer(l i18n.Lang) key.Binding {
	b := n.Help
	b.SetHelp(b.Help().Key, i18n.KeyFewerKeys.In(l))
	return b
}

// essential reports whether a key stays on the short help line however
// narrow the terminal is: a way out and a way to the rest.
func (n navKeys) essential(b key.Binding) bool {
	k := b.Help().Key
	return k == n.Quit.Help().Key || k == n.Help.Help().Key || k == n.Interrupt.Help().Key || k == typingHelpKey
}

// formKeyMap is huh's key map with everything the wizard handles itself
// turned off: enter and tab (choosing is ours, so it takes effect at once),
// shift+tab (back) and ctrl+c (interrupt). What remains is moving, paging
// and filtering, which huh does well.
func formKeyMap() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Quit.SetEnabled(false)
	k.Select.Next.SetEnabled(false)
	k.Select.Prev.SetEnabled(false)
	k.Select.Submit.SetEnabled(false)
	return k
}
