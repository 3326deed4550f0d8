package main

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// wantsHelp reports whether the arguments ask for help (-h, --help, or
// the help command, also after the flags that may come before it, as in
// `--lang sv help show`), whose output is fang's.
func wantsHelp(args []string) bool {
	if slices.Contains(args, "-h") || slices.Contains(args, "--help") {
		return true
	}
	for i := 0; i < len(args); i++ {
		switch arg := args[i]; {
		case arg == "--":
			return false
		case arg == "--lang" || arg == "--output":
			i++ // the flag's value
		case strings.HasPrefix(arg, "-"):
		default:
			return arg == "help"
		}
	}
	return false
}

// helpLines passes fang's help on line by line. Into a file or a pipe
// (trim) it drops the blanks at the end of each line: fang lays help out
// in a block as wide as the terminal, or 120 columns when there is none,
// and pads every line to that width, which there is only noise. In
// Swedish it says the headings fang writes in English (USAGE, FLAGS …) in
// Swedish, and the placeholders of its use lines ([command], [--flags]):
// as a placeholder's Swedish is longer, it holds the lines back until
// Flush, to move the descriptions of a list of commands and flags as one
// column.
type helpLines struct {
	w    io.Writer
	trim bool
	lang i18n.Lang
	line []byte
	// held are the lines held back for Flush (Swedish only).
	held [][]byte
}

func (t *helpLines) Write(p []byte) (int, error) {
	for _, c := range p {
		if c != '\n' {
			t.line = append(t.line, c)
			continue
		}
		if t.lang != i18n.English {
			t.held = append(t.held, bytes.Clone(t.line))
		} else if _, err := t.w.Write(append(t.edit(t.line), '\n')); err != nil {
			return 0, err
		}
		t.line = t.line[:0]
	}
	return len(p), nil
}

// edit is what becomes of one line: trimmed, and with a heading in the
// chosen language.
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

// Flush writes the lines held back, and a last line that had no newline.
func (t *helpLines) Flush() error {
	held, last := t.held, t.line
	t.held, t.line = nil, nil
	lines := held
	if len(last) > 0 {
		lines = append(lines, last)
	}
	lines = translatePlaceholders(lines, t.lang)
	for i, line := range lines {
		line = t.edit(line)
		if i < len(held) {
			line = append(line, '\n')
		}
		if _, err := t.w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

// translatePlaceholders says the placeholders of fang's use lines
// ([command], [--flags]) in l. A list of commands and flags puts its
// descriptions in one column, after the widest entry and two blanks, and
// a placeholder's Swedish is longer than its English: each entry's
// description moves right as far as the entry that grew most, so that the
// column stays one.
func translatePlaceholders(lines [][]byte, l i18n.Lang) [][]byte {
	if l == i18n.English {
		return lines
	}
	grown := make([]int, len(lines))
	// column is where the blanks before an entry's description start, or
	// -1 for a line that is no entry of a list.
	column := make([]int, len(lines))
	most, inList := 0, false
	for i, line := range lines {
		visible := string(bytes.TrimSpace([]byte(ansi.Strip(string(line)))))
		switch visible {
		case i18n.HelpHeadingCommands.En, i18n.HelpHeadingFlags.En:
			inList = true
		case i18n.HelpHeadingUsage.En, i18n.HelpHeadingExamples.En:
			inList = false
		}
		for _, p := range i18n.HelpPlaceholders() {
			en, sv := []byte(p.En), []byte(p.In(l))
			if n := bytes.Count(line, en); n > 0 {
				line = bytes.ReplaceAll(line, en, sv)
				grown[i] += n * (utf8.RuneCount(sv) - utf8.RuneCount(en))
			}
		}
		lines[i] = line
		column[i] = -1
		if inList {
			column[i] = descriptionColumn(line)
		}
		if column[i] >= 0 {
			most = max(most, grown[i])
		}
	}
	for i, line := range lines {
		if column[i] >= 0 && grown[i] < most {
			lines[i] = slices.Insert(line, column[i], bytes.Repeat([]byte(" "), most-grown[i])...)
		}
	}
	return lines
}

// descriptionColumn is where the blanks between a list entry and its
// description start: an entry is indented four and its name holds no two
// blanks in a row. It is -1 for a line that is not one.
func descriptionColumn(line []byte) int {
	const indent = "    "
	if !bytes.HasPrefix(line, []byte(indent)) || len(line) == len(indent) || line[len(indent)] == ' ' {
		return -1
	}
	at := bytes.Index(line[len(indent):], []byte("  "))
	if at < 0 {
		return -1
	}
	return len(indent) + at
}
