package tui

import (
	"charm.land/bubbles/v2/key"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

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

// ShortHelp implements help.KeyMap. Copying is what the fix screen is for,
// so the copies lead.
func (k fixKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Copy, k.nav.Back, k.CheckLive, k.SeeAlso, k.nav.Lang, k.nav.Quit, k.nav.Help}
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
