package main

import (
	"context"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"charm.land/fang/v2"
	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
	"github.com/spf13/cobra"
)

// run executes one invocation of fortnox-doctor and returns its exit code.
func run(ctx context.Context, args []string, a *app) int {
	// Help texts are built in the chosen language, so settle it from the raw
	// arguments first. A bad --lang is reported once cobra has parsed them.
	a.langFlag = langFromArgs(args)
	_ = a.settleLang()
	args = pasteArgsAsText(args)
	// Every write to standard output goes through out, which keeps the
	// first error: a full disk or a closed file must not pass for success.
	out := &trackedWriter{w: a.out}
	a.out = out
	var help *helpLines
	if wantsHelp(args) {
		help = &helpLines{w: out, trim: !a.outIsTerminal, lang: a.lang}
		a.out = help
	}

	root := newRootCmd(a)
	root.SetArgs(args)
	silentCode := exitOK
	// A failed write to standard output is reported once, below, however
	// the command passed it on.
	report := func(w io.Writer) func(error) {
		return func(err error) {
			if out.err == nil {
				printError(w, err)
			}
		}
	}
	keepExitsFromFang(root, &silentCode, report(a.errOut))
	err := fang.Execute(ctx, root,
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) { report(w)(err) }),
		// --version is ours (version.go), with --json and strict arguments.
		fang.WithoutVersion(),
		// Our own hidden man command (man.go) replaces fang's.
		fang.WithoutManpage(),
	)
	if help != nil {
		_ = help.Flush()
	}
	if out.err != nil {
		// A reader that went away (`| head`) wanted no more: exit 1, as
		// for any failed write, but quietly.
		if !isBrokenPipe(out.err) {
			printError(a.errOut, errors.New(i18n.ErrWriteOutput.Format(a.lang, i18n.ErrorCauseIn(a.lang, out.err))))
		}
		return exitNegative
	}
	if err == nil {
		return silentCode
	}
	return exitCode(err)
}

// trackedWriter passes writes on and keeps the first error, after which it
// writes nothing more.
type trackedWriter struct {
	w   io.Writer
	err error
}

func (t *trackedWriter) Write(p []byte) (int, error) {
	if t.err != nil {
		return 0, t.err
	}
	n, err := t.w.Write(p)
	if err != nil {
		t.err = err
	}
	return n, err
}

// newRootCmd builds the command tree, its texts in a.lang.
func newRootCmd(a *app) *cobra.Command {
	l := a.lang
	wizard := &wizardOptions{}
	root := &cobra.Command{
		Use:   "fortnox-doctor",
		Short: i18n.CmdRootShort.In(l),
		Long:  i18n.CmdRootLong.In(l),
		Args:  unknownCommand(a),
		// The bare command is the wizard, or the version under --version.
		RunE: func(cmd *cobra.Command, _ []string) error {
			if wantsVersion(cmd) {
				return runVersion(a)
			}
			return runWizard(cmd.Context(), a, wizard)
		},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.settleLang(); err != nil {
				return err
			}
			if err := refuseEmptyValues(a, cmd); err != nil {
				return err
			}
			return refuseJSON(a, cmd)
		},
	}
	flags := root.PersistentFlags()
	flags.StringVar(&a.langFlag, "lang", "", i18n.FlagLang.In(l))
	flags.BoolVar(&a.json, "json", false, i18n.FlagJSON.In(l))
	flags.BoolVar(&a.noColor, "no-color", false, i18n.FlagNoColor.In(l))
	// --accessible is global (docs/cli.md): the wizard's numbered prompts
	// and check's plain question; other commands accept it. --output
	// belongs to the wizard, so only the bare command offers it.
	flags.BoolVar(&a.accessible, "accessible", false, i18n.FlagAccessible.In(l))
	root.Flags().StringVar(&wizard.output, "output", "", i18n.FlagOutput.In(l))
	_ = root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"sv", "en"}, cobra.ShellCompDirectiveNoFileComp))

	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return flagError(a, c, err) })
	root.AddCommand(
		newListCmd(a),
		newShowCmd(a),
		newGraphCmd(a),
		newExplainCmd(a),
		newCheckURLCmd(a),
		newInspectTokenCmd(a),
		newCheckCmd(a),
		newMCPCmd(a),
	)
	// cobra's completion commands take the output writer when they are
	// created, so the streams must be set before localizeBuiltins creates
	// them; else `completion SHELL` writes to os.Stdout, not to a.out.
	root.AddCommand(newManCmd(a))
	root.SetIn(a.in)
	root.SetOut(a.out)
	root.SetErr(a.errOut)
	localizeBuiltins(root, l)
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			strictHelp(a, c)
			writesNoJSON(c, outputHelp)
		case "completion":
			strictCompletion(a, c)
			writesNoJSON(c, outputShellScript)
			for _, shell := range c.Commands() {
				writesNoJSON(shell, outputShellScript)
			}
		}
	}
	checkFlagValuesFirst(a, root)
	return root
}

