package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/version"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// newManCmd is the hidden `man` command: it writes fortnox-doctor's man page
// in roff, in the chosen language, to standard output. The release runs
// `--lang en man` and `--lang sv man` (scripts/manpage.sh) and ships both
// pages.
//
// It replaces fang's own man command (mango), which prints short flags as
// "--h", headings only in English and today's date, so that two builds of
// one commit differ.
func newManCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:    "man",
		Short:  i18n.CmdManShort.In(a.lang),
		Hidden: true,
		Args:   noArgs(a),
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(a.out, manPage(cmd.Root(), a.lang, version.Current()))
			return err
		},
	}
	writesNoJSON(cmd, outputManPage)
	return cmd
}

// manPage renders the man page of the command tree under root: every
// available command, at any depth, with its flags and examples, so that a
// command added to the tree appears without touching this file.
func manPage(root *cobra.Command, l i18n.Lang, build version.Info) string {
	var m roff
	// The coding tag tells man-db's preconv how to read the letters outside
	// ASCII (å, ä, ö).
	m.line(`.\" -*- coding: UTF-8 -*-`)
	name := root.Name()
	date := ""
	if !build.Date.IsZero() {
		date = build.Date.Format("2006-01-02")
	}
	ver := build.Version
	if ver == "" {
		ver = i18n.VersionUnknown.In(l)
	}
	m.macro("TH", strings.ToUpper(name), "1", date, name+" "+ver, i18n.ManManual.In(l))
	// No hyphenation (roff's patterns are English, and would split Swedish
	// words and URLs badly) and a ragged right margin, as terminals read best.
	m.line(".nh")
	m.line(".ad l")

	m.section(i18n.ManName.In(l))
	m.text(name + " - " + root.Short)

	m.section(i18n.ManSynopsis.In(l))
	m.synopsis(name, "", l)
	m.line(".br")
	m.synopsis(name, i18n.ManCommandArg.In(l), l)

	m.section(i18n.ManDescription.In(l))
	m.paragraphs(root.Long)

	m.section(i18n.ManOptions.In(l))
	m.flags(root.NonInheritedFlags(), l)

	m.section(i18n.ManCommands.In(l))
	m.paragraphs(i18n.ManCommandsIntro.In(l))
	commands := availableCommands(root)
	for _, c := range commands {
		m.command(c, l)
	}

	m.section(i18n.ManEnvironment.In(l))
	for _, v := range manEnvironment {
		m.tagged(boldText(v.name), v.text.In(l))
	}

	m.section(i18n.ManExitStatus.In(l))
	for _, s := range manExitStatuses {
		if s.command != "" && !hasCommand(commands, s.command) {
			continue
		}
		m.tagged(boldText(fmt.Sprint(s.code)), s.text.In(l))
	}
	return m.String()
}

// manEnvironment lists the variables fortnox-doctor reads (see the CLI
// contract, docs/cli.md).
var manEnvironment = []struct {
	name string
	text i18n.Text
}{
	{"FORTNOX_DOCTOR_LANG", i18n.ManEnvLang},
	{"LC_ALL, LC_MESSAGES, LANG", i18n.ManEnvLocale},
	{"NO_COLOR", i18n.ManEnvNoColor},
	{"ACCESSIBLE", i18n.ManEnvAccessible},
}

// manExitStatuses lists the exit codes of the CLI contract. A code that
// only one command uses is listed only when that command is in the tree.
var manExitStatuses = []struct {
	code    int
	command string
	text    i18n.Text
}{
	{exitOK, "", i18n.ManExitOK},
	{exitNegative, "", i18n.ManExitNegative},
	{exitUsage, "", i18n.ManExitUsage},
	{3, "check", i18n.ManExitCheck},
	{exitInterrupted, "", i18n.ManExitInterrupted},
}

// availableCommands returns the commands under c that --help lists (not
// hidden, not deprecated, not cobra's help), depth first, each before its
// own subcommands.
func availableCommands(c *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, sub := range c.Commands() {
		if !sub.IsAvailableCommand() {
			continue
		}
		out = append(out, sub)
		out = append(out, availableCommands(sub)...)
	}
	return out
}

func hasCommand(commands []*cobra.Command, name string) bool {
	for _, c := range commands {
		if c.Name() == name {
			return true
		}
	}
	return false
}

// roff builds a man page in the man(7) macros, in UTF-8 (as Debian asks of
// man pages, and as man-db and mandoc read them). Text goes through escape.
type roff struct{ strings.Builder }

func (m *roff) line(s string) {
	m.WriteString(s)
	m.WriteByte('\n')
}

