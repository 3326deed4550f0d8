package tui

import (
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Options configure a wizard.
type Options struct {
	// Tree is the decision tree to walk.
	Tree flows.Tree
	// Lang is the language to start in: the one chosen with --lang or
	// FORTNOX_DOCTOR_LANG, or the detected one to preselect.
	Lang i18n.Lang
	// AskLang shows the language screen first, with Lang preselected. It is
	// false when the user already chose the language explicitly.
	AskLang bool
	// NoColor draws with bold, faint and reverse only (--no-color, NO_COLOR).
	NoColor bool
	// Profile is the colour profile of the terminal the wizard draws on. The
	// program also reports it at start; this is what the first frame uses.
	Profile colorprofile.Profile
	// Width and Height are the terminal's size when known, so that the very
	// first frame is laid out right; 0 waits for the program's size report.
	Width, Height int
	// Clipboard writes text to the system clipboard. Nil means there is
	// none to use (an SSH session, a test): copies then go to the terminal's
	// clipboard only, through OSC 52.
	Clipboard func(text string) error
	// Now is the clock the paste screen reads a token against (for whether
	// it has expired, and its times relative to now, in Now's zone). Nil
	// means time.Now; tests fix it so that what they draw stays the same.
	Now func() time.Time
	// Check turns on the "Check with Fortnox" action on a pasted token's
	// result; nil leaves it off.
	Check *CheckOptions
	// ShowFix, in the accessible mode, shows each fix the walk reaches as
	// it reaches it; the walk then asks whether to end, go back or start
	// over, so that one run can read a second fix, as the full-screen
	// wizard's fix screen can. Nil ends the walk at the first fix, for the
	// caller to show (--json, which prints one document).
	ShowFix func(Result) error
}

// Result is how a walk ended.
type Result struct {
	// FixID is the fix the wizard ended on, or empty when the user quit
	// before reaching one.
	FixID string
	// Lang is the language in use at the end, which the user may have
	// switched during the walk.
	Lang i18n.Lang
	// Interrupted is true when the user pressed ctrl+c.
	Interrupted bool
	// Role is the person the user said they are on the way (the tree's
	// "who are you"), for showing the fix for them; empty when not asked.
	Role flows.Role
	// Shown is true when Options.ShowFix has already shown the fix.
	Shown bool
}

// Fix is the fix the walk ended on, if any.
func (r Result) Fix() (flows.Fix, bool) {
	if r.FixID == "" {
		return flows.Fix{}, false
	}
	return flows.Lookup(r.FixID)
}
