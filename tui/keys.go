package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// keyMap is every key the wizard answers to, with its help text in the
// language in use. Which keys work depends on the screen (see route.go).
type keyMap struct {
	Move        key.Binding // help only: huh moves the cursor
	Choose      key.Binding
	Filter      key.Binding // help only: huh filters
	StopFilter  key.Binding // help only: huh leaves the filter field
	ClearFilter key.Binding // help only: huh clears an applied filter
	Back        key.Binding // on a question
	BackFix     key.Binding // on the fix screen, where b is free
	Restart     key.Binding
	RestartFix  key.Binding // on the fix screen, where r is free
	Lang        key.Binding
	Quit        key.Binding
	Interrupt   key.Binding
	Help        key.Binding
	Scroll      key.Binding // help only: the viewport scrolls
	Page        key.Binding // help only
	TopBottom   key.Binding
	Top         key.Binding
	Bottom      key.Binding
	CopySteps   key.Binding
	CopyMessage key.Binding
	// On the paste screen every printable key is text, so its keys are
	// enter, esc and control keys only.
	Read      key.Binding
	BackPaste key.Binding
	Clear     key.Binding
	LangPaste key.Binding
	// On a paste's result.
	Open      key.Binding
	CheckLive key.Binding
}

// newKeyMap builds the key map with help in l. The language key names the
// language it switches to in that language ("Svenska", "English"), so that a
// reader of either finds it. On the paste screen, where l is text, it is
// ctrl+l.
func newKeyMap(l i18n.Lang) keyMap {
	other := otherLang(l)
	b := func(keys []string, helpKey string, desc i18n.Text) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKey, desc.In(l)))
	}
	return keyMap{
		Move:        b([]string{"up", "down"}, "↑/↓", i18n.KeyMove),
		Choose:      b([]string{"enter"}, "enter", i18n.KeyChoose),
		Filter:      b([]string{"/"}, "/", i18n.KeyFilter),
		StopFilter:  b([]string{"esc"}, "esc", i18n.KeyStopFilter),
		ClearFilter: b([]string{"esc"}, "esc", i18n.KeyClearFilter),
		Back:        b([]string{"esc", "shift+tab"}, "esc", i18n.KeyBack),
		BackFix:     b([]string{"b", "esc"}, "b", i18n.KeyBack),
		Restart:     b([]string{"ctrl+r"}, "ctrl+r", i18n.KeyRestart),
		RestartFix:  b([]string{"r", "ctrl+r"}, "r", i18n.KeyRestart),
		Lang:        key.NewBinding(key.WithKeys("l"), key.WithHelp("l", other.Name())),
		Quit:        b([]string{"q"}, "q", i18n.KeyQuit),
		Interrupt:   b([]string{"ctrl+c"}, "ctrl+c", i18n.KeyInterrupt),
		Help:        b([]string{"?"}, "?", i18n.KeyMoreKeys),
		Scroll:      b([]string{"up", "down"}, "↑/↓", i18n.KeyScroll),
		Page:        b([]string{"pgup", "pgdown", "space"}, "pgup/pgdn", i18n.KeyPage),
		TopBottom:   b([]string{"home", "end"}, "home/end", i18n.KeyTopBottom),
		Top:         key.NewBinding(key.WithKeys("home", "g")),
		Bottom:      key.NewBinding(key.WithKeys("end", "G")),
		CopySteps:   b([]string{"c"}, "c", i18n.KeyCopySteps),
		CopyMessage: b([]string{"m"}, "m", i18n.KeyCopyMessage),
		Read:        b([]string{"enter"}, "enter", i18n.KeyAnalyse),
		BackPaste:   b([]string{"esc"}, "esc", i18n.KeyBack),
		Clear:       b([]string{"ctrl+u"}, "ctrl+u", i18n.KeyClear),
		LangPaste:   key.NewBinding(key.WithKeys("ctrl+l"), key.WithHelp("ctrl+l", other.Name())),
		Open:        b([]string{"enter"}, "enter", i18n.KeyOpen),
		CheckLive:   b([]string{"t"}, "t", i18n.KeyCheckLive),
	}
}

// otherLang is the language the l key switches to.
func otherLang(l i18n.Lang) i18n.Lang {
	if l == i18n.Swedish {
		return i18n.English
	}
	return i18n.Swedish
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
