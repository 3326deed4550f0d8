package tui

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestLineReader(t *testing.T) {
	type line struct {
		text string
		long bool
	}
	big := strings.Repeat("x", 5000)
	cases := []struct {
		name  string
		input string
		max   int
		want  []line
	}{
		{"nothing", "", 10, nil},
		{"lines", "a\nbb\n\nccc\n", 10, []line{{"a", false}, {"bb", false}, {"", false}, {"ccc", false}}},
		{"CRLF", "a\r\nb\r\n", 10, []line{{"a", false}, {"b", false}}},
		{"a last line without newline", "a\nb", 10, []line{{"a", false}, {"b", false}}},
		{"a lone CR stays", "a\rb\n", 10, []line{{"a\rb", false}}},
		{"exactly max", "abcde\nf\n", 5, []line{{"abcde", false}, {"f", false}}},
		{"longer than max, then more", "abcdefgh\nij\n", 5, []line{{"abcde", true}, {"ij", false}}},
		// Longer than bufio's buffer, so read in several pieces.
		{"longer than the buffer", big + "\r\n" + big + "\nz", 10000, []line{{big, false}, {big, false}, {"z", false}}},
		{"far longer than max", big + big + "\nz\n", 100, []line{{big[:100], true}, {"z", false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, r := range []io.Reader{strings.NewReader(c.input), iotest.OneByteReader(strings.NewReader(c.input))} {
				lr := newLineReader(r, c.max)
				var got []line
				for {
					text, long, err := lr.next()
					if errors.Is(err, io.EOF) {
						break
					}
					if err != nil {
						t.Fatal(err)
					}
					got = append(got, line{text, long})
				}
				if len(got) != len(c.want) {
					t.Fatalf("%d lines, want %d: %+v", len(got), len(c.want), got)
				}
				for i := range got {
					if got[i] != c.want[i] {
						t.Errorf("line %d = %.30q (long %v), want %.30q (long %v)", i, got[i].text, got[i].long, c.want[i].text, c.want[i].long)
					}
				}
			}
		})
	}
	if _, _, err := newLineReader(iotest.ErrReader(io.ErrClosedPipe), 10).next(); !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("a read error gave %v", err)
	}
}
