package main

import (
	"fmt"
	"io"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

// checkMark is a check's mark in the colours every report uses
// (diagnose_output.go's styles).
func checkMark(s livecheck.Status) string {
	m := s.Mark()
	switch s {
	case livecheck.StatusOK:
		return cliStyle(report.RoleGood, m)
	case livecheck.StatusWarning:
		return cliStyle(report.RoleWarning, m)
	case livecheck.StatusFailed:
		return cliStyle(report.RoleBad, m)
	}
	return cliStyle(report.RoleMuted, m)
}

// writeCheckLine prints one check on one line, a failure (or a warning
// with a fix) followed by its fix's ID and title.
func writeCheckLine(w io.Writer, l i18n.Lang, c livecheck.Check) {
	fmt.Fprintln(w, checkMark(c.Status)+" "+headingStyle.Render(c.Name.In(l))+": "+c.Summary.In(l))
	if c.FixID != "" && (c.Status == livecheck.StatusFailed || c.Status == livecheck.StatusWarning) {
		fmt.Fprintln(w, "    "+i18n.CheckFix.Format(l, idStyle.Render(c.FixID), fixTitle(c.FixID, l)))
	}
}

// writeCheckEnd prints, after the checks, how to see each failure's
// steps, that nothing could be checked, that some checks did not run, or
// that every check passed.
func writeCheckEnd(w io.Writer, l i18n.Lang, r livecheck.Report, maxRequests int) {
	fmt.Fprintln(w)
	switch ids := r.FixIDs(); {
	case len(ids) > 0:
		for _, id := range ids {
			fmt.Fprintln(w, i18n.CheckRunShow.Format(l, id))
		}
	case r.NothingChecked():
		fmt.Fprintln(w, i18n.CheckNothingAnswer.In(l))
	case r.Incomplete():
		fmt.Fprintln(w, i18n.CheckIncomplete.Format(l, r.Unchecked(), len(r.Checks)))
		if r.Capped {
			fmt.Fprintln(w, i18n.CheckIncompleteCapped.Format(l, maxRequests))
		}
	default:
		fmt.Fprintln(w, i18n.CheckAllPassed.In(l))
	}
}

// fixTitle is a fix's title in the catalogue; the ID when the catalogue
// does not hold it.
func fixTitle(id string, l i18n.Lang) string {
	if f, ok := flows.Lookup(id); ok {
		return f.Title.In(l)
	}
	return id
}
