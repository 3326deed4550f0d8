package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// screen is one of the wizard's views: the language picker, a question,
// the paste screen, a paste's result, a fix, the live check. A screen is a
// component: it owns its keys (a key map that is also its help), handles
// every key and message sent to it, and says with an intent what the root
// must do about the walk. The root never asks which screen it holds.
type screen interface {
	// update handles a message; the intent says what the walk must do.
	update(msg tea.Msg) (tea.Cmd, intent)
	// view draws the screen in exactly the size set last.
	view() string
	// setSize gives the screen its area: width columns and height rows.
	setSize(width, height int)
	// keys is the screen's key map in its current state, for the footer.
	keys() help.KeyMap
	// relang takes a change of language or style. A screen drawn from
	// the tree asks to be built again (again), with the cursor on the
	// given option (-1 for the start).
	relang() (cursor int, again bool)
	// place is what the header says about where the walk is ("a fix",
	// "a paste's result"); none (ok false) on a question, which shows the
	// progress instead.
	place() (text i18n.Text, ok bool)
	// shownFix is the fix on the screen, for the result of quitting there.
	shownFix() (fix flows.Fix, role flows.Role, ok bool)
	// checkable reports whether what is shown can be checked with Fortnox.
	checkable() bool
}

// common is what every screen shares: the language, the styles, the keys
// that mean the same everywhere, and whether the live check is on offer;
// rebuilt together when the language or the background changes.
type common struct {
	lang   i18n.Lang
	styles *styles
	nav    navKeys
	// checks is true when the "Check with Fortnox" action can be opened.
	checks bool
	// clipboard is the system clipboard, nil for none (OSC 52 only).
	clipboard func(string) error
}

// intentKind is what a screen asks of the root.
type intentKind int

const (
	stay         intentKind = iota // nothing for the walk
	goBack                         // the previous question
	goRestart                      // the first question, nothing answered
	switchLang                     // the other language
	quitWizard                     // end, with the fix shown as the result
	toggleHelp                     // the full help on or off
	chooseIndex                    // answer the question with option index
	openIndex                      // open a result's choice index
	analysePaste                   // read the paste
	cancelRead                     // stop reading the paste
	pasteHere                      // a paste arrived on a question
	openCheck                      // open "Check with Fortnox"
	openFix                        // show fix (from the check screen)
	openRelated                    // show the fix's related fix index
)

// intent is what a screen asks of the root after a message.
type intent struct {
	kind  intentKind
	index int
	fix   flows.Fix
}

// want is an intent without arguments.
func want(k intentKind) intent { return intent{kind: k} }

// navIntent is the intent of a shared key, if msg is one that is enabled.
func navIntent(n navKeys, msg tea.KeyPressMsg) (intent, bool) {
	switch {
	case key.Matches(msg, n.Back):
		return want(goBack), true
	case key.Matches(msg, n.Restart):
		return want(goRestart), true
	case key.Matches(msg, n.Lang):
		return want(switchLang), true
	case key.Matches(msg, n.Quit):
		return want(quitWizard), true
	case key.Matches(msg, n.Help):
		return want(toggleHelp), true
	}
	return intent{}, false
}
