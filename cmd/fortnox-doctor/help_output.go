package main

import (
	"bytes"
	"io"
	"slices"
)

// wantsHelp reports whether the arguments ask for help (-h, --help, or
// the help command), whose output is fang's.
func wantsHelp(args []string) bool {
	return slices.Contains(args, "-h") || slices.Contains(args, "--help") || (len(args) > 0 && args[0] == "help")
}

// trimmedLines passes text on line by line without the blanks at the end
// of each line. fang lays help out in a block as wide as the terminal, or
// 120 columns when there is none, and pads every line to that width: into
// a file or a pipe that padding is only noise.
type trimmedLines struct {
	w    io.Writer
	line []byte
}

func (t *trimmedLines) Write(p []byte) (int, error) {
	for _, c := range p {
		if c != '\n' {
			t.line = append(t.line, c)
			continue
		}
		if _, err := t.w.Write(append(bytes.TrimRight(t.line, " "), '\n')); err != nil {
			return 0, err
		}
		t.line = t.line[:0]
	}
	return len(p), nil
}

// Flush writes a last line that had no newline.
func (t *trimmedLines) Flush() error {
	if len(t.line) == 0 {
		return nil
	}
	_, err := t.w.Write(bytes.TrimRight(t.line, " "))
	t.line = nil
	return err
}
