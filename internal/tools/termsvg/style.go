package main

import (
	"image/color"

	"github.com/charmbracelet/x/ansi"
)

// colorKind says where a colour comes from.
type colorKind uint8

const (
	defaultColor colorKind = iota // the terminal's foreground or background
	indexedColor                  // one of the 256 palette colours
	rgbColor                      // a 24-bit colour
)

// A termColor is a colour as the terminal was told it. Palette colours stay
// indices until they are drawn, so that the theme decides what "red" is.
type termColor struct {
	kind    colorKind
	index   uint8
	r, g, b uint8
}

// style is the look of a cell.
type style struct {
	fg, bg                                          termColor
	bold, faint, italic, underline, strike, reverse bool
}

// apply changes the style by the parameters of an SGR sequence. Unknown
// parameters are skipped, as terminals do.
func (s style) apply(params ansi.Params) style {
	if len(params) == 0 {
		return style{}
	}
	for i := 0; i < len(params); i++ {
		p := params[i].Param(0)
		switch {
		case p == 0:
			s = style{}
		case p == 1:
			s.bold = true
		case p == 2:
			s.faint = true
		case p == 3:
			s.italic = true
		case p == 4:
			// 4 alone, or 4:n with n the underline style (0 is none).
			s.underline = true
			if params[i].HasMore() && i+1 < len(params) {
				i++
				s.underline = params[i].Param(0) != 0
			}
		case p == 7:
			s.reverse = true
		case p == 9:
			s.strike = true
		case p == 21:
			s.underline = true // doubly underlined; one line will do
		case p == 22:
			s.bold, s.faint = false, false
		case p == 23:
			s.italic = false
		case p == 24:
			s.underline = false
		case p == 27:
			s.reverse = false
		case p == 29:
			s.strike = false
		case p >= 30 && p <= 37:
			s.fg = paletteColor(p - 30)
		case p == 38, p == 48, p == 58:
			var c color.Color
			n := ansi.ReadStyleColor(params[i:], &c)
			if n == 0 {
				// A malformed colour: skip the rest of the sequence rather
				// than read its numbers as attributes.
				return s
			}
			i += n - 1
			switch {
			case c == nil:
			case p == 38:
				s.fg = fromColor(c)
			case p == 48:
				s.bg = fromColor(c)
			}
		case p == 39:
			s.fg = termColor{}
		case p >= 40 && p <= 47:
			s.bg = paletteColor(p - 40)
		case p == 49:
			s.bg = termColor{}
		case p >= 90 && p <= 97:
			s.fg = paletteColor(p - 90 + 8)
		case p >= 100 && p <= 107:
			s.bg = paletteColor(p - 100 + 8)
		}
		// Skip the sub-parameters of anything not handled above.
		for params[i].HasMore() && i+1 < len(params) {
			i++
		}
	}
	return s
}

// paletteColor is palette colour i.
func paletteColor(i int) termColor {
	return termColor{kind: indexedColor, index: uint8(i)}
}

// fromColor converts a colour read from an SGR sequence.
func fromColor(c color.Color) termColor {
	if i, ok := c.(ansi.IndexedColor); ok {
		return termColor{kind: indexedColor, index: uint8(i)}
	}
	r, g, b, _ := c.RGBA()
	return termColor{kind: rgbColor, r: uint8(r >> 8), g: uint8(g >> 8), b: uint8(b >> 8)}
}
