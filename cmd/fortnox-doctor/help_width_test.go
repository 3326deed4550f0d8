package main

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/textwrap"
)

// Every command's and flag's line of --help fits 80 columns in both
// languages, so that a terminal does not wrap it mid-word; and help piped
// to a file carries no padding at the end of its lines.
func TestHelpFitsEightyColumns(t *testing.T) {
	commands := [][]string{{}}
	for _, name := range commandNames(newRootCmd(&app{lang: i18n.English})) {
		commands = append(commands, []string{name})
	}
	for _, l := range i18n.Langs() {
		for _, c := range commands {
			args := append(append([]string{"--lang", string(l)}, c...), "--help")
			r := cli(t, args...)
			if r.code != 0 {
				t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
			}
			for _, line := range strings.Split(r.stdout, "\n") {
				if strings.TrimRight(line, " ") != line {
					t.Errorf("%v: padded line %q", args, line)
				}
				// Lists of commands and flags, indented four; fang wraps
				// the description above them itself.
				if strings.HasPrefix(line, "    ") && textwrap.Width(line) > 80 {
					t.Errorf("%v: %d wide: %q", args, textwrap.Width(line), line)
				}
			}
		}
	}
}