// localizeBuiltins adds cobra's help and version flags and its completion
// and help commands up front, so that their descriptions can be translated.
func localizeBuiltins(root *cobra.Command, l i18n.Lang) {
	root.PersistentFlags().BoolP("help", "h", false, i18n.FlagHelp.In(l))
	root.Flags().BoolP("version", "v", false, i18n.FlagVersion.In(l))
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = i18n.CmdHelpShort.In(l)
			c.Long = i18n.CmdHelpLong.In(l)
		case "completion":
			localizeCompletion(c, l)
		}
	}
}

// localizeCompletion translates cobra's completion command and names its
// argument: `completion SHELL`, not fang's `completion [command]`, which
// it writes for a command with subcommands to show. So the shells are
// hidden subcommands (they still run, and `completion bash --help` still
// shows), offered to shell completion as the argument's values, and named
// in the command's description.
func localizeCompletion(c *cobra.Command, l i18n.Lang) {
	var shells []string
	for _, shell := range c.Commands() {
		shells = append(shells, shell.Name())
		shell.Short = i18n.CmdCompletionShell.Format(l, shell.Name())
		shell.Long = ""
		shell.Hidden = true
		if f := shell.Flags().Lookup("no-descriptions"); f != nil {
			f.Usage = i18n.FlagNoDescriptions.In(l)
		}
		c.ValidArgs = append(c.ValidArgs, cobra.CompletionWithDesc(shell.Name(), shell.Short))
	}
	c.ValidArgsFunction = nil
	c.Use = c.Name() + " " + i18n.CmdCompletionArg.In(l)
	c.Short = i18n.CmdCompletionShort.In(l)
	c.Long = i18n.CmdCompletionLong.Format(l, strings.Join(shells, ", "))
}

// unknownCommand rejects a first argument that names no command, suggesting
// the nearest one.
func unknownCommand(a *app) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if wantsVersion(cmd) {
			return versionArgs(a, args)
		}
		if len(args) == 0 {
			return nil
		}
		names := commandNames(cmd)
		valid := strings.Join(names, ", ")
		if slices.Contains(names, args[0]) {
			// Only after -- does a command's name reach here: cobra reads
			// what follows -- as arguments, and "did you mean list" for
			// list would say nothing.
			return usageError(i18n.ErrCommandAfterDashes.Format(a.lang, quoteArg(args[0])))
		}
		// After --, no name is read as a command: suggesting one would
		// only lead to the error above.
		if near, ok := nearest.Match(args[0], names, 2); ok && cmd.ArgsLenAtDash() != 0 {
			return usageError(i18n.ErrUnknownCmdNear.Format(a.lang, quoteArg(args[0]), near, valid))
		}
		return usageError(i18n.ErrUnknownCommand.Format(a.lang, quoteArg(args[0]), valid))
	}
}

// noArgs rejects positional arguments with a one-line usage error.
func noArgs(a *app) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageError(i18n.ErrNoArgs.Format(a.lang, cmd.Name(), quoteArg(strings.Join(args, " "))))
		}
		return nil
	}
}

// maxQuoted is the most characters of an argument a message quotes back.
const maxQuoted = 40

// quoteArg is an argument as a message quotes it: sanitized, redacted, on
// one line and cut short, as an argument can be a whole paste.
func quoteArg(s string) string { return diagnose.Quote(s, maxQuoted) }

// requoteArgs replaces each Go-quoted string in a flag error (pflag
// quotes values with %q, which writes a newline as \n and so hides a
// secret's key from Redact) with its text as quoteArg gives it.
func requoteArgs(msg string) string {
	var b strings.Builder
	for i := 0; i < len(msg); {
		if msg[i] == '"' {
			if lit, err := strconv.QuotedPrefix(msg[i:]); err == nil {
				if text, err := strconv.Unquote(lit); err == nil {
					b.WriteString(`"` + quoteArg(text) + `"`)
					i += len(lit)
					continue
				}
			}
		}
		b.WriteByte(msg[i])
		i++
	}
	return b.String()
}

// pasteArgsAsText makes explain read an argument that is a paste as text,
// even when it starts with a dash (a --- separator, a Markdown bullet, a
// YAML list): it puts -- before it, after which nothing is a flag.
func pasteArgsAsText(args []string) []string {
	at := slices.Index(args, "explain")
	if at < 0 || slices.Contains(args[:at], "--") {
		return args
	}
	for i := at + 1; i < len(args); i++ {
		switch arg := args[i]; {
		case arg == "--":
			return args
		case strings.HasPrefix(arg, "-") && looksLikePaste(arg):
			return slices.Insert(slices.Clone(args), i, "--")
		}
	}
	return args
}

// looksLikePaste reports whether an argument starting with a dash is text
// rather than a flag: no flag holds a blank or a newline, starts with three
// dashes, or runs this long.
func looksLikePaste(arg string) bool {
	return strings.ContainsAny(arg, " \t\n\r") || strings.HasPrefix(arg, "---") || len(arg) > 64
}
