package diagnose

import (
	"cmp"
	"slices"
)

// Severity is how much a finding matters. The names are stable.
type Severity string

// The severities, worst first.
const (
	// SeverityError is a problem that makes Fortnox refuse.
	SeverityError Severity = "error"
	// SeverityWarning is probably unintended and fails later or for some.
	SeverityWarning Severity = "warning"
	// SeverityInfo is worth knowing.
	SeverityInfo Severity = "info"
)

func (s Severity) rank() int {
	switch s {
	case SeverityError:
		return 0
	case SeverityWarning:
		return 1
	}
	return 2
}

// Finding is one thing check-url or inspect-token noticed.
type Finding struct {
	Severity Severity
	// Code names the finding, stable and kebab-case, e.g. "scope-commas".
	Code string
	// Message says what is wrong and what to do.
	Message Message
	// FixID is the catalogue fix that explains the problem, if one fits.
	FixID string
}

// findings collects findings in the order they are made.
type findings []Finding

func (f *findings) add(sev Severity, code, fixID string, m Message) {
	*f = append(*f, Finding{Severity: sev, Code: code, Message: m, FixID: fixID})
}

// sorted returns the findings worst first, keeping their order within a
// severity.
func (f findings) sorted() []Finding {
	out := slices.Clone([]Finding(f))
	slices.SortStableFunc(out, func(a, b Finding) int { return cmp.Compare(a.Severity.rank(), b.Severity.rank()) })
	return out
}

// hasErrors reports whether any finding is an error.
func hasErrors(fs []Finding) bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Severity == SeverityError })
}
