package testkit

import "testing"

// TestLeaksCatchesEveryRawPaste: each hostile paste, as it is, is caught,
// so that a test passing on its output means the output was cleaned.
func TestLeaksCatchesEveryRawPaste(t *testing.T) {
	for _, h := range All() {
		if h.Name == "json-escaped-esc" {
			// Escaped, it is text and harmless; it is what a reader that
			// decodes JSON (inspect-token) makes of it that must not show.
			if len(Leaks(`{"decoded":"\u001b]52;c;ZXZpbA==\u0007"}`, nil)) == 0 {
				t.Error("a JSON string that decodes to an escape sequence passes Leaks")
			}
			continue
		}
		if len(Leaks(h.Paste, h.Secrets)) == 0 {
			t.Errorf("%s: the raw paste passes Leaks: %q", h.Name, h.Paste)
		}
		if len(FrameLeaks(h.Paste, h.Secrets)) == 0 {
			t.Errorf("%s: the raw paste passes FrameLeaks: %q", h.Name, h.Paste)
		}
	}
	if n := len(ControlSequences()); n != 19 {
		t.Errorf("%d control-sequence classes, want the issue's 19", n)
	}
	if got := Leaks("plain text\n\twith a tab and [redacted:jwt…ZSJ9]", nil); len(got) != 0 {
		t.Errorf("clean text flagged: %v", got)
	}
	if got := FrameLeaks("\x1b[1mbold\x1b[0m \x1b]8;;https://fortnox.se\x1b\\link\x1b]8;;\x1b\\", nil); len(got) != 0 {
		t.Errorf("the wizard's own styling flagged: %v", got)
	}
}

// TestShapesFitTheirSize: every adversarial shape stays within its size
// and is not trivially small.
func TestShapesFitTheirSize(t *testing.T) {
	for _, sh := range Shapes() {
		for _, size := range []int{4096, 1 << 20} {
			if got := len(sh.Build(size)); got > size || got < size*9/10 {
				t.Errorf("%s at %d bytes: %d", sh.Name, size, got)
			}
		}
	}
}
