package main

import (
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/shape"
)

// fixJSON is a fix in one language as `show --json` and the wizard's
// --json print it: package shape's Fix, which show_fix answers with too.
// Field names are part of the command-line contract.
type fixJSON = shape.Fix

// newFixJSON is the fix in one language, its actions ordered for person
// (the zero Role keeps the fix's order).
func newFixJSON(f flows.Fix, l i18n.Lang, person flows.Role) fixJSON {
	return shape.NewFix(f, l, person)
}
