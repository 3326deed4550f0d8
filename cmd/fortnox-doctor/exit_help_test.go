package main

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestEveryCommandsHelpSaysItsExitStatus: the help of every command a
// script may call says what its exit status means, in both languages (an
// outside audit found show, list and graph with one line and no word of
// it, unlike explain and check-url).
func TestEveryCommandsHelpSaysItsExitStatus(t *testing.T) {
	said := map[i18n.Lang]string{i18n.English: "Exit status:", i18n.Swedish: "Slutstatus:"}
	for _, l := range i18n.Langs() {
		root := newRootCmd(&app{lang: l})
		for _, c := range root.Commands() {
			if c.Hidden || c.Name() == "help" || c.Name() == "completion" || c.Name() == "mcp" {
				continue
			}
			if !strings.Contains(c.Long, said[l]) {
				t.Errorf("%s in %s: the help says nothing of the exit status:\n%s", c.Name(), l, c.Long)
			}
		}
	}
}
