package diagnose

import (
	"slices"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// Match is a fix the paste points at, with how strongly and why.
type Match struct {
	// FixID is the catalogue ID of the fix.
	FixID string
	// Score ranks matches: a code outweighs a phrase, which outweighs an
	// OAuth error name, which outweighs an HTTP status; words of the fix
	// found in the paste add their weight (see retrieve).
	Score int
	// Confidence is High when the evidence names the problem, Low for a
	// guess offered as "might be".
	Confidence Confidence
	// Evidence is what in the paste pointed at the fix, strongest first.
	Evidence []Evidence
}

// Confidence is how sure a match is. The names are stable (explain --json).
type Confidence string

// The confidence levels.
const (
	// ConfidenceHigh: the paste names the problem (a code, Fortnox's text,
	// an OAuth error, enough of the fix's words).
	ConfidenceHigh Confidence = "high"
	// ConfidenceLow: a guess; the paste shares some words with the fix, or
	// is about another service.
	ConfidenceLow Confidence = "low"
)

// specific reports whether the match rests on evidence that names the
// problem (see Evidence.specific), not only on supporting evidence.
func (m Match) specific() bool { return slices.ContainsFunc(m.Evidence, Evidence.specific) }

// sharedPhrase reports whether the match rests on a Fortnox message in
// words other software says too, in a paste not about Fortnox.
func (m Match) sharedPhrase() bool {
	return slices.ContainsFunc(m.Evidence, func(e Evidence) bool { return e.Kind == EvidenceSharedPhrase })
}

// High reports whether the match is confident.
func (m Match) High() bool { return m.Confidence == ConfidenceHigh }

// Fix returns the matched fix from the catalogue.
func (m Match) Fix() flows.Fix {
	f, _ := flows.Lookup(m.FixID)
	return f
}
