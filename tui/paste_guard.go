package tui

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"
)

// The terminal's input decoder reads escape sequences inside a bracketed
// paste too. A paste that holds an escape sequence it never finishes (an
// OSC cut short: "\x1b]8;;https://…", a lone 8-bit C1 byte such as 0x9D)
// swallows the paste's end marker, and with it every key that follows:
// the wizard froze, ctrl+c and all (outside audit). And it drops bytes
// that are not UTF-8, and U+FFFD, without a trace.
//
// pasteGuard stands between the terminal and the decoder. Inside a paste
// (between ESC[200~ and ESC[201~) it writes each escape byte, each byte
// that is not part of valid UTF-8 and each byte of U+FFFD as a rune of a
// private-use plane that no terminal sends and the decoder takes as text;
// outside a paste it changes nothing, so keys and the terminal's answers
// reach the decoder as they are. restorePaste turns the runes back into the bytes, so that the
// paste reaches the sanitiser and the redactor exactly as pasted, as a
// paste on explain's standard input does.
const (
	bracketStart = "\x1b[200~"
	bracketEnd   = "\x1b[201~"
	// guardedBase + b stands for the byte b in a guarded paste:
	// Supplementary Private Use Area-A, which holds no glyph a terminal
	// or a font draws.
	guardedBase = 0xF0000
	// guardExpansion is the most a byte grows to (a 4-byte rune).
	guardExpansion = utf8.UTFMax
)

// pasteGuard guards what is read from r.
type pasteGuard struct {
	r      io.Reader
	raw    []byte // read from the terminal, not yet guarded
	held   []byte // the tail of a read that may be a marker or a rune cut in two
	inside bool   // between the start and end markers
	start  int    // how much of bracketStart the bytes outside a paste end with
}

// guardedTerminal is a terminal whose reads are guarded. It is a
// term.File, so that Bubble Tea still puts the terminal into raw mode and
// can cancel a read, and it passes Write, Close and Fd through.
type guardedTerminal struct {
	term.File
	guard *pasteGuard
}

func (t guardedTerminal) Read(p []byte) (int, error) { return t.guard.Read(p) }

// guardPastes guards the reads of in, a terminal or any other reader.
func guardPastes(in io.Reader) io.Reader {
	g := &pasteGuard{r: in}
	if f, ok := in.(term.File); ok {
		return guardedTerminal{File: f, guard: g}
	}
	return g
}

// Read reads from the terminal and guards what it read. It reads at most
// what fits in p once guarded, so that nothing waits in the guard for the
// next key: the decoder's reader waits on the terminal before each read.
func (g *pasteGuard) Read(p []byte) (int, error) {
	for {
		room := len(p)/guardExpansion - len(g.held)
		if room < 1 {
			room = 1
		}
		if cap(g.raw) < room {
			g.raw = make([]byte, room)
		}
		n, err := g.r.Read(g.raw[:room])
		out := g.guard(p[:0], g.raw[:n])
		if len(out) > 0 || err != nil || n == 0 {
			return len(out), err
		}
		// Everything read was held: the marker or rune it starts comes
		// with the next bytes, which the terminal is sending.
	}
}

// guard appends in, guarded, to out and returns it; a tail of in that
// cannot be judged yet is held for the next call.
func (g *pasteGuard) guard(out, in []byte) []byte {
	buf := append(g.held, in...)
	g.held = nil
	for i := 0; i < len(buf); {
		if !g.inside {
			b := buf[i]
			out = append(out, b)
			i++
			switch b {
			case bracketStart[g.start]:
				g.start++
			case bracketStart[0]:
				g.start = 1
			default:
				g.start = 0
			}
			if g.start == len(bracketStart) {
				g.inside, g.start = true, 0
			}
			continue
		}
		rest := buf[i:]
		if rest[0] == bracketEnd[0] {
			switch {
			case strings.HasPrefix(string(rest), bracketEnd):
				out = append(out, bracketEnd...)
				i += len(bracketEnd)
				g.inside = false
				continue
			case len(rest) < len(bracketEnd) && strings.HasPrefix(bracketEnd, string(rest)):
				g.held = append(g.held, rest...)
				return out
			}
			out = utf8.AppendRune(out, guardedBase+rune(rest[0]))
			i++
			continue
		}
		r, size := utf8.DecodeRune(rest)
		switch {
		case r == utf8.RuneError && size <= 1 && !utf8.FullRune(rest):
			// A rune cut in two by the read: the rest comes next.
			g.held = append(g.held, rest...)
			return out
		case r == utf8.RuneError && size <= 1, isC1(r):
			out = utf8.AppendRune(out, guardedBase+rune(rest[0]))
			i++
		case r == utf8.RuneError:
			// U+FFFD itself, which the decoder drops as it drops the
			// bytes it stands for.
			for _, b := range rest[:size] {
				out = utf8.AppendRune(out, guardedBase+rune(b))
			}
			i += size
		default:
			out = append(out, rest[:size]...)
			i += size
		}
	}
	return out
}

// isC1 reports whether r is a C1 control, which the decoder reads as the
// start of a sequence (U+009D, OSC) wherever it stands.
func isC1(r rune) bool { return r >= 0x80 && r <= 0x9F }

// restorePaste turns the runes a pasteGuard wrote back into the bytes they
// stand for.
func restorePaste(s string) string {
	if !strings.ContainsFunc(s, isGuarded) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isGuarded(r) {
			b.WriteByte(byte(r - guardedBase))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isGuarded(r rune) bool { return r >= guardedBase && r <= guardedBase+0xFF }
