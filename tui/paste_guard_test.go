package tui

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// guardAll guards stream read in chunks of size bytes (0: at once).
func guardAll(t testing.TB, stream []byte, size int) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(stream)
	if size > 0 {
		r = &chunked{data: stream, size: size}
	}
	out, err := io.ReadAll(guardPastes(r))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// chunked hands its data out size bytes at a time, as a terminal does
// when a paste arrives in pieces.
type chunked struct {
	data []byte
	size int
}

func (c *chunked) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), c.size)], c.data)
	c.data = c.data[n:]
	return n, nil
}

// pasted is the content of the one paste in a guarded stream.
func pasted(t testing.TB, guarded []byte) string {
	t.Helper()
	s := string(guarded)
	i, j := strings.Index(s, bracketStart), strings.LastIndex(s, bracketEnd)
	if i < 0 || j < i {
		t.Fatalf("the guarded stream lost its markers: %q", s)
	}
	return s[i+len(bracketStart) : j]
}

// checkGuarded: inside the markers the decoder finds nothing but text it
// keeps (no escape, no C1 control, no U+FFFD, valid UTF-8), and
// restorePaste gives back what was pasted.
func checkGuarded(t testing.TB, content string, guarded []byte) {
	t.Helper()
	inner := pasted(t, guarded)
	if !utf8.ValidString(inner) || strings.ContainsFunc(inner, func(r rune) bool { return r == 0x1b || isC1(r) || r == utf8.RuneError }) {
		t.Errorf("the decoder would read a sequence in %q", inner)
	}
	if got := restorePaste(inner); got != content {
		t.Errorf("restored %q, pasted %q", got, content)
	}
}

func TestPasteGuard(t *testing.T) {
	contents := []string{
		"Fel 2000663 \x1b]8;;https://example.com/cut", // an OSC never finished
		"\x1b]52;c;Zm9v",               // a clipboard write cut short
		"a\x9db\x90c\x98d\x9ee\x9ff",   // 8-bit C1 bytes
		"invalid: \xff\xfe\xc3\x28 ok", // not UTF-8
		"\xc2\x9d and \xe2\x80",        // C1 as UTF-8; a rune cut short
		"Har inte behörighet för scope 👍🏽 権限 é\u0301 \ufffd", // text stays text
		"\x1b[201 not the end \x1b[20",                       // the end marker begun
		"\x1b[200~ a start inside",                           // a start marker inside
		"\x1b[31mred\x1b[0m\r\nline\ttab",                    // finished sequences, CRLF
		"",
	}
	for _, c := range contents {
		stream := []byte("x\x1b[A" + bracketStart + c + bracketEnd + "\x03")
		whole := guardAll(t, stream, 0)
		checkGuarded(t, c, whole)
		if !bytes.HasPrefix(whole, []byte("x\x1b[A"+bracketStart)) || !bytes.HasSuffix(whole, []byte(bracketEnd+"\x03")) {
			t.Errorf("%q: keys around the paste changed: %q", c, whole)
		}
		for size := 1; size <= 8; size++ {
			if got := guardAll(t, stream, size); !bytes.Equal(got, whole) {
				t.Errorf("%q read %d bytes at a time: %q, at once %q", c, size, got, whole)
			}
		}
	}
}

// TestPasteGuardKeepsKeys: outside a paste every byte reaches the decoder
// as it came, the terminal's answers and 8-bit bytes too.
func TestPasteGuardKeepsKeys(t *testing.T) {
	keys := []byte("abc\x1b[A\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?62;c\x9d\xff\r\x03\x1b[20\x1b[200")
	if got := guardAll(t, keys, 3); !bytes.Equal(got, keys) {
		t.Errorf("keys changed: %q", got)
	}
}

func FuzzPasteGuard(f *testing.F) {
	f.Add([]byte("Fel 2000663 \x1b]8;;https://x"), 3)
	f.Add([]byte("\x9d\xc2\x9d\xe2\x80"), 1)
	f.Add([]byte("\x1b[201\x1b[20\x1b"), 2)
	f.Fuzz(func(t *testing.T, content []byte, size int) {
		if bytes.Contains(content, []byte(bracketEnd)) {
			t.Skip("the paste's own end marker ends it")
		}
		stream := append(append([]byte(bracketStart), content...), bracketEnd...)
		whole := guardAll(t, stream, 0)
		checkGuarded(t, string(content), whole)
		if got := guardAll(t, stream, 1+abs(size)%16); !bytes.Equal(got, whole) {
			t.Errorf("read in pieces: %q, at once %q", got, whole)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// TestPasteGuardUnfreezesTheWizard pastes an OSC cut short, then presses
// ctrl+c: the wizard takes the paste and quits. Unguarded, the decoder
// read the paste's end marker and the ctrl+c into the OSC and waited for
// more, for ever.
func TestPasteGuardUnfreezesTheWizard(t *testing.T) {
	in, keys := io.Pipe()
	o := testOptions(i18n.English, 80, 24)
	o.Tree = flows.DecisionTree()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	done := make(chan Result, 1)
	go func() {
		res, err := Run(ctx, o, in, io.Discard, nil)
		if err != nil {
			t.Errorf("Run: %v", err)
		}
		done <- res
	}()
	go func() {
		_, _ = io.WriteString(keys, "\r"+bracketStart+"Fel 2000663 \x1b]8;;https://example.com/cut"+bracketEnd)
		time.Sleep(200 * time.Millisecond)
		_, _ = io.WriteString(keys, "\x03")
	}()
	select {
	case res := <-done:
		if !res.Interrupted {
			t.Errorf("the wizard ended with %+v, not by ctrl+c", res)
		}
	case <-ctx.Done():
		t.Fatal("the wizard froze on the paste")
	}
	_ = keys.Close()
}
