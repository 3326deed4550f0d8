package main

import (
	"errors"
	"io"
)

// hiddenInput reads what is typed or pasted at a hidden prompt, from the
// bytes a terminal in raw mode sends: a paste whole, line breaks and all,
// so that no line of a pasted token response is left for the shell to
// read after the program ends; typed text up to Enter. Nothing is echoed.
//
// A paste is told from typing by the terminal's bracketed-paste marks
// (ESC[200~ … ESC[201~), or, where a terminal sends none, by a line break
// that more bytes follow, in the same read or within pasteGap after it:
// typing arrives a key at a time. The marks are the sure way; without
// them a paste whose next part comes later than pasteGap (a slow link) is
// cut there, and its rest is left to the shell. Each byte is looked at
// once.
type hiddenInput struct {
	text  []byte
	limit int // how many bytes text keeps; more sets over
	over  bool
	// pasting is true between the paste marks.
	pasting bool
	// esc is an escape sequence being read (arrow keys, the paste marks);
	// none of it is text.
	esc []byte
}

// hiddenOutcome is what a read left the input at.
type hiddenOutcome int

const (
	hiddenMore        hiddenOutcome = iota // read on
	hiddenDone                             // the input ended: Enter (see readFrom), ctrl+d
	hiddenInterrupted                      // ctrl+c
	// hiddenLineEnd is a line break that ends a read: Enter, or a paste
	// without marks that the terminal sent in more than one write, cut
	// there. readFrom tells them apart by whether more follows at once.
	hiddenLineEnd
)

// Control bytes a terminal in raw mode sends for keys.
const (
	keyInterrupt = 0x03 // ctrl+c
	keyEndInput  = 0x04 // ctrl+d
	keyBackspace = 0x7f
	keyCtrlH     = 0x08
	keyKillLine  = 0x15 // ctrl+u
	keyEscape    = 0x1b
)

// Bracketed paste: the marks around a paste, and the sequences that turn
// the mode on and off.
const (
	pasteStart   = "\x1b[200~"
	pasteEnd     = "\x1b[201~"
	pasteModeOn  = "\x1b[?2004h"
	pasteModeOff = "\x1b[?2004l"
	// maxEscape bounds an escape sequence; a longer one is not a key.
	maxEscape = 16
)

// feed reads the next bytes the terminal sent.
func (h *hiddenInput) feed(p []byte) hiddenOutcome {
	for i, b := range p {
		// ctrl+c and ctrl+d end the input even in a paste whose end mark
		// never came (no token holds them), and a control byte ends an
		// escape sequence cut short: Esc then Enter is Enter.
		if b < 0x20 && b != keyEscape && len(h.esc) > 0 {
			h.esc = h.esc[:0]
		}
		switch {
		case b == keyInterrupt:
			return hiddenInterrupted
		case b == keyEndInput:
			return hiddenDone
		case len(h.esc) > 0 || b == keyEscape:
			h.escape(b)
			continue
		case h.pasting:
			h.paste(b)
			continue
		}
		switch b {
		case '\r', '\n':
			if i == len(p)-1 {
				return hiddenLineEnd
			}
			// More follows in the same read: a paste without marks.
			h.add('\n')
		case keyBackspace, keyCtrlH:
			h.erase()
		case keyKillLine:
			h.text, h.over = h.text[:0], false
		default:
			if b >= 0x20 || b == '\t' {
				h.add(b)
			}
		}
	}
	return hiddenMore
}

// readFrom feeds what in sends until the input is done or interrupted. A
// read that ends in a line break is a paste without marks going on when
// pending says more has come at once, and Enter otherwise.
func (h *hiddenInput) readFrom(in io.Reader, pending func() bool) (hiddenOutcome, error) {
	buf := make([]byte, 4096)
	for {
		n, err := in.Read(buf)
		out := h.feed(buf[:n])
		if out == hiddenLineEnd {
			out = hiddenDone
			if err == nil && pending() {
				h.add('\n')
				out = hiddenMore
			}
		}
		switch {
		case out != hiddenMore:
			return out, nil
		case errors.Is(err, io.EOF):
			return hiddenDone, nil
		case err != nil:
			return out, err
		}
	}
}

// paste takes a byte between the paste marks: every byte but other
// control characters and DEL is text, a carriage return a line break.
func (h *hiddenInput) paste(b byte) {
	switch {
	case b == '\r':
		h.add('\n')
	case b >= 0x20 && b != keyBackspace || b == '\n' || b == '\t':
		h.add(b)
	}
}

// escape reads a byte of an escape sequence, none of which is text: CSI
// (ESC [ parameters final; the Linux console's F-keys, ESC [ [ and a
// letter), SS3 (ESC O and a letter: F1–F4, arrows in application mode),
// or ESC and one byte (alt and a key). Only the paste marks mean anything.
// A control byte never reaches it (see feed).
func (h *hiddenInput) escape(b byte) {
	if b == keyEscape && len(h.esc) > 0 {
		h.esc = h.esc[:0] // a new sequence: the last one was cut short
	}
	h.esc = append(h.esc, b)
	n := len(h.esc)
	switch {
	case n == 1:
		return
	case n == 2 && b != '[' && b != 'O':
		h.esc = h.esc[:0] // alt and a key
	case n == 3 && h.esc[1] == 'O':
		h.esc = h.esc[:0] // SS3 and its letter
	case n == 3 && b == '[':
		return // ESC [ [: one letter follows
	case n == 4 && h.esc[2] == '[':
		h.esc = h.esc[:0]
	case n > 2 && b >= 0x40 && b <= 0x7e:
		switch string(h.esc) {
		case pasteStart:
			h.pasting = true
		case pasteEnd:
			h.pasting = false
		}
		h.esc = h.esc[:0]
	case n >= maxEscape:
		h.esc = h.esc[:0]
	}
}

// add keeps a byte of text, up to limit bytes; past it, over is set and
// the rest of the paste is still read, so that none of it is left behind.
func (h *hiddenInput) add(b byte) {
	if len(h.text) >= h.limit {
		h.over = true
		return
	}
	h.text = append(h.text, b)
}

// erase takes back the last character typed (all its bytes).
func (h *hiddenInput) erase() {
	i := len(h.text) - 1
	for i > 0 && h.text[i]&0xc0 == 0x80 {
		i-- // a continuation byte of a multi-byte character
	}
	h.text = h.text[:max(i, 0)]
}
