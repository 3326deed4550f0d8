// Package tui is fortnox-doctor's interactive wizard: a Bubble Tea program
// that walks the decision tree from flows, one huh Select per question, and
// ends on a fix screen with copy keys. It also holds the accessible mode, the
// same walk as plain numbered prompts read line by line.
//
// The root Model routes between small screens (language, question, fix) and
// keeps the walk: the answers so far, so that "back" and "start over" work
// and a later paste step fits the same history. It holds no Fortnox
// knowledge of its own; every text it shows comes from flows or i18n.
package tui
