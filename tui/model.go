package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Model is the wizard: the root Bubble Tea model. It keeps the walk through
// the decision tree, routes keys and messages to the current screen, and
// lays out the header, the screen and the help footer.
type Model struct {
	c         *common
	walk      *walk
	screen    screen
	clipboard func(string) error
	now       func() time.Time

	noColor bool
	profile colorprofile.Profile
	dark    bool

	width, height int
	// fullHelp shows every key in the footer instead of the short line.
	fullHelp bool
	// footerCache is the last footer drawn and what it was drawn for.
	footerCache struct {
		key  footerKey
		view string
		ok   bool
	}

	result Result
	// live is the "Check with Fortnox" action (check_route.go).
	live liveCheck
	// aside are the related fixes opened from "See also" and the screens
	// under them (related_route.go), the latest last.
	aside []relatedTrip

	// reading counts the pastes sent off to be read: a pasteReadMsg for
	// any other than the last is stale (cancelled, or left behind) and
	// dropped. readPending is true while the last is being read.
	reading     int
	readPending bool
}

// asyncReadFrom is the paste size from which reading runs off the Update
// loop, as a tea.Cmd with a spinner and esc to cancel, so that the wizard
// keeps drawing and answering keys (and ctrl+c and SIGTERM) meanwhile.
// Smaller pastes take a millisecond or two and are read at once, which
// keeps every frame of a short walk the same from run to run.
const asyncReadFrom = 64 << 10

// pasteReadMsg is a paste read off the Update loop: its result, or why it
// could not be read.
type pasteReadMsg struct {
	id     int
	result *pasteResult
	err    error
}

// startRead reads the paste: at once when it is small, else off the loop,
// with the screen showing a spinner until the pasteReadMsg arrives.
func (m *Model) startRead() tea.Cmd {
	if m.readPending {
		return nil
	}
	if len(m.walk.paste.text) < asyncReadFrom {
		if err := m.walk.read(m.now()); err != nil {
			cmd, _ := m.screen.update(readEndMsg{err: err})
			return cmd
		}
		m.enter(m.walk.cursor())
		return nil
	}
	if err := m.walk.canRead(); err != nil {
		cmd, _ := m.screen.update(readEndMsg{err: err})
		return cmd
	}
	m.reading++
	m.readPending = true
	id, text, now := m.reading, m.walk.paste.text, m.now()
	read := func() tea.Msg {
		r, err := readPaste(text, now)
		return pasteReadMsg{id: id, result: r, err: err}
	}
	spin, _ := m.screen.update(readStartMsg{})
	return tea.Batch(spin, read)
}

// finishRead takes a paste read off the loop, unless it was cancelled (the
// cancel counted past its id).
func (m *Model) finishRead(msg pasteReadMsg) {
	if !m.readPending || msg.id != m.reading {
		return
	}
	m.readPending = false
	if msg.err != nil {
		m.screen.update(readEndMsg{err: msg.err})
		return
	}
	m.screen.update(readEndMsg{})
	if m.walk.accept(msg.result) {
		m.enter(m.walk.cursor())
	}
}

// Fallback size until the terminal reports its own.
const (
	fallbackWidth  = 80
	fallbackHeight = 24
)

// New builds the wizard. Nothing here waits on the terminal: the first
// frame assumes a dark background and the given profile and size, and Init
// asks for the real background without blocking.
func New(o Options) *Model {
	lang := o.Lang
	if lang == "" {
		lang = i18n.English
	}
	m := &Model{
		walk:      newWalk(o.Tree, o.AskLang),
		clipboard: o.Clipboard,
		now:       o.Now,
		noColor:   o.NoColor,
		profile:   o.Profile,
		dark:      true,
		width:     o.Width,
		height:    o.Height,
	}
	m.live.opts = o.Check
	if m.now == nil {
		m.now = time.Now
	}
	if m.width <= 0 || m.height <= 0 {
		m.width, m.height = fallbackWidth, fallbackHeight
	}
	m.c = &common{lang: lang, nav: newNavKeys(lang, false), styles: newStyles(m.colorProfile(), m.dark), clipboard: o.Clipboard}
	m.setChecks()
	m.enter(m.startCursor())
	return m
}

