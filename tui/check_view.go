package tui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// lines draws the screen's content in the current language: the body,
// which scrolls, and the pinned lines under it (the question, the spinner,
// the keys), which always show. selected is the body line of the check
// under the cursor, -1 for none, and selectedEnd the line after its fix's
// title.
func (s *checkScreen) lines() (body, pinned []string, selected, selectedEnd int) {
	l, st, w := s.c.lang, s.c.styles, max(1, s.width)
	add := func(text string) { body = append(body, wrapStyled(text, w)...) }
	pin := func(text string) { pinned = append(pinned, wrapStyled(text, w)...) }
	add(st.title.Render(i18n.WizCheckTitle.In(l)))
	body = append(body, "")
	selected = -1
	if s.phase == checkNeedToken {
		// Why a token was refused comes first: under the explanation it
		// fell below the fold at 40x12, where the field, which has the
		// keys, cannot scroll (outside audit).
		ask := i18n.WizCheckNeedToken
		if !s.refused.IsZero() {
			add(st.bad.Render("✗") + " " + i18n.WizCheckRefused.Format(l, s.refused.In(l)))
			body = append(body, "")
			ask = i18n.WizCheckNeedTokenAgain
		}
		add(ask.In(l))
		pinned = append(pinned, s.field(w))
		return body, pinned, selected, selected
	}
	if !s.refused.IsZero() {
		add(st.bad.Render("✗") + " " + i18n.WizCheckRefused.Format(l, s.refused.In(l)))
		pin(st.muted.Render(i18n.WizCheckBack.In(l)))
		return body, pinned, selected, selected
	}
	if s.phase == checkAsking {
		add(i18n.CheckPlan.Format(l, s.plan.GETs, s.plan.APIHost, i18n.Duration(s.plan.Interval), i18n.Duration(s.plan.Timeout)))
		add(i18n.CheckPlanScopes.Format(l, strings.Join(s.plan.Scopes, ", ")))
		pin(st.notice.Render(i18n.CheckConfirm.In(l)) + " " + st.muted.Render(i18n.WizCheckConsent.In(l)))
		return body, pinned, selected, selected
	}
	fixable := s.fixable()
	failed := false
	for i, c := range s.checks {
		failed = failed || c.Status == livecheck.StatusFailed
		mark := checkMarkStyle(c.Status, st).Render(c.Status.Mark())
		text := mark + " " + st.label.Render(c.Name.In(l)) + ": " + c.Summary.In(l)
		pointer := "  "
		if s.phase == checkDone && len(fixable) > 0 && fixable[min(s.cursor, len(fixable)-1)] == i {
			pointer = st.pointer.Render("›") + " "
			selected = len(body)
		}
		for j, line := range wrapStyled(text, max(1, w-2)) {
			if j == 0 {
				body = append(body, pointer+line)
			} else {
				body = append(body, "    "+line)
			}
		}
		if c.FixID != "" && (c.Status == livecheck.StatusFailed || c.Status == livecheck.StatusWarning) {
			if f, ok := flows.Lookup(c.FixID); ok {
				for _, line := range wrapStyled(f.Title.In(l), max(1, w-4)) {
					body = append(body, "    "+st.muted.Render(line))
				}
			}
		}
		if selected >= 0 && selectedEnd < selected {
			selectedEnd = len(body)
		}
	}
	// A run with none failed but nothing or only some checked is no
	// all-clear: the same words as the command line's end.
	run := livecheck.Report{Checks: s.checks}
	switch {
	case s.phase == checkRunning:
		pin(s.spinner.View() + " " + i18n.WizCheckRunning.In(l))
	case len(fixable) > 0:
		pin(st.muted.Render(i18n.WizCheckOpenHint.In(l)))
	case failed:
		pin(st.muted.Render(i18n.WizCheckBack.In(l)))
	case run.NothingChecked():
		pin(st.notice.Render(i18n.CheckNothingAnswer.In(l)) + " " + st.muted.Render(i18n.WizCheckBack.In(l)))
	case run.Incomplete():
		pin(st.notice.Render(i18n.CheckIncomplete.Format(l, run.Unchecked(), len(run.Checks))) + " " + st.muted.Render(i18n.WizCheckBack.In(l)))
	default:
		pin(st.muted.Render(i18n.WizCheckNoFailure.In(l)))
	}
	return body, pinned, selected, selectedEnd
}

// field is the token as it is typed, in one line of width w: a dot for
// each character (as many as fit) and how many there are, never the token
// itself; empty, the cursor and what to do.
func (s *checkScreen) field(w int) string {
	st, l := s.c.styles, s.c.lang
	bar := st.quoteBar.Render("│") + " "
	cursor := lipgloss.NewStyle().Reverse(true).Render(" ")
	if s.typed.empty() {
		return bar + cursor + st.muted.Render(i18n.WizCheckTypeToken.In(l))
	}
	n := utf8.RuneCountInString(s.typed.text)
	count := " " + st.muted.Render(i18n.WizCheckTyped.Format(l, n))
	dots := max(1, min(n, w-3-lipgloss.Width(count)))
	return bar + strings.Repeat("•", dots) + cursor + count
}

func checkMarkStyle(s livecheck.Status, st *styles) interface{ Render(...string) string } {
	switch s {
	case livecheck.StatusOK:
		return st.success
	case livecheck.StatusWarning:
		return st.warn
	case livecheck.StatusFailed:
		return st.bad
	}
	return st.muted
}

// checkFrame is the screen as view draws it: the body and the pinned lines,
// the body lines in view (from, to), the line of the check under the
// cursor (-1 for none), and whether there is more below.
type checkFrame struct {
	body, pinned     []string
	from, to, cursor int
	more             bool
}

// frame lays the screen out in its size: the pinned lines at the bottom
// and as much of the body as fits above them: the top while asking (↑/↓
// scroll), the end while the checks come in, and the check under the
// cursor once they are done, unless ↑/↓ scrolled past it. A body that
// does not fit keeps its last row for "↓ more below" while there is more
// below, as the fix and the result do. It keeps the scroll position in
// bounds.
func (s *checkScreen) frame() checkFrame {
	body, pinned, selected, selectedEnd := s.lines()
	rows := max(1, s.height)
	pinned = pinned[:min(len(pinned), rows)]
	room := rows - len(pinned)
	if room > 1 && len(body) < room {
		body = append(body, "")
	}
	offset, shownRows := 0, room
	if len(body) > room {
		if room > 1 {
			shownRows = room - 1 // the row for "↓ more below"
		}
		switch {
		case selected >= 0 && !s.free:
			// The check under the cursor and its fix, whole when they fit.
			offset = selected - max(0, shownRows-(selectedEnd-selected))/2
		case s.phase == checkRunning:
			offset = len(body) - shownRows
		default:
			offset = s.scroll
		}
		offset = min(max(offset, 0), len(body)-shownRows)
		s.scroll = offset
	}
	to := min(offset+shownRows, len(body))
	return checkFrame{body: body, pinned: pinned, from: offset, to: to, cursor: selected, more: shownRows < room && to < len(body)}
}

// view draws the frame.
func (s *checkScreen) view() string {
	f := s.frame()
	room := max(1, s.height) - len(f.pinned)
	shown := append([]string(nil), f.body[f.from:f.to]...)
	if f.more {
		shown = append(shown, s.c.styles.muted.Render(moreBelow(s.c.lang)))
	}
	for len(shown) < room {
		shown = append(shown, "")
	}
	shown = append(shown, f.pinned...)
	for i, line := range shown {
		shown[i] = ansi.Truncate(line, max(1, s.width), "…")
	}
	return strings.Join(shown, "\n")
}
