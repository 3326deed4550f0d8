package main

import (
	"bytes"
	"cmp"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestHiddenInput feeds what a terminal sends at a hidden prompt, in the
// reads it arrives in.
func TestHiddenInput(t *testing.T) {
	tests := []struct {
		name  string
		reads []string
		limit int
		want  string
		out   hiddenOutcome
		over  bool
	}{
		{name: "typed, then Enter", reads: []string{"a", "b", "c", "\r"}, want: "abc", out: hiddenLineEnd},
		{name: "a paste with marks keeps its lines", reads: []string{pasteStart + "{\r\n\"a\": 1\n}\n" + pasteEnd, "\r"}, want: "{\n\n\"a\": 1\n}\n", out: hiddenLineEnd},
		{name: "a paste's marks split across reads", reads: []string{"\x1b[2", "00~x\ny\x1b", "[201~", "\r"}, want: "x\ny", out: hiddenLineEnd},
		{name: "a paste without marks, in one read", reads: []string{"{\n\"a\": 1\n}\n"}, want: "{\n\"a\": 1\n}", out: hiddenLineEnd},
		{name: "Enter inside a paste does not end it", reads: []string{pasteStart + "a\r", "b" + pasteEnd}, want: "a\nb", out: hiddenMore},
		{name: "ctrl+c", reads: []string{"ab\x03"}, want: "ab", out: hiddenInterrupted},
		{name: "ctrl+d ends", reads: []string{"ab", "\x04"}, want: "ab", out: hiddenDone},
		{name: "backspace takes a whole character", reads: []string{"aé", "\x7f", "\r"}, want: "a", out: hiddenLineEnd},
		{name: "ctrl+u clears", reads: []string{"abc\x15", "d\r"}, want: "d", out: hiddenLineEnd},
		{name: "arrow keys and alt are no text", reads: []string{"a\x1b[A\x1b[1;5Cb\x1bxc", "\r"}, want: "abc", out: hiddenLineEnd},
		{name: "other control characters are dropped", reads: []string{"a\x01\x07b\tc", "\r"}, want: "ab\tc", out: hiddenLineEnd},
		{name: "an escape sequence in a paste is no text", reads: []string{pasteStart + "a\x1b[31mb" + pasteEnd, "\r"}, want: "ab", out: hiddenLineEnd},
		{name: "ctrl+c in a paste whose end mark never came", reads: []string{pasteStart + "abc\r", "\x03"}, want: "abc\n", out: hiddenInterrupted},
		{name: "ctrl+d in a paste whose end mark never came", reads: []string{pasteStart + "abc", "\x04"}, want: "abc", out: hiddenDone},
		{name: "Esc then Enter is Enter", reads: []string{"ab\x1b", "\r"}, want: "ab", out: hiddenLineEnd},
		{name: "Esc then ctrl+c is ctrl+c", reads: []string{"ab\x1b\x03"}, want: "ab", out: hiddenInterrupted},
		{name: "F1 and application-mode arrows (SS3) are no text", reads: []string{"a\x1bOP\x1bOAb", "\r"}, want: "ab", out: hiddenLineEnd},
		{name: "the Linux console's F-keys are no text", reads: []string{"a\x1b[[Ab", "\r"}, want: "ab", out: hiddenLineEnd},
		{name: "DEL in a paste is no text", reads: []string{pasteStart + "a\x7fb" + pasteEnd, "\r"}, want: "ab", out: hiddenLineEnd},
		{name: "past the limit, the rest is read and dropped", reads: []string{pasteStart + "abcdef" + pasteEnd, "\r"}, limit: 3, want: "abc", out: hiddenLineEnd, over: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := hiddenInput{limit: tt.limit}
			if h.limit == 0 {
				h.limit = 1 << 10
			}
			out := hiddenMore
			for _, r := range tt.reads {
				if out = h.feed([]byte(r)); out != hiddenMore {
					break
				}
			}
			if string(h.text) != tt.want || out != tt.out || h.over != tt.over {
				t.Errorf("got %q, outcome %d, over %v; want %q, %d, %v", h.text, out, h.over, tt.want, tt.out, tt.over)
			}
		})
	}
}

