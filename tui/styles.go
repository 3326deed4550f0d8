package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// tone is one colour of the palette, chosen per background and per colour
// depth by hand rather than by downsampling, so that 16- and 256-colour
// terminals get a colour picked for them. Index 0 is for a light
// background, 1 for a dark one.
type tone struct {
	ansi    [2]int    // the terminal's own 16 colours, which its theme already fits to the background
	ansi256 [2]int    // the xterm 256-colour cube
	hex     [2]string // true colour
}

// The palette: few colours, each with a job.
var (
	// accent marks the brand, titles and headings.
	accentTone = tone{ansi: [2]int{4, 6}, ansi256: [2]int{30, 79}, hex: [2]string{"#00756F", "#4FD1C5"}}
	// pointer marks the cursor and the option under it.
	pointerTone = tone{ansi: [2]int{5, 5}, ansi256: [2]int{125, 211}, hex: [2]string{"#B0306A", "#F78FB3"}}
	// mutedTone is for secondary text: breadcrumb, hints, help. On 16
	// colours it is faint instead, because "bright black" vanishes on some
	// dark themes.
	mutedTone = tone{ansi256: [2]int{242, 246}, hex: [2]string{"#6A6A6A", "#9B9B9B"}}
	// successTone confirms a copy that is known to have worked.
	successTone = tone{ansi: [2]int{2, 2}, ansi256: [2]int{28, 77}, hex: [2]string{"#1A7F37", "#56D364"}}
	// noticeTone is for a status that needs reading, such as an unconfirmed
	// copy, and for warnings.
	noticeTone = tone{ansi: [2]int{3, 3}, ansi256: [2]int{130, 179}, hex: [2]string{"#8A5A00", "#E3B341"}}
	// errorTone marks an error in a pasted link or token.
	errorTone = tone{ansi: [2]int{1, 1}, ansi256: [2]int{160, 210}, hex: [2]string{"#C62828", "#FF7B72"}}
)

// in picks the tone's colour for a profile and background; nil means "no
// colour" (the profile has none, or the tone has none at that depth).
func (t tone) in(p colorprofile.Profile, dark bool) color.Color {
	i := 0
	if dark {
		i = 1
	}
	switch p {
	case colorprofile.TrueColor:
		return lipgloss.Color(t.hex[i])
	case colorprofile.ANSI256:
		return lipgloss.ANSIColor(t.ansi256[i])
	case colorprofile.ANSI:
		if t.ansi == [2]int{} {
			return nil
		}
		return lipgloss.ANSIColor(t.ansi[i])
	}
	return nil
}

// styles are every style the wizard draws with, built once per profile and
// background and shared by all screens.
type styles struct {
	brand    lipgloss.Style
	muted    lipgloss.Style
	title    lipgloss.Style
	heading  lipgloss.Style
	label    lipgloss.Style
	number   lipgloss.Style
	quoteBar lipgloss.Style
	success  lipgloss.Style
	notice   lipgloss.Style
	// pointer marks the choice under the cursor on a result, as the
	// questions' Select does.
	pointer lipgloss.Style
	// bad and warn mark errors and warnings in a result; each mark also
	// carries a word, so nothing depends on colour.
	bad  lipgloss.Style
	warn lipgloss.Style
	help help.Styles
	// form is the huh theme for the selects.
	form *huh.Styles
}

// newStyles builds the styles for a colour profile and background. Without
// colour (NO_COLOR, --no-color, a dumb terminal) only bold and faint remain.
func newStyles(p colorprofile.Profile, dark bool) *styles {
	fg := func(t tone) lipgloss.Style {
		s := lipgloss.NewStyle()
		if c := t.in(p, dark); c != nil {
			s = s.Foreground(c)
		}
		return s
	}
	muted := fg(mutedTone)
	if mutedTone.in(p, dark) == nil {
		muted = muted.Faint(true)
	}
	s := &styles{
		brand:    fg(accentTone).Bold(true),
		muted:    muted,
		title:    fg(accentTone).Bold(true),
		heading:  fg(accentTone).Bold(true),
		label:    lipgloss.NewStyle().Bold(true),
		number:   fg(accentTone).Bold(true),
		quoteBar: fg(accentTone),
		success:  fg(successTone).Bold(true),
		notice:   fg(noticeTone),
		pointer:  fg(pointerTone).Bold(true),
		bad:      fg(errorTone).Bold(true),
		warn:     fg(noticeTone).Bold(true),
	}
	s.help = help.Styles{
		Ellipsis:       muted,
		ShortKey:       lipgloss.NewStyle().Bold(true),
		ShortDesc:      muted,
		ShortSeparator: muted,
		FullKey:        lipgloss.NewStyle().Bold(true),
		FullDesc:       muted,
		FullSeparator:  muted,
	}
	s.form = formStyles(s, fg(pointerTone))
	return s
}

// formStyles is the huh theme: the question bold in the accent colour, the
// hint muted, a pointer in front of the option under the cursor. No border:
// the wizard's own layout frames the form.
func formStyles(s *styles, pointer lipgloss.Style) *huh.Styles {
	t := huh.ThemeBase(true)
	f := &t.Focused
	f.Base = lipgloss.NewStyle()
	f.Card = f.Base
	f.Title = s.title
	f.Description = s.muted
	f.SelectSelector = pointer.Bold(true).SetString("> ")
	f.SelectedOption = pointer.Bold(true)
	f.UnselectedOption = lipgloss.NewStyle()
	f.Option = lipgloss.NewStyle()
	f.ErrorIndicator = s.notice.SetString(" *")
	f.ErrorMessage = s.notice
	f.TextInput.Prompt = pointer.Bold(true)
	f.TextInput.Cursor = pointer
	f.TextInput.Placeholder = s.muted
	f.TextInput.Text = lipgloss.NewStyle()
	t.Blurred = t.Focused
	t.Group.Title = s.title
	t.Group.Description = s.muted
	t.Help = s.help
	return t
}
