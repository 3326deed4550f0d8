package main

import (
	"fmt"
	"strings"
)

// Box-drawing and block characters are drawn as shapes rather than as
// glyphs: fonts draw them at different sizes, and the gaps between lines of
// text would break every border. Shapes join up whatever font the viewer
// has. Characters not listed here fall back to the font.

// weight is how an arm of a box-drawing character is drawn.
type weight uint8

const (
	none weight = iota
	light
	heavy
	double
)

// arms are the four arms of a box-drawing character: up, right, down, left.
type arms [4]weight

const (
	up = iota
	right
	down
	left
)

// lineChars maps box-drawing characters to their arms.
var lineChars = map[rune]arms{
	'─': {none, light, none, light}, '━': {none, heavy, none, heavy},
	'│': {light, none, light, none}, '┃': {heavy, none, heavy, none},
	'┌': {none, light, light, none}, '┏': {none, heavy, heavy, none},
	'┐': {none, none, light, light}, '┓': {none, none, heavy, heavy},
	'└': {light, light, none, none}, '┗': {heavy, heavy, none, none},
	'┘': {light, none, none, light}, '┛': {heavy, none, none, heavy},
	'├': {light, light, light, none}, '┣': {heavy, heavy, heavy, none},
	'┤': {light, none, light, light}, '┫': {heavy, none, heavy, heavy},
	'┬': {none, light, light, light}, '┳': {none, heavy, heavy, heavy},
	'┴': {light, light, none, light}, '┻': {heavy, heavy, none, heavy},
	'┼': {light, light, light, light}, '╋': {heavy, heavy, heavy, heavy},
	'╴': {none, none, none, light}, '╵': {light, none, none, none},
	'╶': {none, light, none, none}, '╷': {none, none, light, none},
	'╸': {none, none, none, heavy}, '╹': {heavy, none, none, none},
	'╺': {none, heavy, none, none}, '╻': {none, none, heavy, none},
	'═': {none, double, none, double}, '║': {double, none, double, none},
	'╔': {none, double, double, none}, '╗': {none, none, double, double},
	'╚': {double, double, none, none}, '╝': {double, none, none, double},
}

// roundCorners maps the rounded corners to their two arms.
var roundCorners = map[rune]arms{
	'╭': {none, light, light, none},
	'╮': {none, none, light, light},
	'╯': {light, none, none, light},
	'╰': {light, light, none, none},
}

// A blockShape is a rectangle in a cell, in eighths of the cell from its
// top-left corner, filled at the given opacity.
type blockShape struct {
	x, y, w, h int
	opacity    float64
}

// blockChars maps block elements to their rectangles.
var blockChars = map[rune]blockShape{
	'█': {0, 0, 8, 8, 1}, '▀': {0, 0, 8, 4, 1}, '▄': {0, 4, 8, 4, 1},
	'▌': {0, 0, 4, 8, 1}, '▐': {4, 0, 4, 8, 1},
	'▁': {0, 7, 8, 1, 1}, '▂': {0, 6, 8, 2, 1}, '▃': {0, 5, 8, 3, 1},
	'▅': {0, 3, 8, 5, 1}, '▆': {0, 2, 8, 6, 1}, '▇': {0, 1, 8, 7, 1},
	'▉': {0, 0, 7, 8, 1}, '▊': {0, 0, 6, 8, 1}, '▋': {0, 0, 5, 8, 1},
	'▍': {0, 0, 3, 8, 1}, '▎': {0, 0, 2, 8, 1}, '▏': {0, 0, 1, 8, 1},
	'▔': {0, 0, 8, 1, 1}, '▕': {7, 0, 1, 8, 1},
	'░': {0, 0, 8, 8, 0.25}, '▒': {0, 0, 8, 8, 0.5}, '▓': {0, 0, 8, 8, 0.75},
}

// drawsAsShape reports whether the grapheme is drawn by shapeSVG.
func drawsAsShape(text string) bool {
	r, ok := singleRune(text)
	if !ok {
		return false
	}
	_, line := lineChars[r]
	_, round := roundCorners[r]
	_, block := blockChars[r]
	return line || round || block
}

// singleRune returns the grapheme's rune when it is exactly one.
func singleRune(text string) (rune, bool) {
	rs := []rune(text)
	if len(rs) != 1 {
		return 0, false
	}
	return rs[0], true
}

// cellBox is a cell's position and size in pixels.
type cellBox struct{ x, y, w, h float64 }

func (b cellBox) cx() float64 { return b.x + b.w/2 }
func (b cellBox) cy() float64 { return b.y + b.h/2 }

// Stroke widths and the gap between the lines of a double line, in pixels.
const (
	lightStroke = 1.25
	heavyStroke = 2.5
	doubleGap   = 1.5 // from the middle to each of the two lines
)

