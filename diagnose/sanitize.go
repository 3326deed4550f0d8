package diagnose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sanitize makes pasted text safe to show on a terminal, in JSON or in a
// file. It removes every escape sequence (CSI, OSC including clipboard and
// hyperlink ones, DCS, APC, PM, SOS, and their 8-bit forms), so a paste can
// neither restyle the terminal nor write to the clipboard; drops other C1
// controls and Unicode format characters (bidi overrides and isolates,
// zero-width characters), so text cannot hide or reorder itself; shows the
// remaining C0 controls as visible symbols (␀, ␇, ␡); turns bare carriage
// returns and Unicode line separators into newlines, so no line can
// overwrite another; and replaces invalid UTF-8 with U+FFFD. Newlines and
// tabs stay. Every output path of fortnox-doctor that shows pasted text
// goes through it.
func Sanitize(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// Copy a run of plain characters at once.
		if j := plainRun(s, i); j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n' || c == '\t':
				b.WriteByte(c)
			case c == '\r':
				if i < len(s) && s[i] == '\n' {
					continue // CRLF: the LF that follows is the newline
				}
				b.WriteByte('\n')
			case c == 0x1b:
				i = skipEscape(s, i)
			case c < 0x20:
				b.WriteRune(0x2400 + rune(c)) // Control Pictures: ␀ … ␟
			case c == 0x7f:
				b.WriteRune('␡')
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r >= 0x80 && r <= 0x9f:
			i = skipC1(s, i, r)
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case unicode.Is(unicode.Cf, r):
			// Format characters: bidi overrides and isolates, zero-width
			// spaces and joiners, the BOM, tags. Dropped: they only hide
			// or reorder text.
		default:
			b.WriteString(s[i-size : i])
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII, newlines and tabs only, the
// common case that needs no copy.
func isPlain(s string) bool { return plainRun(s, 0) == len(s) }

// plainRun returns the end of the run of printable ASCII, newlines and tabs
// that starts at s[i].
func plainRun(s string, i int) int {
	for ; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c >= 0x7f {
			return i
		}
	}
	return i
}

// skipEscape skips the escape sequence whose ESC was just before s[i] and
// returns the index after it.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[': // CSI
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC: control strings
		return skipControlString(s, i+1)
	}
	// Other sequences: intermediates 0x20–0x2F, then one final byte
	// 0x30–0x7E (ESC ( B, ESC 7, ESC c …).
	j := i
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
		return j + 1
	}
	return j // a lone ESC: drop it and keep what follows
}

// skipCSI skips a control sequence's parameter and intermediate bytes and
// its final byte, starting at s[i]. A sequence broken by another byte ends
// before that byte.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		return i + 1
	}
	return i
}

// skipControlString skips a control string's body from s[i] to its
// terminator (BEL, ESC \ or ST) and returns the index after it. The body
// ends early at ESC, CAN, SUB or any C1 control, as terminals abort there.
// A string without a terminator is not a sequence a terminal would act on:
// only its introducer is dropped and the rest is kept, visible.
func skipControlString(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch c := s[j]; {
		case c == 0x07:
			return j + 1
		case c == 0x1b:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
			return j
		case c == 0x18 || c == 0x1a:
			return j + 1
		case c == 0xc2 && j+1 < len(s) && s[j+1] >= 0x80 && s[j+1] <= 0x9f:
			if s[j+1] == 0x9c { // ST
				return j + 2
			}
			return j
		}
	}
	return i // unterminated: drop the introducer only
}

// skipC1 handles the C1 control r that ended just before s[i]: 8-bit CSI
// and control-string introducers skip their whole sequence, any other C1
// control is dropped alone.
func skipC1(s string, i int, r rune) int {
	switch r {
	case 0x9b: // CSI
		return skipCSI(s, i)
	case 0x9d, 0x90, 0x98, 0x9e, 0x9f: // OSC, DCS, SOS, PM, APC
		return skipControlString(s, i)
	}
	return i
}
