package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata")

// Golden files: a capture made to exercise every feature, and a real tmux
// capture of `fortnox-doctor show missing-license --lang sv`. Look at an
// updated SVG in a browser (or rsvg-convert it) before committing it.
func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name       string
		cols, rows int
		title      string
	}{
		{"features", 56, 11, `Features <&> "quoted"`},
		{"show-sv", 80, 30, "fortnox-doctor show missing-license"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			capture, err := os.ReadFile(filepath.Join("testdata", tt.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			got := renderSVG(parseScreen(string(capture), tt.cols, tt.rows), tt.title, defaultTheme)
			assertWellFormed(t, got)
			golden := filepath.Join("testdata", tt.name+".svg")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("the SVG differs from %s (run go test -update and look at it):\n%s", golden, firstDifference(got, string(want)))
			}
		})
	}
}

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + itoa(i+1) + ":\n got: " + g[i] + "\nwant: " + w[i]
		}
	}
	return "the lengths differ: " + itoa(len(g)) + " lines, want " + itoa(len(w))
}

func itoa(i int) string { return num(float64(i)) }

// assertWellFormed fails unless svg is well-formed XML.
func assertWellFormed(t *testing.T, svg string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
	}
}

func TestParseScreenStyles(t *testing.T) {
	indexed := func(i uint8) termColor { return termColor{kind: indexedColor, index: i} }
	rgb := func(r, g, b uint8) termColor { return termColor{kind: rgbColor, r: r, g: g, b: b} }
	tests := []struct {
		name    string
		capture string
		want    style // of the cell at column 0 of the first row
	}{
		{"plain", "A", style{}},
		{"bold red", "\x1b[1;31mA", style{bold: true, fg: indexed(1)}},
		{"separate sequences add up", "\x1b[1m\x1b[3m\x1b[4mA", style{bold: true, italic: true, underline: true}},
		{"bright fg and bg", "\x1b[96;101mA", style{fg: indexed(14), bg: indexed(9)}},
		{"256 colours", "\x1b[38;5;208;48;5;17mA", style{fg: indexed(208), bg: indexed(17)}},
		{"rgb with semicolons", "\x1b[38;2;1;2;3mA", style{fg: rgb(1, 2, 3)}},
		{"rgb with colons and a colour space", "\x1b[48:2::10:20:30mA", style{bg: rgb(10, 20, 30)}},
		{"attributes after a colour", "\x1b[38;5;2;1mA", style{fg: indexed(2), bold: true}},
		{"reset", "\x1b[1;31m\x1b[0mA", style{}},
		{"empty SGR resets", "\x1b[1;31m\x1b[mA", style{}},
		{"22 ends bold and faint", "\x1b[1;2m\x1b[22mA", style{}},
		{"39 and 49 restore the defaults", "\x1b[31;41m\x1b[39;49mA", style{}},
		{"reverse", "\x1b[7mA", style{reverse: true}},
		{"27 ends reverse", "\x1b[7;27mA", style{}},
		{"curly underline", "\x1b[4:3mA", style{underline: true}},
		{"underline style 0 is none", "\x1b[4:0mA", style{}},
		{"strike and faint", "\x1b[9;2mA", style{strike: true, faint: true}},
		{"a malformed colour is dropped", "\x1b[38;2;1mA", style{}},
		{"other CSI sequences are ignored", "\x1b[2J\x1b[HA", style{}},
		{"a hyperlink is ignored", "\x1b]8;;https://example.com\x1b\\A", style{}},
		{"a private SGR-like sequence is ignored", "\x1b[?1mA", style{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parseScreen(tt.capture, 4, 1)
			c := s.cells[0][0]
			if c.text != "A" {
				t.Fatalf("cell 0 holds %q, want A", c.text)
			}
			if c.style != tt.want {
				t.Errorf("style %+v, want %+v", c.style, tt.want)
			}
		})
	}
}

func TestParseScreenLayout(t *testing.T) {
	tests := []struct {
		name       string
		capture    string
		cols, rows int
		want       []string // each row's cells, "." for a blank, "_" for a continuation
	}{
		{"lines", "ab\ncd", 3, 2, []string{"a b .", "c d ."}},
		{"Swedish letters are one cell", "åäö", 3, 1, []string{"å ä ö"}},
		{"wide characters take two cells", "日x", 4, 1, []string{"日 _ x ."}},
		{"a wide character that does not fit is dropped", "ab日", 3, 1, []string{"a b ."}},
		{"a tab goes to the next stop", "a\tb", 10, 1, []string{"a . . . . . . . b ."}},
		{"carriage return overwrites", "abc\rX", 3, 1, []string{"X b c"}},
		{"CRLF line ends", "a\r\nb", 2, 2, []string{"a .", "b ."}},
		{"text past the last column is cut", "abcdef", 3, 1, []string{"a b c"}},
		{"rows past the last are cut", "a\nb\nc", 1, 2, []string{"a", "b"}},
		{"escape sequences take no cells", "\x1b[1ma\x1b[0mb", 2, 1, []string{"a b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := parseScreen(tt.capture, tt.cols, tt.rows)
			for r, want := range tt.want {
				var got []string
				for _, c := range s.cells[r] {
					switch {
					case c.width == 0:
						got = append(got, "_")
					case c.text == "":
						got = append(got, ".")
					default:
						got = append(got, c.text)
					}
				}
				if g := strings.Join(got, " "); g != want {
					t.Errorf("row %d = %q, want %q", r, g, want)
				}
			}
		})
	}
}

