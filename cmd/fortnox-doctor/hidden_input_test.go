package main

import (
	"bytes"
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
		{name: "typed, then Enter", reads: []string{"a", "b", "c", "\r"}, want: "abc", out: hiddenDone},
		{name: "a paste with marks keeps its lines", reads: []string{pasteStart + "{\r\n\"a\": 1\n}\n" + pasteEnd, "\r"}, want: "{\n\n\"a\": 1\n}\n", out: hiddenDone},
		{name: "a paste's marks split across reads", reads: []string{"\x1b[2", "00~x\ny\x1b", "[201~", "\r"}, want: "x\ny", out: hiddenDone},
		{name: "a paste without marks, in one read", reads: []string{"{\n\"a\": 1\n}\n"}, want: "{\n\"a\": 1\n}", out: hiddenDone},
		{name: "Enter inside a paste does not end it", reads: []string{pasteStart + "a\r", "b" + pasteEnd}, want: "a\nb", out: hiddenMore},
		{name: "ctrl+c", reads: []string{"ab\x03"}, want: "ab", out: hiddenInterrupted},
		{name: "ctrl+d ends", reads: []string{"ab", "\x04"}, want: "ab", out: hiddenDone},
		{name: "backspace takes a whole character", reads: []string{"aé", "\x7f", "\r"}, want: "a", out: hiddenDone},
		{name: "ctrl+u clears", reads: []string{"abc\x15", "d\r"}, want: "d", out: hiddenDone},
		{name: "arrow keys and alt are no text", reads: []string{"a\x1b[A\x1b[1;5Cb\x1bxc", "\r"}, want: "abc", out: hiddenDone},
		{name: "other control characters are dropped", reads: []string{"a\x01\x07b\tc", "\r"}, want: "ab\tc", out: hiddenDone},
		{name: "an escape sequence in a paste is no text", reads: []string{pasteStart + "a\x1b[31mb" + pasteEnd, "\r"}, want: "ab", out: hiddenDone},
		{name: "ctrl+c in a paste whose end mark never came", reads: []string{pasteStart + "abc\r", "\x03"}, want: "abc\n", out: hiddenInterrupted},
		{name: "ctrl+d in a paste whose end mark never came", reads: []string{pasteStart + "abc", "\x04"}, want: "abc", out: hiddenDone},
		{name: "Esc then Enter is Enter", reads: []string{"ab\x1b", "\r"}, want: "ab", out: hiddenDone},
		{name: "Esc then ctrl+c is ctrl+c", reads: []string{"ab\x1b\x03"}, want: "ab", out: hiddenInterrupted},
		{name: "F1 and application-mode arrows (SS3) are no text", reads: []string{"a\x1bOP\x1bOAb", "\r"}, want: "ab", out: hiddenDone},
		{name: "the Linux console's F-keys are no text", reads: []string{"a\x1b[[Ab", "\r"}, want: "ab", out: hiddenDone},
		{name: "DEL in a paste is no text", reads: []string{pasteStart + "a\x7fb" + pasteEnd, "\r"}, want: "ab", out: hiddenDone},
		{name: "past the limit, the rest is read and dropped", reads: []string{pasteStart + "abcdef" + pasteEnd, "\r"}, limit: 3, want: "abc", out: hiddenDone, over: true},
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

// FuzzHiddenInput: whatever a terminal sends, in whatever reads, the text
// kept is within the limit and holds no escape or control character but
// line breaks and tabs.
func FuzzHiddenInput(f *testing.F) {
	f.Add([]byte(pasteStart+"{\n\"access_token\": \"x\"\n}"+pasteEnd+"\r"), uint8(7))
	f.Add([]byte("ab\x1b[Ac\x7f\x15\x03"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		h := hiddenInput{limit: 64}
		size := int(chunk%32) + 1
		for len(data) > 0 {
			n := min(size, len(data))
			if h.feed(data[:n]) != hiddenMore {
				break
			}
			data = data[n:]
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