// chunks is a terminal's input as the reads it arrives in; after the last
// one it has ended, or it fails with err.
type chunks struct {
	reads []string
	err   error
	// withLast returns the end (err, or io.EOF) with the last read, as a
	// reader may.
	withLast bool
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.reads) == 0 {
		return 0, cmp.Or(c.err, io.EOF)
	}
	n := copy(p, c.reads[0])
	if c.reads[0] = c.reads[0][n:]; c.reads[0] == "" {
		c.reads = c.reads[1:]
	}
	if c.withLast && len(c.reads) == 0 {
		return n, cmp.Or(c.err, io.EOF)
	}
	return n, nil
}

// queued is readFrom's pending for chunks: more has come when a read is
// left.
func (c *chunks) queued() bool { return len(c.reads) > 0 }

// TestHiddenInputReadFrom: a read that ends in a line break is Enter,
// unless more follows at once, as a paste without marks does when the
// terminal sends it in several writes; none of such a paste is left
// unread for the shell.
func TestHiddenInputReadFrom(t *testing.T) {
	never := func(*chunks) bool { return false }
	tests := []struct {
		name    string
		reads   []string
		err     error
		pending func(*chunks) bool
		// withLast: the end comes with the last read.
		withLast bool
		want     string
		out      hiddenOutcome
		left     int // reads left unread
	}{
		{name: "a paste without marks cut after its line breaks", reads: []string{"{\n", "\"a\": 1\r", "}\n"}, pending: (*chunks).queued, want: "{\n\"a\": 1\n}", out: hiddenDone},
		{name: "Enter with nothing after it at once", reads: []string{"abc\r", "next\r"}, pending: never, want: "abc", out: hiddenDone, left: 1},
		{name: "typed, then Enter, a key at a time", reads: []string{"a", "b", "\r"}, pending: (*chunks).queued, want: "ab", out: hiddenDone},
		{name: "the end of the input", reads: []string{"abc"}, pending: never, want: "abc", out: hiddenDone},
		{name: "ctrl+c after a line break", reads: []string{"abc\n", "\x03", "more"}, pending: (*chunks).queued, want: "abc\n", out: hiddenInterrupted, left: 1},
		{name: "a read that fails", reads: []string{"abc"}, err: io.ErrUnexpectedEOF, pending: never, want: "abc", out: hiddenMore},
		{name: "a line break read with the end of the input", reads: []string{"abc\n"}, withLast: true, pending: func(*chunks) bool { return true }, want: "abc", out: hiddenDone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &chunks{reads: slices.Clone(tt.reads), err: tt.err, withLast: tt.withLast}
			h := hiddenInput{limit: 1 << 10}
			out, err := h.readFrom(in, func() bool { return tt.pending(in) })
			if !errors.Is(err, tt.err) || string(h.text) != tt.want || out != tt.out || len(in.reads) != tt.left {
				t.Errorf("got %q, outcome %d, %v, %d reads left; want %q, %d, %v, %d", h.text, out, err, len(in.reads), tt.want, tt.out, tt.err, tt.left)
			}
		})
	}
}

// FuzzHiddenInput: whatever a terminal sends, in whatever reads (each read
// that ends in a line break followed by more, as a paste is), the text
// kept is within the limit and holds no escape or control character but
// line breaks and tabs.
func FuzzHiddenInput(f *testing.F) {
	f.Add([]byte(pasteStart+"{\n\"access_token\": \"x\"\n}"+pasteEnd+"\r"), uint8(7))
	f.Add([]byte("ab\x1b[Ac\x7f\x15\x03"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		h := hiddenInput{limit: 64}
		size := int(chunk%32) + 1
		in := &chunks{}
		for rest := data; len(rest) > 0; {
			n := min(size, len(rest))
			in.reads = append(in.reads, string(rest[:n]))
			rest = rest[n:]
		}
		if _, err := h.readFrom(in, in.queued); err != nil {
			t.Fatal(err)
		}
		if len(h.text) > h.limit {
			t.Fatalf("kept %d bytes, limit %d", len(h.text), h.limit)
		}
		if i := bytes.IndexFunc(h.text, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' }); i >= 0 {
			t.Fatalf("kept a control character: %q", h.text)
		}
		if strings.Contains(string(h.text), "\x1b") {
			t.Fatalf("kept an escape: %q", h.text)
		}
		// ctrl+c always ends the input, whatever came before.
		if out := h.feed([]byte{keyInterrupt}); out != hiddenInterrupted {
			t.Fatalf("ctrl+c after %q gave %d", data, out)
		}
	})
}