func TestStyleCarriesOverLines(t *testing.T) {
	// tmux writes an SGR change once, where it happens, even across lines.
	s := parseScreen("\x1b[32ma\nb\x1b[0mc", 2, 2)
	green := termColor{kind: indexedColor, index: 2}
	if s.cells[1][0].style.fg != green {
		t.Errorf("b has %+v, want green carried over from the line above", s.cells[1][0].style)
	}
	if s.cells[1][1].style != (style{}) {
		t.Errorf("c has %+v, want the reset style", s.cells[1][1].style)
	}
}

func TestShapesAndText(t *testing.T) {
	svg := renderSVG(parseScreen("┌─╮ █ åäö <b>&", 16, 1), "", defaultTheme)
	assertWellFormed(t, svg)
	for _, want := range []string{
		`>åäö &lt;b&gt;&amp;</text>`,                                    // Swedish letters as text, markup escaped
		`<path d="M4.2 9H8.4`,                                           // ┌ drawn as a path: right arm
		`A4.2 4.2 0 0 1 21 13.2V18`,                                     // ╮ drawn with an arc, turning down
		`<rect x="33.6" y="0" width="8.4" height="18" fill="#dddddd"/>`, // █ as a rectangle
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %s:\n%s", want, svg)
		}
	}
	for _, glyph := range []string{"┌", "─", "╮", "█"} {
		if strings.Contains(svg, glyph) {
			t.Errorf("%s is drawn as text, want a shape", glyph)
		}
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		in   string
		want string
	}{
		{"zero size", []string{"-cols", "0"}, "", "1 to 1000 cells"},
		{"huge size", []string{"-rows", "100000"}, "", "1 to 1000 cells"},
		{"stray argument", []string{"capture.txt"}, "", "read from standard input"},
		{"unknown flag", []string{"-colour"}, "", "flag provided but not defined"},
		{"too large a capture", nil, strings.Repeat("x", maxCaptureBytes+1), "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tt.args, strings.NewReader(tt.in), &out, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("run(%q) = %v, want an error containing %q", tt.args, err, tt.want)
			}
			if out.Len() > 0 {
				t.Errorf("run(%q) wrote output despite the error", tt.args)
			}
		})
	}
}

func TestRunWritesTheSVG(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-cols", "10", "-rows", "2", "-title", "t"}, strings.NewReader("hej"), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `width="116" height="96"`) || !strings.Contains(out.String(), ">hej</text>") {
		t.Errorf("unexpected SVG:\n%s", out.String())
	}
}

// Whatever a capture holds, the converter must not panic and must write
// well-formed XML.
func FuzzRender(f *testing.F) {
	for _, name := range []string{"features", "show-sv"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("\x1b[38;2;")
	f.Add("\x1b[4:")
	f.Add("\x1b]0;title\x07\x00\x01\xff\xfe")
	f.Fuzz(func(t *testing.T, capture string) {
		assertWellFormed(t, renderSVG(parseScreen(capture, 20, 5), capture, defaultTheme))
	})
}

// BenchmarkRender measures a full 80×30 screen of real output, capture to
// SVG.
func BenchmarkRender(b *testing.B) {
	capture, err := os.ReadFile(filepath.Join("testdata", "show-sv.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		renderSVG(parseScreen(string(capture), 80, 30), "fortnox-doctor", defaultTheme)
	}
}

func TestFitTitle(t *testing.T) {
	width := 2*padding + 80*cellWidth
	short := "fortnox-doctor"
	if got := fitTitle(short, width); got != short {
		t.Errorf("a short title was changed: %q", got)
	}
	long := "fortnox-doctor explain '" + strings.Repeat("x", 100) + "'"
	got := fitTitle(long, width)
	room := int((width - 2*buttonsWidth) / cellWidth)
	if n := len([]rune(got)); n != room || !strings.HasSuffix(got, "…") {
		t.Errorf("fitTitle gave %d runes (room %d): %q", n, room, got)
	}
}
