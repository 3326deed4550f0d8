package tui

import (
	"errors"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/report"
)

// pasteScreen is the drop zone for an error message, a link or a token. It
// is not an editor: a bracketed paste (tea.PasteMsg, newlines and all)
// replaces the walk's paste buffer, typed characters (a description in the
// person's own words) are added to it, backspace deletes
// the last character and ctrl+u empties it. It shows the paste only as a
// preview, sanitized and redacted, its first lines cut to the width, so a
// secret pasted here never shows on the screen. Enter (the root's) reads
// the paste.
type pasteScreen struct {
	c    *common
	k    pasteKeys
	node flows.Node
	buf  *pasteBuffer
	// problem says why the last paste was refused or could not be read;
	// it is kept as a Message so that it follows a language switch.
	problem diagnose.Message
	width   int
	height  int
	// reading is true while a large paste is read off the Update loop;
	// spin is the spinner that says so.
	reading bool
	spin    spinner.Model
}

func newPasteScreen(c *common, node flows.Node, buf *pasteBuffer) *pasteScreen {
	return &pasteScreen{c: c, node: node, buf: buf, k: newPasteKeys(c.lang)}
}

// Messages from the root about reading the paste: the read has gone off
// the Update loop (show the spinner), or it has ended, with why it could
// not be read (nil when it was).
type (
	readStartMsg struct{}
	readEndMsg   struct{ err error }
)

// refreshKeys turns the keys on and off for the screen's state.
func (s *pasteScreen) refreshKeys() { s.k.setState(s.reading, s.buf.text == "") }

func (s *pasteScreen) keys() help.KeyMap {
	s.refreshKeys()
	return &s.k
}

// startSpinner shows the spinner while the paste is read, and returns the
// command that keeps it turning.
func (s *pasteScreen) startSpinner() tea.Cmd {
	s.reading = true
	s.problem = diagnose.Message{}
	s.spin = spinner.New(spinner.WithSpinner(spinner.Line), spinner.WithStyle(s.c.styles.muted))
	return s.spin.Tick
}

func (s *pasteScreen) update(msg tea.Msg) (tea.Cmd, intent) {
	switch msg := msg.(type) {
	case spinner.TickMsg:
		if !s.reading {
			return nil, intent{}
		}
		var cmd tea.Cmd
		s.spin, cmd = s.spin.Update(msg)
		return cmd, intent{}
	case readStartMsg:
		return s.startSpinner(), intent{}
	case readEndMsg:
		s.reading = false
		if msg.err != nil {
			s.refuse(msg.err)
		}
		return nil, intent{}
	}
	s.refreshKeys()
	if s.reading {
		// While the paste is read, esc cancels and other keys wait, so
		// that the paste cannot change under the reader.
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, s.k.Cancel) {
			s.reading = false
			return nil, want(cancelRead)
		}
		return nil, intent{}
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		// A new paste replaces the text: it is a new question.
		s.problem = diagnose.Message{}
		if err := s.buf.replace(msg.Content); err != nil {
			s.refuse(err)
		}
	case tea.KeyPressMsg:
		k := s.k
		switch {
		case key.Matches(msg, k.Read):
			return nil, want(analysePaste)
		case key.Matches(msg, k.Erase):
			s.buf.backspace()
			s.problem = diagnose.Message{}
		case key.Matches(msg, k.Clear):
			s.buf.clear()
			s.problem = diagnose.Message{}
		case key.Matches(msg, k.Space):
			s.add(" ")
		case key.Matches(msg, k.Newline):
			// A newline typed by hand; Enter alone reads the paste.
			s.add("\n")
		default:
			if in, ok := navIntent(k.nav, msg); ok {
				return nil, in
			}
			if msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt|tea.ModSuper) == 0 {
				s.add(msg.Text)
			}
		}
	}
	return nil, intent{}
}

// add adds text to the buffer, or says why it was refused.
func (s *pasteScreen) add(text string) {
	s.problem = diagnose.Message{}
	if err := s.buf.add(text); err != nil {
		s.refuse(err)
	}
}

