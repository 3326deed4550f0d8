package version

import (
	"fmt"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// shortCommit is how many hex digits of the commit hash are shown, as
// `git log --oneline` does.
const shortCommit = 7

// Format describes the build in one line for --version, in the given
// language: "1.2.3 (commit 0123abc, 2026-01-02)". A part that is not known
// says so rather than being left out, so that a bug report always shows
// what was known; a build from a modified tree marks its commit "-dirty",
// as `git describe --dirty` does.
func (i Info) Format(l i18n.Lang) string {
	v := i.Version
	if v == "" {
		v = i18n.VersionUnknown.In(l)
	}
	commit := i18n.VersionCommitUnknown.In(l)
	if i.Commit != "" {
		c := i.Commit
		if len(c) > shortCommit {
			c = c[:shortCommit]
		}
		if i.Modified {
			c += "-dirty"
		}
		commit = i18n.VersionCommit.Format(l, c)
	}
	date := i18n.VersionDateUnknown.In(l)
	if !i.Date.IsZero() {
		date = i.Date.Format("2006-01-02")
	}
	return fmt.Sprintf("%s (%s, %s)", v, commit, date)
}