// startCursor is where the cursor starts on the first screen: on the
// detected language on the language screen, else on the first option.
func (m *Model) startCursor() int {
	if m.walk.here.lang {
		return langIndex(m.c.lang)
	}
	return m.walk.cursor()
}

// Init asks the terminal for its background colour; the answer arrives as a
// tea.BackgroundColorMsg and restyles the wizard for a light background if
// need be.
func (m *Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.BackgroundColorMsg:
		if dark := msg.IsDark(); dark != m.dark {
			m.dark = dark
			m.restyle()
		}
		return m, nil
	case tea.ColorProfileMsg:
		if msg.Profile != m.profile {
			m.profile = msg.Profile
			m.restyle()
		}
		return m, nil
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	case tea.PasteMsg:
		msg.Content = pastedLineBreaks(restorePaste(msg.Content))
		return m, m.handlePaste(msg)
	case pasteReadMsg:
		m.finishRead(msg)
		return m, nil
	}
	cmd, in := m.screen.update(msg)
	return m, tea.Batch(cmd, m.act(in))
}

// Result is how the walk ended, for the caller once the program exits.
func (m *Model) Result() Result {
	r := m.result
	r.Lang = m.c.lang
	return r
}

// colorProfile is the profile the styles are built for: the terminal's, or
// none at all under NoColor.
func (m *Model) colorProfile() colorprofile.Profile {
	if m.noColor {
		return min(m.profile, colorprofile.Ascii)
	}
	return m.profile
}

// enter builds the screen for the walk's current place with the cursor on
// the given option, and lays it out.
func (m *Model) enter(cursor int) {
	m.screen = m.screenFor(cursor)
	m.layout()
}

func (m *Model) screenFor(cursor int) screen {
	l := m.c.lang
	if m.walk.here.lang {
		var opts []huh.Option[int]
		for i, lang := range i18n.Langs() {
			opts = append(opts, huh.NewOption(lang.Name(), i))
		}
		title := i18n.WizChooseLang.In(i18n.Swedish) + " / " + i18n.WizChooseLang.In(i18n.English)
		return newChoiceScreen(m.c, title, "", opts, cursor, true, true)
	}
	if r := m.walk.here.result; r != nil {
		return newResultScreen(m.c, r, cursor, m.walk.role())
	}
	n, ok := m.walk.node()
	if !ok {
		// Only a broken tree leads nowhere (flows validates the tree);
		// start over rather than show an empty screen.
		m.walk.restart()
		n = m.walk.tree.Root()
	}
	switch n.Kind {
	case flows.FixLeaf:
		if fix, ok := flows.Lookup(n.Fix); ok {
			return newFixScreen(m.c, fix, m.walk.role())
		}
	case flows.Paste:
		return newPasteScreen(m.c, n, &m.walk.paste)
	}
	var opts []huh.Option[int]
	for i, o := range n.Options {
		opts = append(opts, huh.NewOption(o.Label.In(l), i))
	}
	return newChoiceScreen(m.c, n.Text.In(l), n.Hint.In(l), opts, cursor, false, !m.walk.canBack())
}

// restyle rebuilds the styles after the background or the colour profile
// changed, and redraws the screen in them.
func (m *Model) restyle() {
	m.c.styles = newStyles(m.colorProfile(), m.dark)
	m.rebuild()
}

// rebuild redraws the current screen after a change of style or language,
// keeping the cursor, the scroll position and the walk.
func (m *Model) rebuild() {
	cursor, again := m.screen.relang()
	if !again {
		return
	}
	if cursor < 0 {
		cursor = m.startCursor()
	}
	m.enter(cursor)
}

// setLang switches the language, keeping the walk.
func (m *Model) setLang(l i18n.Lang) {
	m.c.lang = l
	m.c.nav = newNavKeys(l, false)
}

// langIndex is l's position in i18n.Langs.
func langIndex(l i18n.Lang) int {
	for i, x := range i18n.Langs() {
		if x == l {
			return i
		}
	}
	return 0
}
