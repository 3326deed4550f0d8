package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// resultScreen shows what a paste turned out to be (see renderResult) and
// lets the user pick a fix to open, or the questions. ↑/↓ move between the
// choices and scroll to keep the one under the cursor in view; the page
// keys scroll freely. The last row says when there is more below.
type resultScreen struct {
	c      *common
	k      resultKeys
	result *pasteResult
	// person is who the user said they are, if they did: a pasted token
	// is offered to the check only for one who may hold it.
	person flows.Role
	cursor int
	// offset is the first line shown.
	offset int
	width  int
	height int
	// placed is false until the first layout, which shows the top of the
	// result when the cursor is on the first choice, so that what the paste
	// is comes first even when that choice is far down.
	placed bool
	// drawn is the result drawn for drawnFor; it is drawn again only when
	// the language, the styles, the width or the cursor change.
	drawn    renderedResult
	drawnFor drawKey
	// pasted is set when a paste arrived here, where none can be taken: the
	// last row says so until the next key.
	pasted bool
}

// drawKey is what a drawn result depends on.
type drawKey struct {
	lang          i18n.Lang
	styles        *styles
	width, cursor int
	valid         bool
}

func newResultScreen(c *common, r *pasteResult, cursor int, person flows.Role) *resultScreen {
	cursor = min(max(cursor, 0), len(r.choices)-1)
	return &resultScreen{c: c, result: r, person: person, cursor: cursor, k: newResultKeys(c.lang)}
}

// draw renders the result if anything it depends on changed.
func (s *resultScreen) draw() {
	key := drawKey{lang: s.c.lang, styles: s.c.styles, width: s.width, cursor: s.cursor, valid: true}
	if key == s.drawnFor {
		return
	}
	s.drawn = renderResult(s.result, s.c.lang, s.width, s.c.styles, s.cursor)
	s.drawnFor = key
}

// rows is how many lines of the result show: the height less the row for
// the "more below" hint.
func (s *resultScreen) rows() int { return max(1, s.height-1) }

// refreshKeys offers the check only where it can be opened.
func (s *resultScreen) refreshKeys() { s.k.CheckLive.SetEnabled(s.c.checks && s.checkable()) }

func (s *resultScreen) keys() help.KeyMap {
	s.refreshKeys()
	return &s.k
}

func (s *resultScreen) update(msg tea.Msg) (tea.Cmd, intent) {
	if _, ok := msg.(tea.PasteMsg); ok {
		s.pasted = true
		return nil, intent{}
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, intent{}
	}
	s.pasted = false
	s.refreshKeys()
	sk := s.k.scroll
	switch {
	case key.Matches(k, s.k.Open):
		return nil, intent{kind: openIndex, index: s.cursor}
	case key.Matches(k, s.k.CheckLive):
		return nil, want(openCheck)
	case key.Matches(k, sk.Up):
		s.move(-1)
	case key.Matches(k, sk.Down):
		s.move(1)
	case key.Matches(k, sk.PageDown):
		s.page(1)
	case key.Matches(k, sk.PageUp):
		s.page(-1)
	case key.Matches(k, sk.Top):
		// The top of the result, with the cursor on the first choice (in
		// view with the next move, if it is not already).
		s.cursor, s.offset = 0, 0
	case key.Matches(k, sk.Bottom):
		s.cursor = len(s.result.choices) - 1
		s.draw()
		s.offset = len(s.drawn.lines)
		s.show()
	default:
		if in, ok := navIntent(s.k.nav, k); ok {
			return nil, in
		}
	}
	return nil, intent{}
}

// move puts the cursor on the next or previous choice, if there is one,
// and scrolls it into view. When the choice under the cursor is out of view
// (the result opens at its top), the first move only brings it into view.
func (s *resultScreen) move(by int) {
	s.draw()
	// A page that shows the choice's text under its pinned first line
	// shows the choice: the key moves on from it, rather than back up to
	// its top (an outside audit: down after pgdn went up).
	if s.visible(s.cursor) || s.pinnedAt(s.offset) {
		s.cursor = min(max(s.cursor+by, 0), len(s.result.choices)-1)
	}
	s.show()
}

// page scrolls a screenful and, when the choice under the cursor has
// scrolled out, moves the cursor to the first choice in view. No line is
// passed over, whether a page has a pinned line on top or not. Where the
// page cannot move, the cursor goes to the last (or first) choice.
func (s *resultScreen) page(dir int) {
	s.draw()
	from := s.offset
	// On the last page pgdn, and on the first pgup, takes the cursor to the
	// last or first choice, as a list does: the page cannot move.
	if dir > 0 && s.offset+s.textRows(s.offset) >= len(s.drawn.lines) {
		s.cursor = len(s.result.choices) - 1
		s.show()
		return
	}
	if dir < 0 && s.offset == 0 {
		s.cursor = 0
		return
	}
	if dir > 0 {
		// The next page starts after the last line this one shows.
		s.offset += s.textRows(s.offset)
	} else {
		s.offset -= s.rows()
	}
	s.clamp()
	s.follow()
	if dir < 0 && s.offset+s.textRows(s.offset) < from {
		// A pinned line on top of the new page shows one line fewer.
		s.offset = from - s.textRows(s.offset)
		s.clamp()
		s.follow()
	}
	// Again, for the cursor follow may have moved: the line past the end
	// that clamp kept for the old choice's pinned line is not the new
	// one's, and the next pgdn would take it back.
	s.clamp()
}

