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

// TestHelpOfEveryCommandInTheChosenLanguage: each command's help opens
// with its description in the help's language, cobra's own help command
// too ("Help provides help for any command …" was English whatever --lang
// said).
func TestHelpOfEveryCommandInTheChosenLanguage(t *testing.T) {
	for _, c := range newRootCmd(&app{lang: i18n.English}).Commands() {
		if c.Hidden {
			continue
		}
		outs := map[i18n.Lang]string{}
		for _, l := range i18n.Langs() {
			r := cli(t, c.Name(), "--help", "--lang", string(l))
			outs[l] = strings.TrimSpace(strings.SplitN(strings.TrimSpace(r.stdout), "\n", 2)[0])
		}
		if outs[i18n.English] == outs[i18n.Swedish] {
			t.Errorf("%s --help opens the same in both languages: %q", c.Name(), outs[i18n.English])
		}
	}
}