// macro writes a request with its arguments quoted.
func (m *roff) macro(name string, args ...string) {
	m.WriteString("." + name)
	for _, a := range args {
		m.WriteString(` "` + strings.ReplaceAll(escape(a), `"`, `\(dq`) + `"`)
	}
	m.WriteByte('\n')
}

func (m *roff) section(title string) { m.macro("SH", strings.ToUpper(title)) }

// text writes running text; roff fills it, so the lines of one paragraph
// may be split anywhere.
func (m *roff) text(s string) {
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		m.line(escapeLine(l))
	}
}

// paragraphs writes s, whose paragraphs are separated by blank lines.
func (m *roff) paragraphs(s string) {
	for i, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if i > 0 {
			m.line(".PP")
		}
		m.text(p)
	}
}

// tagged writes a tagged paragraph: tag (already in roff) and its text.
func (m *roff) tagged(tag, text string) {
	m.line(".TP")
	m.line(tag)
	m.text(text)
}

// synopsis writes one synopsis line: the program, args (already in the
// language) and the options placeholder.
func (m *roff) synopsis(name, args string, l i18n.Lang) {
	m.macro("B", name)
	s := "[" + italicText(i18n.ManOptionsArg.In(l)) + "]"
	if args != "" {
		s = italicText(args) + " " + s
	}
	m.line(s)
}

// command writes one command's subsection: its full use line, what it
// does, its own flags and its examples.
func (m *roff) command(c *cobra.Command, l i18n.Lang) {
	m.macro("SS", c.CommandPath()+useArgs(c))
	m.text(sentence(c.Short))
	if long := strings.TrimSpace(c.Long); long != "" && long != c.Short {
		m.line(".PP")
		m.paragraphs(long)
	}
	m.flags(c.NonInheritedFlags(), l)
	if ex := strings.TrimSpace(c.Example); ex != "" {
		m.line(".PP")
		m.text(i18n.ManExamples.In(l))
		m.line(".RS 4")
		m.line(".nf")
		for _, e := range strings.Split(ex, "\n") {
			m.line(escapeLine(strings.TrimSpace(e)))
		}
		m.line(".fi")
		m.line(".RE")
	}
}

// flags writes each visible flag as a tagged paragraph: "-h, --help" or
// "--format string", its usage and a default worth saying.
func (m *roff) flags(fs *pflag.FlagSet, l i18n.Lang) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Deprecated != "" {
			return
		}
		// Short flags take one dash, long flags two: "-h, --help".
		tag := boldText("--" + f.Name)
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			tag = boldText("-"+f.Shorthand) + ", " + tag
		}
		valueName, usage := pflag.UnquoteUsage(f)
		if valueName != "" {
			tag += " " + italicText(valueName)
		}
		if def := f.DefValue; valueName != "" && def != "" && def != "[]" && def != "0" && def != "0s" {
			usage += " " + i18n.ManDefault.Format(l, def)
		}
		m.tagged(tag, usage)
	})
}

// useArgs returns what follows the command's name in its Use, such as
// " ID" for "show ID".
func useArgs(c *cobra.Command) string {
	_, args, _ := strings.Cut(c.Use, " ")
	if args == "" {
		return ""
	}
	return " " + args
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

func boldText(s string) string   { return `\fB` + escape(s) + `\fR` }
func italicText(s string) string { return `\fI` + escape(s) + `\fR` }

// escape makes s safe inside a roff line: a backslash stands for itself,
// "-" is a minus sign (so options copy as typed), punctuation outside ASCII
// becomes roff's own glyph, which every output device can draw, and control
// characters go. Letters such as å stay as they are: written as \[u00E5],
// they would reach the whatis database (apropos) as "[u00E5]".
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if g, ok := roffGlyphs[r]; ok {
			b.WriteString(g)
			continue
		}
		switch {
		case r == '\\':
			b.WriteString(`\e`)
		case r == '-':
			b.WriteString(`\-`)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError:
			// Control characters have no place in a man page.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeLine escapes a whole text line, which roff would read as a request
// if it began with "." or "'".
func escapeLine(s string) string {
	e := escape(s)
	if strings.HasPrefix(e, ".") || strings.HasPrefix(e, "'") {
		return `\&` + e
	}
	return e
}

// roffGlyphs are roff's names for punctuation outside ASCII. Unlike
// \[u2026], these have an ASCII form, so the page renders without warnings
// in the C locale too.
var roffGlyphs = map[rune]string{
	'…':      "...",
	'–':      `\(en`,
	'—':      `\(em`,
	'→':      `\(->`,
	'“':      `\(lq`,
	'”':      `\(rq`,
	'‘':      `\(oq`,
	'’':      `\(cq`,
	'•':      `\(bu`,
	'×':      `\(mu`,
	'\u00a0': `\~`,
}
