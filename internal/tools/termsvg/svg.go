package main

import (
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The window's geometry, in pixels. cellWidth is 0.6 em, the advance of
// common monospace fonts; every text run is also given its exact length, so
// a font with another advance still lines up with the grid.
const (
	fontSize   = 14.0
	cellWidth  = 8.4
	cellHeight = 18.0
	baseline   = 13.5 // from a row's top to the text's baseline
	padding    = 16.0 // left and right of the screen
	vpadding   = 12.0 // above and below it
	titleBar   = 36.0
	radius     = 8.0
)

const fontFamily = `'JetBrains Mono','SF Mono',Menlo,Consolas,'DejaVu Sans Mono','Liberation Mono',monospace`

// renderSVG draws the screen in a terminal window with the given title.
func renderSVG(s screen, title string, t theme) string {
	width := 2*padding + float64(s.cols)*cellWidth
	height := titleBar + 2*vpadding + float64(s.rows)*cellHeight
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img">`+"\n",
		num(width), num(height), num(width), num(height))
	if title != "" {
		fmt.Fprintf(&b, "<title>%s</title>\n", escape(title))
	}
	fmt.Fprintf(&b, `<style>text{font-family:%s;font-size:%spx;white-space:pre}.b{font-weight:bold}.i{font-style:italic}.f{opacity:.6}</style>`+"\n",
		fontFamily, num(fontSize))
	// The window: frame, title bar with its three buttons, and title.
	fmt.Fprintf(&b, `<rect width="%s" height="%s" rx="%s" fill="%s"/>`+"\n", num(width), num(height), num(radius), t.window)
	fmt.Fprintf(&b, `<rect y="%s" width="%s" height="%s" fill="%s"/>`+"\n", num(titleBar), num(width), num(height-titleBar-radius), t.bg)
	fmt.Fprintf(&b, `<rect y="%s" width="%s" height="%s" rx="%s" fill="%s"/>`+"\n", num(height-2*radius), num(width), num(2*radius), num(radius), t.bg)
	for i, c := range []string{"#ff5f57", "#febc2e", "#28c840"} {
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="6" fill="%s"/>`+"\n", num(padding+6+float64(i)*20), num(titleBar/2), c)
	}
	if title != "" {
		fmt.Fprintf(&b, `<text x="%s" y="%s" text-anchor="middle" fill="%s">%s</text>`+"\n",
			num(width/2), num(titleBar/2+fontSize*0.35), t.title, escape(fitTitle(title, width)))
	}
	fmt.Fprintf(&b, `<g transform="translate(%s %s)">`+"\n", num(padding), num(titleBar+vpadding))
	for r, line := range s.cells {
		writeBackgrounds(&b, r, line, t)
	}
	for r, line := range s.cells {
		writeText(&b, r, line, t)
	}
	b.WriteString("</g>\n</svg>\n")
	return b.String()
}

// writeBackgrounds draws the row's non-default backgrounds, one rectangle
// per run of cells with the same colour.
func writeBackgrounds(b *strings.Builder, row int, line []cell, t theme) {
	for start := 0; start < len(line); {
		_, bg := t.colors(line[start].style)
		end := start + 1
		for end < len(line) {
			if _, next := t.colors(line[end].style); next != bg {
				break
			}
			end++
		}
		if bg != t.bg {
			fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n",
				num(float64(start)*cellWidth), num(float64(row)*cellHeight),
				num(float64(end-start)*cellWidth), num(cellHeight), bg)
		}
		start = end
	}
}

// writeText draws the row's characters: box-drawing and block characters as
// shapes, everything else as text, one element per run of cells that look
// the same.
func writeText(b *strings.Builder, row int, line []cell, t theme) {
	y := float64(row) * cellHeight
	for start := 0; start < len(line); {
		c := line[start]
		if c.text != "" && drawsAsShape(c.text) {
			fg, _ := t.colors(c.style)
			box := cellBox{x: float64(start) * cellWidth, y: y, w: float64(c.width) * cellWidth, h: cellHeight}
			b.WriteString(shapeSVG(c.text, box, fg))
			b.WriteByte('\n')
			start += max(c.width, 1)
			continue
		}
		// A run: cells with this style, up to the next shape or the next
		// two blanks. Single spaces stay inside a run, where no renderer
		// collapses them; longer gaps start a new run at its own column.
		end := start
		var text strings.Builder
		for end < len(line) && line[end].style == c.style && !(line[end].text != "" && drawsAsShape(line[end].text)) {
			if end > start && isBlank(line[end]) && end+1 < len(line) && isBlank(line[end+1]) {
				break
			}
			switch {
			case line[end].text != "":
				text.WriteString(line[end].text)
			case line[end].width > 0:
				text.WriteByte(' ') // a blank; continuations add nothing
			}
			end++
		}
		writeRun(b, start, end, y, text.String(), c.style, t)
		start = end
	}
}

// isBlank reports whether a cell shows nothing but its background.
func isBlank(c cell) bool { return c.width == 1 && (c.text == "" || c.text == " ") }

// writeRun draws one run of text from cell start to cell end, dropping its
// leading and trailing blanks.
func writeRun(b *strings.Builder, start, end int, y float64, text string, s style, t theme) {
	trimmed := strings.TrimLeft(text, " ")
	start += len(text) - len(trimmed) // blanks are one byte and one cell each
	trimmed = strings.TrimRight(trimmed, " ")
	if trimmed == "" {
		return
	}
	end -= trailingBlankCells(text)
	fg, _ := t.colors(s)
	var class []string
	if s.bold {
		class = append(class, "b")
	}
	if s.italic {
		class = append(class, "i")
	}
	if s.faint {
		class = append(class, "f")
	}
	attrs := ""
	if len(class) > 0 {
		attrs += ` class="` + strings.Join(class, " ") + `"`
	}
	var deco []string
	if s.underline {
		deco = append(deco, "underline")
	}
	if s.strike {
		deco = append(deco, "line-through")
	}
	if len(deco) > 0 {
		attrs += ` text-decoration="` + strings.Join(deco, " ") + `"`
	}
	fmt.Fprintf(b, `<text x="%s" y="%s" fill="%s" textLength="%s" lengthAdjust="spacingAndGlyphs"%s>%s</text>`+"\n",
		num(float64(start)*cellWidth), num(y+baseline), fg, num(float64(end-start)*cellWidth), attrs, escape(trimmed))
}

// trailingBlankCells counts the blanks at the end of a run's text.
func trailingBlankCells(text string) int {
	return len(text) - len(strings.TrimRight(text, " "))
}

// escape makes text safe as XML character data and attribute values. It
// also replaces what XML cannot hold at all (control characters, invalid
// UTF-8) with U+FFFD.
func escape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}

// num formats a length with at most two decimals and no trailing zeros.
func num(f float64) string {
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}

// buttonsWidth is the room the three window buttons take on the left of the
// title bar, kept free on the right too so the centred title stays centred.
const buttonsWidth = padding + 6 + 2*20 + 6 + cellWidth

// fitTitle shortens a title that would run under the window's buttons,
// ending it with an ellipsis; the full title stays in the SVG's <title>.
func fitTitle(title string, windowWidth float64) string {
	room := int((windowWidth - 2*buttonsWidth) / cellWidth)
	runes := []rune(title)
	if room < 1 || len(runes) <= room {
		return title
	}
	return string(runes[:room-1]) + "…"
}
