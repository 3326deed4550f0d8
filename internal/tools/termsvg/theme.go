package main

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"
)

// A theme is the terminal's colours: its foreground, background and the 16
// colours of its palette that programs name as "red", "bright cyan" and so
// on. Palette colours 16–255 are the same in every xterm-like terminal.
type theme struct {
	fg, bg  string
	palette [16]string
	// window is the frame around the screen, title the title's colour.
	window, title string
}

// defaultTheme is a dark theme in the spirit of Charm's own terminal
// screenshots.
var defaultTheme = theme{
	fg: "#dddddd",
	bg: "#171717",
	palette: [16]string{
		"#282a2e", "#d74e6f", "#31bb71", "#d3e561", "#8056ff", "#ed61d7", "#04d7d7", "#c5c8c6",
		"#4b4b4b", "#fe5f86", "#00d787", "#ebff71", "#9b79ff", "#ff7aea", "#00fefe", "#ffffff",
	},
	window: "#2a2a2a",
	title:  "#9a9a9a",
}

// hex returns colour c as "#rrggbb"; def is used for the default colour.
func (t theme) hex(c termColor, def string) string {
	switch c.kind {
	case indexedColor:
		if c.index < 16 {
			return t.palette[c.index]
		}
		r, g, b, _ := ansi.IndexedColor(c.index).RGBA()
		return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
	case rgbColor:
		return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b)
	}
	return def
}

// colors returns the foreground and background a cell is drawn with,
// reverse video applied.
func (t theme) colors(s style) (fg, bg string) {
	fg, bg = t.hex(s.fg, t.fg), t.hex(s.bg, t.bg)
	if s.reverse {
		fg, bg = bg, fg
	}
	return fg, bg
}
