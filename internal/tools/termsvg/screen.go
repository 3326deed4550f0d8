package main

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// A screen is a grid of cells, as a terminal shows it.
type screen struct {
	cols, rows int
	cells      [][]cell // rows × cols
}

// A cell is one position on the screen. A wide character (CJK, most emoji)
// sits in its first cell with width 2, and the cell after it is a
// continuation with width 0 and no text.
type cell struct {
	text  string // one grapheme; "" for a blank or a continuation
	width int
	style style
}

// tabWidth is the distance between a terminal's default tab stops.
const tabWidth = 8

// parseScreen lays out a capture on a cols × rows screen. Text beyond the
// last column or row is cut off, as a terminal of that size would; escape
// sequences other than SGR (colours and attributes) are ignored. SGR state
// carries over from one line to the next, as tmux writes it.
func parseScreen(capture string, cols, rows int) screen {
	s := screen{cols: cols, rows: rows, cells: make([][]cell, rows)}
	for r := range s.cells {
		s.cells[r] = make([]cell, cols)
		for c := range s.cells[r] {
			s.cells[r][c].width = 1
		}
	}
	var (
		st       style
		row, col int
		state    byte
		p        = ansi.NewParser()
	)
	for len(capture) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(capture, state, p)
		state, capture = newState, capture[n:]
		switch {
		case width > 0:
			s.put(row, col, seq, width, st)
			col += width
		case seq == "\n":
			row, col = row+1, 0
		case seq == "\r":
			col = 0
		case seq == "\t":
			col = (col/tabWidth + 1) * tabWidth
		case isSGR(seq, p):
			st = st.apply(p.Params())
		}
	}
	return s
}

// isSGR reports whether seq is a complete Select Graphic Rendition
// sequence: CSI, parameters, "m", with no prefix or intermediate byte.
func isSGR(seq string, p *ansi.Parser) bool {
	if !strings.HasPrefix(seq, "\x1b[") && !strings.HasPrefix(seq, "\x9b") {
		return false
	}
	cmd := ansi.Cmd(p.Command())
	return cmd.Final() == 'm' && cmd.Prefix() == 0 && cmd.Intermediate() == 0
}

// put writes one grapheme at (row, col) when it fits on the screen.
func (s *screen) put(row, col int, text string, width int, st style) {
	if row < 0 || row >= s.rows || col < 0 || col+width > s.cols {
		return
	}
	line := s.cells[row]
	line[col] = cell{text: text, width: width, style: st}
	for i := 1; i < width; i++ {
		line[col+i] = cell{width: 0, style: st}
	}
}