// follow moves the cursor, when its choice's first line is out of view,
// to the first choice that starts in view, or else to the choice whose
// text the page shows (its first line is then pinned on top, see view).
func (s *resultScreen) follow() {
	if s.visible(s.cursor) {
		return
	}
	for i := range s.drawn.choices {
		if s.visible(i) {
			s.cursor = i
			return
		}
	}
	for i, span := range s.drawn.choices {
		if span[0] < s.offset && s.offset < span[1] {
			s.cursor = i
			s.clamp()
			return
		}
	}
}

// pinnedAt reports whether a page starting at offset shows the text of the
// choice under the cursor without its first line: that line then takes
// the top row, so that the pointer and the fix's title stay in sight of
// what Enter opens, and the text moves down a row.
func (s *resultScreen) pinnedAt(offset int) bool {
	span := s.drawn.choices[s.cursor]
	return span[0] < offset && offset < span[1] && s.rows() >= minPinnedRows
}

// textRows is how many of the result's lines a page starting at offset
// shows: a row fewer under a pinned first line.
func (s *resultScreen) textRows(offset int) int {
	if s.pinnedAt(offset) {
		return s.rows() - 1
	}
	return s.rows()
}

// pinnedGap ends a pinned first line.
const pinnedGap = " …"

// minPinnedRows is the least number of rows at which a choice's first line
// is pinned on top: fewer would leave almost nothing of its text.
const minPinnedRows = 4

// visible reports whether the choice's first line is in view.
func (s *resultScreen) visible(i int) bool {
	start := s.drawn.choices[i][0]
	return start >= s.offset && start < s.offset+s.rows()
}

// show scrolls so that the choice under the cursor is in view, whole if it
// fits; when the first screenful shows it (or the start of the first
// choice) it shows the top of the result, with its heading, and on the last
// choice the bottom.
func (s *resultScreen) show() {
	s.draw()
	span := s.drawn.choices[s.cursor]
	rows := s.rows()
	switch {
	case span[1] <= rows, s.cursor == 0 && span[0] < rows:
		// The top of the result shows the choice: show the top, heading
		// and all.
		s.offset = 0
	case s.cursor == len(s.drawn.choices)-1:
		s.offset = len(s.drawn.lines)
	case span[0] < s.offset || span[1]-span[0] > rows:
		s.offset = span[0]
	case span[1] > s.offset+rows:
		s.offset = span[1] - rows
	}
	s.clamp()
}

// clamp keeps the offset between the top and the last screenful (a line
// further down when the last screenful has a pinned line on top).
func (s *resultScreen) clamp() {
	last := max(len(s.drawn.lines)-s.rows(), 0)
	if s.pinnedAt(last + 1) {
		last++
	}
	s.offset = max(min(s.offset, last), 0)
}

func (s *resultScreen) view() string {
	s.draw()
	rows := s.rows()
	end := min(s.offset+s.textRows(s.offset), len(s.drawn.lines))
	lines := make([]string, 0, s.height)
	if s.pinnedAt(s.offset) {
		// The pinned first line ends in an ellipsis: the lines under it
		// go on from further down its text, not from it.
		first := strings.TrimRight(s.drawn.lines[s.drawn.choices[s.cursor][0]], " ")
		if ansi.StringWidth(first)+ansi.StringWidth(pinnedGap) > s.width {
			first = ansi.Truncate(first, max(s.width-ansi.StringWidth(pinnedGap), 0), "")
		}
		lines = append(lines, first+s.c.styles.muted.Render(pinnedGap))
	}
	lines = append(lines, s.drawn.lines[s.offset:end]...)
	for len(lines) < rows {
		lines = append(lines, "")
	}
	switch {
	case s.pasted:
		note := i18n.WizPasteNotHere.In(s.c.lang)
		lines = append(lines, s.c.styles.notice.Render(ansi.Truncate(note, max(s.width, 1), "…")))
	case end < len(s.drawn.lines) || s.offset > 0:
		lines = append(lines, s.c.styles.muted.Render(scrollHint(s.c.lang, s.offset > 0, end < len(s.drawn.lines))))
	default:
		lines = append(lines, "")
	}
	return strings.Join(lines[:min(len(lines), max(s.height, 1))], "\n")
}

func (s *resultScreen) setSize(width, height int) {
	s.width, s.height = width, height
	if !s.placed && s.cursor == 0 {
		s.placed = true
		s.draw()
		s.offset = 0
		return
	}
	s.placed = true
	s.show()
}

// relang keeps the cursor and the scroll position across a language switch
// or a restyle; the next view draws the result again.
func (s *resultScreen) relang() (int, bool) {
	s.k = newResultKeys(s.c.lang)
	s.show()
	return 0, false
}

// chosen is the choice under the cursor.
func (s *resultScreen) chosen() int { return s.cursor }

func (s *resultScreen) place() (i18n.Text, bool)                { return i18n.WizResultReached, true }
func (s *resultScreen) shownFix() (flows.Fix, flows.Role, bool) { return flows.Fix{}, "", false }

// checkable reports whether the paste was a token, which a check can try,
// pasted by a person who may hold it (holdsToken).
func (s *resultScreen) checkable() bool {
	return s.result.kind == diagnose.PasteToken && holdsToken(s.person)
}
