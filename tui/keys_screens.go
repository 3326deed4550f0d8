package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Every screen's key map. The short help lists keys in one order on every
// screen: the primary action, back, what is particular to the screen, the
// language, quit and help; a narrow terminal drops them from the right,
// keeping quit and help. Bindings that do not apply in the screen's state
// are disabled (SetEnabled): key.Matches then ignores them and the help
// leaves them out.

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

// fixKeys are the keys of the fix screen.
type fixKeys struct {
	lang        i18n.Lang
	CopySteps   key.Binding
	CopyMessage key.Binding
	// CopySecond copies the second message, where a fix has two (to the
	// customer and to the integrator, say); setMessages names both.
	CopySecond key.Binding
	// Copy is both copies as the short help shows them, to keep it on one
	// line at 80 columns in Swedish; the full help names each.
	Copy      key.Binding
	CheckLive key.Binding
	// SeeAlso and SeeAlsoSecond open the first and second fix under "See
	// also", where the fix lists them; setRelated names them.
	SeeAlso       key.Binding
	SeeAlsoSecond key.Binding
	scroll        scrollKeys
	nav           navKeys
}

func newFixKeys(l i18n.Lang) fixKeys {
	return fixKeys{
		lang:          l,
		CopySteps:     binding(l, []string{"c"}, "c", i18n.KeyCopySteps),
		CopyMessage:   binding(l, []string{"m"}, "m", i18n.KeyCopyMessage),
		CopySecond:    binding(l, []string{"M", "shift+m"}, "M", i18n.KeyCopyMessage),
		Copy:          binding(l, []string{"c", "m"}, "c/m", i18n.KeyCopyShort),
		CheckLive:     binding(l, []string{"t"}, "t", i18n.KeyCheckLiveShort),
		SeeAlso:       binding(l, []string{"s"}, "s", i18n.KeySeeAlso),
		SeeAlsoSecond: binding(l, []string{"S", "shift+s"}, "S", i18n.KeySeeAlso),
		scroll:        newScrollKeys(l, i18n.KeyScroll),
		nav:           newNavKeys(l, false),
	}
}

// setRelated offers s and S for the fixes under "See also" (none, one or
// two), which the section marks with their keys. The help names both as
// one, "s/S see also", short enough to share a line at 40 columns.
func (k *fixKeys) setRelated(ids []string) {
	k.SeeAlso.SetEnabled(len(ids) > 0)
	k.SeeAlsoSecond.SetEnabled(len(ids) > 1)
	if len(ids) > 1 {
		k.SeeAlso.SetHelp("s/S", i18n.KeySeeAlso.In(k.lang))
	}
}

// setMessages names the copy keys after the fix's messages' headings
// (one or two): m copies the first, M the second.
func (k *fixKeys) setMessages(headings []i18n.Text) {
	k.CopySecond.SetEnabled(len(headings) > 1)
	if len(headings) < 2 {
		return
	}
	name := func(h i18n.Text) string { return i18n.KeyCopyTo.Format(k.lang, lowerFirst(h.In(k.lang))) }
	k.CopyMessage.SetHelp("m", name(headings[0]))
	k.CopySecond.SetHelp("M", name(headings[1]))
	k.Copy.SetHelp("c/m/M", i18n.KeyCopyShort.In(k.lang))
}

// lowerFirst lowers a heading's first letter, to name it in a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// upperFirst raises a message's first letter where it stands alone:
// diagnose's messages start in lower case, to follow "fortnox-doctor: ".
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// ShortHelp implements help.KeyMap. Copying is what the fix screen is for,
// so the copies lead.
func (k fixKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Copy, k.nav.Back, k.CheckLive, k.nav.Lang, k.nav.Quit, k.nav.Help}
}

// FullHelp implements help.KeyMap.
func (k fixKeys) FullHelp() [][]key.Binding {
	back, restart := k.nav.full(k.lang)
	return [][]key.Binding{
		{k.scroll.Scroll, k.scroll.Page, k.scroll.TopBottom},
		{k.CopySteps, k.CopyMessage, k.CopySecond, k.CheckLive, k.SeeAlso, k.nav.Lang},
		{back, restart, k.nav.Quit, k.nav.Interrupt, k.nav.fewer(k.lang)},
	}
}

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
