// Package flows is fortnox-doctor's Fortnox knowledge: the fix catalogue, the
// decision tree that leads to a fix, their validation, plain-text and
// Markdown rendering of a fix, and graph export.
//
// It is pure data and functions: it imports nothing of ours but i18n and no
// terminal package, so the catalogue can be read, tested and exported
// without a terminal. What identifies a fix in pasted text (its Fortnox
// codes, OAuth error names and phrases) is declared on the fix itself, next
// to its advice, so adding a fix is one edit in one place.
package flows
