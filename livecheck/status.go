package livecheck

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Status is a check's outcome. The names are stable (they are in
// `check --json`).
type Status string

// The statuses. CouldNotCheck is never a verdict on the integration: the
// network, a timeout or an unexpected answer stood in the way.
const (
	StatusOK            Status = "ok"
	StatusWarning       Status = "warning"
	StatusFailed        Status = "failed"
	StatusSkipped       Status = "skipped"
	StatusCouldNotCheck Status = "could-not-check"
)

// Mark is the one-character symbol that starts a check's line: ✓ ! ✗ – ?.
func (s Status) Mark() string {
	switch s {
	case StatusOK:
		return "✓"
	case StatusWarning:
		return "!"
	case StatusFailed:
		return "✗"
	case StatusSkipped:
		return "–"
	}
	return "?"
}

// Label names the status for people.
func (s Status) Label() i18n.Text {
	switch s {
	case StatusOK:
		return i18n.CheckStatusOK
	case StatusWarning:
		return i18n.CheckStatusWarning
	case StatusFailed:
		return i18n.CheckStatusFailed
	case StatusSkipped:
		return i18n.CheckStatusSkipped
	}
	return i18n.CheckStatusCouldNotCheck
}

// answered reports whether the status came from an answer Fortnox gave (or
// the token itself), rather than from standing in the way of one.
func (s Status) answered() bool {
	return s == StatusOK || s == StatusWarning || s == StatusFailed
}
