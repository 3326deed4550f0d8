// Package tui is fortnox-doctor's interactive wizard: a Bubble Tea program
// that walks the decision tree from flows, one huh Select per question, and
// ends on a fix screen with copy keys. Its paste screen takes an error, a
// link or a token instead, reads it with diagnose and shows what it points
// at, from where the user opens a fix. It also holds the accessible mode,
// the same walk as plain numbered prompts read line by line.
//
// The root Model routes between small screens (language, question, paste,
// result, fix) and keeps the walk: the answers so far, the paste and what
// it turned out to be, so that "back" and "start over" work across all of
// them. It holds no Fortnox knowledge of its own; every text it shows comes
// from flows, diagnose or i18n.
package tui