// refuse shows why a paste was refused or could not be read.
func (s *pasteScreen) refuse(err error) {
	var ie *diagnose.InputError
	if errors.As(err, &ie) {
		s.problem = ie.Message
		return
	}
	s.problem = diagnose.Message{Text: i18n.WizCannotRead, Args: []any{err}}
}

func (s *pasteScreen) setSize(width, height int) { s.width, s.height = width, height }

// view draws, from the top: the prompt, a hint when there is room, the
// preview of the paste (or how to paste, with the cursor), and under it why
// a paste was refused or how many secrets it holds. The preview takes the
// rows the rest leaves, at least one.
func (s *pasteScreen) view() string {
	st, l, w := s.c.styles, s.c.lang, s.width
	var title, hint, status []string
	for _, t := range wrapLines(s.node.Text.In(l), w) {
		title = append(title, st.title.Render(t))
	}
	if h := s.node.Hint.In(l); h != "" {
		for _, t := range wrapLines(h, w) {
			hint = append(hint, st.muted.Render(t))
		}
	}
	red := s.buf.redactedText()
	switch {
	case s.reading:
		status = []string{s.spin.View() + " " + st.muted.Render(ansi.Truncate(i18n.WizReading.In(l), max(1, w-2), "…"))}
	case !s.problem.IsZero():
		mark := st.warn.Render("!") + " "
		for i, t := range wrapLines(upperFirst(s.problem.In(l)), w-2) {
			lead := "  "
			if i == 0 {
				lead = mark
			}
			status = append(status, lead+st.notice.Render(t))
		}
	case red.Any():
		if note, ok := report.RedactionNote(red.Count, red.Kinds, l); ok {
			status = report.Renderer{Width: w, Style: st.report}.Draw(report.Document{Blocks: []report.Block{note}}).Lines
		}
	}

	// The prompt and the status always show; a blank line above the
	// status, and the hint (with a blank line under it if there is room),
	// only when the preview keeps three rows besides (or, empty, all of
	// how to paste): with two, a paste that ends in a newline showed only
	// "↑ 3 rows above" over its empty last line, nothing of what it holds.
	need := 3
	if red.Text == "" {
		need = len(s.howTo())
	}
	// On a screen too small for the whole status (40x12 with the full
	// help open) it gives up its last lines before the help does: the
	// frame is cut at the bottom, where the help tells how to close it.
	if room := s.height - len(title) - 1; len(status) > max(1, room) {
		status = status[:max(1, room)]
		last := len(status) - 1
		status[last] = ansi.Truncate(status[last], max(1, w-1), "") + "…"
	}
	rows := s.height - len(title) - len(status)
	if len(status) > 0 && rows-1 >= need {
		status = append([]string{""}, status...)
		rows--
	}
	lines := title
	switch {
	case rows-len(hint)-1 >= need:
		lines = append(lines, hint...)
		lines = append(lines, "")
		rows -= len(hint) + 1
	case rows-len(hint) >= need:
		lines = append(lines, hint...)
		rows -= len(hint)
	}
	lines = append(lines, s.preview(red.Text, max(1, rows))...)
	lines = append(lines, status...)
	if pad := s.height - len(lines); pad > 0 {
		lines = append(lines, make([]string, pad)...)
	}
	return strings.Join(lines, "\n")
}