// shapeSVG draws the grapheme in the cell in colour fg, or returns "" when
// it is not a shape.
func shapeSVG(text string, b cellBox, fg string) string {
	r, ok := singleRune(text)
	if !ok {
		return ""
	}
	if s, ok := blockChars[r]; ok {
		opacity := ""
		if s.opacity < 1 {
			opacity = fmt.Sprintf(` fill-opacity="%s"`, num(s.opacity))
		}
		return fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="%s" fill="%s"%s/>`,
			num(b.x+b.w*float64(s.x)/8), num(b.y+b.h*float64(s.y)/8),
			num(b.w*float64(s.w)/8), num(b.h*float64(s.h)/8), fg, opacity)
	}
	if a, ok := roundCorners[r]; ok {
		return path(roundCornerPath(a, b), lightStroke, fg)
	}
	a, ok := lineChars[r]
	if !ok {
		return ""
	}
	var out strings.Builder
	for _, w := range []weight{light, heavy} {
		var d strings.Builder
		for arm, aw := range a {
			if aw == w {
				d.WriteString(armPath(arm, b, 0))
			}
		}
		if d.Len() > 0 {
			out.WriteString(path(d.String(), strokeOf(w), fg))
		}
	}
	if d := doublePath(a, b); d != "" {
		out.WriteString(path(d, lightStroke, fg))
	}
	return out.String()
}

func strokeOf(w weight) float64 {
	if w == heavy {
		return heavyStroke
	}
	return lightStroke
}

// path is an SVG path element. Square caps make neighbouring cells' lines
// overlap a little, so no hairline gap shows between them.
func path(d string, stroke float64, color string) string {
	return fmt.Sprintf(`<path d="%s" stroke="%s" stroke-width="%s" stroke-linecap="square" fill="none"/>`,
		strings.TrimSpace(d), color, num(stroke))
}

// armPath is a line from the cell's middle, moved sideways by offset, to
// the edge the arm points at.
func armPath(arm int, b cellBox, offset float64) string {
	cx, cy := b.cx(), b.cy()
	switch arm {
	case up:
		return fmt.Sprintf("M%s %sV%s ", num(cx+offset), num(cy), num(b.y))
	case down:
		return fmt.Sprintf("M%s %sV%s ", num(cx+offset), num(cy), num(b.y+b.h))
	case left:
		return fmt.Sprintf("M%s %sH%s ", num(cx), num(cy+offset), num(b.x))
	default:
		return fmt.Sprintf("M%s %sH%s ", num(cx), num(cy+offset), num(b.x+b.w))
	}
}

// doublePath draws the double lines: straight ones as two parallel lines,
// corners as two nested corners.
func doublePath(a arms, b cellBox) string {
	cx, cy, g := b.cx(), b.cy(), doubleGap
	switch a {
	case arms{none, double, none, double}:
		return fmt.Sprintf("M%s %sH%s M%s %sH%s", num(b.x), num(cy-g), num(b.x+b.w), num(b.x), num(cy+g), num(b.x+b.w))
	case arms{double, none, double, none}:
		return fmt.Sprintf("M%s %sV%s M%s %sV%s", num(cx-g), num(b.y), num(b.y+b.h), num(cx+g), num(b.y), num(b.y+b.h))
	}
	// A corner: the horizontal arm's edge x, the vertical arm's edge y, and
	// which side of the middle the outer line runs on.
	var hx, vy, sx, sy float64
	switch a {
	case arms{none, double, double, none}: // ╔
		hx, vy, sx, sy = b.x+b.w, b.y+b.h, -1, -1
	case arms{none, none, double, double}: // ╗
		hx, vy, sx, sy = b.x, b.y+b.h, 1, -1
	case arms{double, double, none, none}: // ╚
		hx, vy, sx, sy = b.x+b.w, b.y, -1, 1
	case arms{double, none, none, double}: // ╝
		hx, vy, sx, sy = b.x, b.y, 1, 1
	default:
		return ""
	}
	outer := fmt.Sprintf("M%s %sH%sV%s", num(hx), num(cy+sy*g), num(cx+sx*g), num(vy))
	inner := fmt.Sprintf("M%s %sH%sV%s", num(hx), num(cy-sy*g), num(cx-sx*g), num(vy))
	return outer + " " + inner
}

// roundCornerPath draws a rounded corner: a straight piece from each edge
// and a quarter circle between them.
func roundCornerPath(a arms, b cellBox) string {
	cx, cy := b.cx(), b.cy()
	r := min(b.w, b.h) / 2
	// The horizontal arm's edge and direction, then the vertical's.
	hx, dx := b.x+b.w, 1.0
	if a[left] != none {
		hx, dx = b.x, -1
	}
	vy, dy := b.y+b.h, 1.0
	if a[up] != none {
		vy, dy = b.y, -1
	}
	// The arc from the horizontal arm to the vertical one runs clockwise on
	// screen (sweep 1) when the two point different ways, as in ╮ and ╰.
	sweep := 0
	if dx*dy < 0 {
		sweep = 1
	}
	return fmt.Sprintf("M%s %sH%sA%s %s 0 0 %d %s %sV%s",
		num(hx), num(cy), num(cx+dx*r), num(r), num(r), sweep, num(cx), num(cy+dy*r), num(vy))
}
