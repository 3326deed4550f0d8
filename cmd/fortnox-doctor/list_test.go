package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

// On a terminal of 80 columns every line of list fits and no word is
// broken: each fix's title, its words joined again, is whole in the output.
func TestListFitsTheTerminal(t *testing.T) {
	for _, l := range i18n.Langs() {
		r := invocation{tty: true, env: []string{"NO_COLOR=1"}}.run(t, "list", "--lang", string(l))
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", l, r.code, r.stderr)
		}
		out := ansi.Strip(r.stdout)
		for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if w := textwrap.Width(line); w > 80 {
				t.Errorf("%s: %q is %d wide", l, line, w)
			}
		}
		words := strings.Join(strings.Fields(out), " ")
		for _, f := range flows.Fixes() {
			if !strings.Contains(words, f.ID+" "+strings.Join(strings.Fields(f.Title.In(l)), " ")) {
				t.Errorf("%s: %s and its title are not whole in the output", l, f.ID)
			}
		}
	}
}
