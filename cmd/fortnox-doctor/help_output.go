package main

import (
	"bytes"
	"io"
	"slices"

	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// wantsHelp reports whether the arguments ask for help (-h, --help, or
// the help command), whose output is fang's.
func wantsHelp(args []string) bool {
	return slices.Contains(args, "-h") || slices.Contains(args, "--help") || (len(args) > 0 && args[0] == "help")
}

// helpLines passes fang's help on line by line. Into a file or a pipe
// (trim) it drops the blanks at the end of each line: fang lays help out
// in a block as wide as the terminal, or 120 columns when there is none,
// and pads every line to that width, which there is only noise. In
// Swedish it says the headings fang writes in English (USAGE, FLAGS …) in
// Swedish.
type helpLines struct {
	w    io.Writer
	trim bool
	lang i18n.Lang
	line []byte
}

func (t *helpLines) Write(p []byte) (int, error) {
	for _, c := range p {
		if c != '\n' {
			t.line = append(t.line, c)
			continue
		}
		if _, err := t.w.Write(append(t.edit(t.line), '\n')); err != nil {
			return 0, err
		}
		t.line = t.line[:0]
	}
	return len(p), nil
}

// edit is what becomes of one line.
func (t *helpLines) edit(line []byte) []byte {
	if t.trim {
		line = bytes.TrimRight(line, " ")
	}
	if t.lang == i18n.English {
		return line
	}
	// A heading is a line of its own: its word alone, between the
	// escape codes that style it.
	visible := bytes.TrimSpace([]byte(ansi.Strip(string(line))))
	for _, h := range i18n.HelpHeadings() {
		if string(visible) == h.En {
			return bytes.Replace(line, []byte(h.En), []byte(h.In(t.lang)), 1)
		}
	}
	return line
}

// Flush writes a last line that had no newline.
func (t *helpLines) Flush() error {
	if len(t.line) == 0 {
		return nil
	}
	_, err := t.w.Write(t.edit(t.line))
	t.line = nil
	return err
}