// preview draws the paste in at most rows lines, each behind a bar: its
// first lines cut to the width, and its last line, where the cursor is,
// wrapped in the rows left, with the cursor after it; when that line takes
// more rows than are left, its end shows, so that what is typed shows as
// it is typed. A paste of more lines than fit keeps a row for the count of
// the lines left out (with two rows or more, between the first lines and
// the last). An empty paste shows the cursor and how to paste.
func (s *pasteScreen) preview(text string, rows int) []string {
	st, l := s.c.styles, s.c.lang
	bar := st.quoteBar.Render("│") + " "
	room := max(1, s.width-2)
	cursor := lipgloss.NewStyle().Reverse(true).Render(" ")
	if text == "" {
		var out []string
		for i, t := range s.howTo() {
			if i == rows {
				break
			}
			lead := bar + " "
			if i == 0 {
				lead = bar + cursor
			}
			out = append(out, lead+st.muted.Render(t))
		}
		return out
	}
	total := strings.Count(text, "\n") + 1
	head, end := total-1, true // the first lines shown, and the last
	switch {
	case total <= rows:
	case rows >= 2:
		head = rows - 2
	default:
		head, end = 0, false
	}
	out := make([]string, 0, rows)
	rest := text
	for range head {
		line, after, _ := strings.Cut(rest, "\n")
		rest = after
		out = append(out, bar+cutLine(line, room))
	}
	if left := total - head - 1; left > 0 || !end {
		if !end {
			left++
		}
		out = append(out, bar+st.muted.Render(ansi.Truncate(linesLeft(l, left, head == 0 && end), room, "…")))
	}
	if end {
		last := text[strings.LastIndexByte(text, '\n')+1:]
		for _, line := range cursorLines(last, room, max(1, rows-len(out))) {
			out = append(out, bar+line)
		}
		out[len(out)-1] += cursor
	}
	return out
}

// linesLeft counts the lines of a paste left out: above the last line
// when none of the first show, else after those that do.
func linesLeft(l i18n.Lang, n int, above bool) string {
	switch {
	case above && n == 1:
		return i18n.WizLineAbove.In(l)
	case above:
		return i18n.WizLinesAbove.Format(l, n)
	case n == 1:
		return i18n.WizMoreLine.In(l)
	}
	return i18n.WizMoreLines.Format(l, n)
}

// cursorLines wraps the line the cursor ends at width columns, leaving a
// column for the cursor after it, in at most rows lines: its end when it
// takes more, the first line shown starting with "…". Only the end of a
// long line is looked at, so an endless line costs no more than rows of
// it.
func cursorLines(line string, width, rows int) []string {
	width = max(width, 1)
	limit := 16 * (width + 1) * rows
	cut := len(line) > limit
	if cut {
		from := len(line) - limit
		for !utf8.RuneStart(line[from]) {
			from++ // not in the middle of a character
		}
		line = line[from:]
	}
	line = strings.ReplaceAll(line, "\t", "    ")
	lines := wrapStyled(line, width)
	if ansi.StringWidth(lines[len(lines)-1]) >= width {
		lines = append(lines, "") // the cursor's own line
	}
	if len(lines) > rows {
		lines, cut = lines[len(lines)-rows:], true
	}
	if cut {
		lines[0] = ansi.TruncateLeft(lines[0], 1, "…")
	}
	return lines
}

// cutLine fits one line of the paste in width columns, ending in "…" when
// it is cut. Only the start of a long line is looked at, so a paste of one
// endless line costs no more to draw than a short one.
func cutLine(line string, width int) string {
	width = max(width, 1)
	// No character is narrower than a column once sanitized (format
	// characters are gone), but combining marks take none: leave room.
	limit := 16 * (width + 1)
	long := len(line) > limit
	if long {
		for !utf8.RuneStart(line[limit]) {
			limit-- // not in the middle of a character
		}
		line = line[:limit]
	}
	line = strings.ReplaceAll(line, "\t", "    ")
	if long && ansi.StringWidth(line) <= width {
		return ansi.Truncate(line, width-1, "") + "…"
	}
	return ansi.Truncate(line, width, "…")
}

// howTo is how to paste, wrapped to fit the empty drop zone beside the
// bar and the cursor.
func (s *pasteScreen) howTo() []string {
	return wrapLines(i18n.WizPasteDescribe.In(s.c.lang), max(1, s.width-3))
}

// relang builds the keys in the new language; the view reads the language
// as it draws.
func (s *pasteScreen) relang() (int, bool) {
	s.k = newPasteKeys(s.c.lang)
	return 0, false
}

func (s *pasteScreen) place() (i18n.Text, bool)                { return i18n.WizPasteReached, true }
func (s *pasteScreen) shownFix() (flows.Fix, flows.Role, bool) { return flows.Fix{}, "", false }
func (s *pasteScreen) checkable() bool                         { return false }
