package tui

import (
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// liveCheck is the wizard's "Check with Fortnox" state: the options (nil
// when the action is off), and while a check is open its screen and the
// screen it was opened from.
type liveCheck struct {
	opts   *CheckOptions
	screen *checkScreen
	under  screen
}

// checkConfirms are the fixes a check can confirm or rule out (fortnox.md
// §9): their screens offer the check too.
var checkConfirms = []string{
	livecheck.FixTokenMissingScope, livecheck.FixNotLicensedForScope, livecheck.FixMissingLicense,
	livecheck.FixMissingRights, livecheck.FixMissingRightsWarehouse, livecheck.FixWrongCompanyAuthorized,
	livecheck.FixAccessTokenExpired, livecheck.FixInvalidLogin, "scopes-differ-between-connections",
}

// holdsToken reports whether the person may hold the integration's access
// token, which a check sends: the integrator, or someone who did not say
// who they are. The customer's administrator and the consultant act in
// Fortnox's screens and have no token to send (fortnox.md §8).
func holdsToken(person flows.Role) bool { return person == "" || person == flows.Developer }

// canCheck reports whether the action is offered here: the wizard has
// check options, no check is open, and the screen shows something a check
// can try (a pasted token's result, a fix a check can confirm).
func (m *Model) canCheck() bool {
	return m.c.checks && m.screen.checkable()
}

// setChecks tells the screens whether the check can be opened.
func (m *Model) setChecks() { m.c.checks = m.live.opts != nil && m.live.screen == nil }

// openCheck shows the check of the pasted token, asking first; without a
// pasted token it asks for one.
func (m *Model) openCheck() {
	paste := m.walk.paste.text
	if diagnose.Classify(paste) != diagnose.PasteToken {
		paste = ""
	}
	m.live.screen = newCheckScreen(m.c, *m.live.opts, paste, m.now())
	m.live.under = m.screen
	m.screen = m.live.screen
	m.setChecks()
	m.layout()
}

// closeCheck stops a run under way and goes back to where the check was
// opened from.
func (m *Model) closeCheck() {
	m.live.screen.stop()
	m.screen = m.live.under
	m.live.screen, m.live.under = nil, nil
	m.setChecks()
	m.rebuild() // the language may have changed meanwhile
	m.layout()
}
