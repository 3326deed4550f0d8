package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// The help's headings are in the help's language: fang writes USAGE,
// COMMANDS, FLAGS and EXAMPLES in English whatever --lang says.
func TestHelpHeadingsInTheChosenLanguage(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"show", "--help"}, {"help", "check"}} {
		for _, l := range i18n.Langs() {
			r := cli(t, append(slices.Clone(args), "--lang", string(l))...)
			var headings []string
			for line := range strings.Lines(r.stdout) {
				headings = append(headings, strings.TrimSpace(line))
			}
			for _, h := range []i18n.Text{i18n.HelpHeadingUsage, i18n.HelpHeadingFlags} {
				if !slices.Contains(headings, h.In(l)) {
					t.Errorf("%v in %s: no heading %q in\n%s", args, l, h.In(l), r.stdout)
				}
				if other := h.In(l.Other()); slices.Contains(headings, other) {
					t.Errorf("%v in %s: heading %q in the other language", args, l, other)
				}
			}
		}
	}
}
