package main

import (
	"context"
	"io"
	"strings"

	"charm.land/fang/v2"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
	"github.com/fortnox-doctor/fortnox-doctor/internal/version"
	"github.com/spf13/cobra"
)

// run executes one invocation of fortnox-doctor and returns its exit code.
func run(ctx context.Context, args []string, a *app) int {
	// Help texts are built in the chosen language, so settle it from the raw
	// arguments first. A bad --lang is reported once cobra has parsed them.
	a.langFlag = langFromArgs(args)
	_ = a.settleLang()

	root := newRootCmd(a)
	root.SetArgs(args)
	silentCode := exitOK
	keepSilentExitsFromFang(root, &silentCode)
	err := fang.Execute(ctx, root,
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) { printError(w, err) }),
		// The whole line after "fortnox-doctor version ": version, commit
		// and date, so fang adds no commit of its own.
		fang.WithVersion(version.Current().Format(a.lang)),
		// Our own hidden man command (man.go) replaces fang's.
		fang.WithoutManpage(),
	)
	if err == nil {
		return silentCode
	}
	return exitCode(err)
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
		// The bare command is the wizard.
		RunE: func(cmd *cobra.Command, _ []string) error { return runWizard(cmd.Context(), a, wizard) },
		PersistentPreRunE: func(*cobra.Command, []string) error {
			return a.settleLang()
		},
	}
	flags := root.PersistentFlags()
	flags.StringVar(&a.langFlag, "lang", "", i18n.FlagLang.In(l))
	flags.BoolVar(&a.json, "json", false, i18n.FlagJSON.In(l))
	flags.BoolVar(&a.noColor, "no-color", false, i18n.FlagNoColor.In(l))
	flags.BoolVar(&a.accessible, "accessible", false, i18n.FlagAccessible.In(l))
	root.Flags().StringVar(&wizard.output, "output", "", i18n.FlagOutput.In(l))
	_ = root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]string{"sv", "en"}, cobra.ShellCompDirectiveNoFileComp))

	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError(i18n.ErrUsageHint.Format(a.lang, oneLine(err.Error()), c.CommandPath()))
	})
	root.AddCommand(
		newListCmd(a),
		newShowCmd(a),
		newGraphCmd(a),
		newExplainCmd(a),
		newCheckURLCmd(a),
		newInspectTokenCmd(a),
	)
	// cobra's completion commands take the output writer when they are
	// created, so the streams must be set before localizeBuiltins creates
	// them; else `completion SHELL` writes to os.Stdout, not to a.out.
	root.AddCommand(newManCmd(a))
	root.SetIn(a.in)
	root.SetOut(a.out)
	root.SetErr(a.errOut)
	localizeBuiltins(root, l)
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
		case "completion":
			c.Short = i18n.CmdCompletionShort.In(l)
			c.Long = ""
			for _, shell := range c.Commands() {
				shell.Short = i18n.CmdCompletionShell.Format(l, shell.Name())
				shell.Long = ""
				if f := shell.Flags().Lookup("no-descriptions"); f != nil {
					f.Usage = i18n.FlagNoDescriptions.In(l)
				}
			}
		}
	}
}

// unknownCommand rejects a first argument that names no command, suggesting
// the nearest one.
func unknownCommand(a *app) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		var names []string
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() {
				names = append(names, c.Name())
			}
		}
		valid := strings.Join(names, ", ")
		if near, ok := nearest.Match(args[0], names, 2); ok {
			return usageError(i18n.ErrUnknownCmdNear.Format(a.lang, args[0], near, valid))
		}
		return usageError(i18n.ErrUnknownCommand.Format(a.lang, args[0], valid))
	}
}

// noArgs rejects positional arguments with a one-line usage error.
func noArgs(a *app) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageError(i18n.ErrNoArgs.Format(a.lang, cmd.Name(), strings.Join(args, " ")))
		}
		return nil
	}
}

// oneLine folds a multi-line message (cobra adds suggestions on new lines)
// into one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
