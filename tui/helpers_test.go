package tui

import (
	"errors"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// press builds the key press a terminal sends for a key name as Bubble Tea
// spells it ("enter", "down", "ctrl+r", "shift+tab", "q").
func press(name string) tea.KeyPressMsg {
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"tab": tea.KeyTab, "space": tea.KeySpace, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp,
		"home": tea.KeyHome, "end": tea.KeyEnd, "backspace": tea.KeyBackspace,
	}
	var mod tea.KeyMod
	for {
		if rest, ok := strings.CutPrefix(name, "ctrl+"); ok {
			mod |= tea.ModCtrl
			name = rest
			continue
		}
		if rest, ok := strings.CutPrefix(name, "shift+"); ok {
			mod |= tea.ModShift
			name = rest
			continue
		}
		break
	}
	if code, ok := named[name]; ok {
		return tea.KeyPressMsg{Code: code, Mod: mod}
	}
	r, _ := utf8.DecodeRuneInString(name)
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: name}
}

// keysFor turns answers into the keys a user presses from the first
// question: down to each answer (the cursor starts on the first option),
// then enter.
func keysFor(answers []int) []tea.KeyPressMsg {
	var keys []tea.KeyPressMsg
	for _, a := range answers {
		for range a {
			keys = append(keys, press("down"))
		}
		keys = append(keys, press("enter"))
	}
	return keys
}

// testOptions are the wizard's options for a test: the real tree, true
// colour, no system clipboard, no language screen, and a clock stopped at
// testNow.
func testOptions(l i18n.Lang, width, height int) Options {
	return Options{
		Tree:    flows.DecisionTree(),
		Lang:    l,
		Profile: colorprofile.TrueColor,
		Width:   width,
		Height:  height,
		Now:     func() time.Time { return testNow },
	}
}

// testNow is the tests' clock: a winter morning in Stockholm, as a fixed
// zone so that no machine's time zone database matters.
var testNow = time.Date(2025, 2, 11, 9, 30, 0, 0, time.FixedZone("CET", 3600))

// background is the message a terminal answers a background query with.
func background(dark bool) tea.BackgroundColorMsg {
	if dark {
		return tea.BackgroundColorMsg{Color: color.Black}
	}
	return tea.BackgroundColorMsg{Color: color.White}
}

// send feeds messages to a model directly, running no commands.
func send(m *Model, msgs ...tea.Msg) {
	for _, msg := range msgs {
		m.Update(msg)
	}
}

// checkFits fails when a frame is wider or taller than the terminal.
func checkFits(t testing.TB, content string, width, height int) {
	t.Helper()
	lines := strings.Split(content, "\n")
	if len(lines) > height {
		t.Errorf("frame has %d lines, terminal has %d rows", len(lines), height)
	}
	for i, l := range lines {
		if w := lipgloss.Width(l); w > width {
			t.Errorf("line %d is %d columns wide, terminal has %d: %q", i+1, w, width, l)
		}
	}
}

// fits reports whether a frame fits the terminal, as checkFits checks.
func fits(content string, width, height int) bool {
	lines := strings.Split(content, "\n")
	if len(lines) > height {
		return false
	}
	for _, l := range lines {
		if lipgloss.Width(l) > width {
			return false
		}
	}
	return true
}

// plain is a frame without styling, for looking for text in it.
func plain(content string) string {
	var b strings.Builder
	for _, l := range strings.Split(content, "\n") {
		b.WriteString(strings.TrimRight(ansi.Strip(l), " ") + "\n")
	}
	return b.String()
}

// sgr matches a Select Graphic Rendition sequence and captures its
// parameters.
var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// hasColour reports whether styled text sets a foreground or background
// colour (as opposed to bold, faint, underline or reverse).
func hasColour(s string) bool {
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, err := strconv.Atoi(p)
			if err != nil {
				continue
			}
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return true
			}
		}
	}
	return false
}

// inputMessage is the message of an *diagnose.InputError.
func inputMessage(err error) diagnose.Message {
	var ie *diagnose.InputError
	if !errors.As(err, &ie) {
		panic("not an input error: " + err.Error())
	}
	return ie.Message
}
