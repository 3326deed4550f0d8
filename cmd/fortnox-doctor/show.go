package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
	"github.com/spf13/cobra"
)

// showFormats are the values of `show --format`; --json is the same as
// --format json.
var showFormats = []string{"text", "markdown", "json"}

type showOptions struct {
	format string
	// as is the person to show the fix for (--as): integrator, customer or
	// consultant; empty lists every step with its actor.
	as string
}

func newShowCmd(a *app) *cobra.Command {
	opts := &showOptions{}
	cmd := &cobra.Command{
		Use:     "show ID",
		Short:   i18n.CmdShowShort.In(a.lang),
		Long:    i18n.CmdShowLong.In(a.lang),
		Example: "fortnox-doctor show invalid-refresh-token\nfortnox-doctor show missing-license --as customer --lang sv\nfortnox-doctor show missing-license --lang sv --format markdown\nfortnox-doctor show account-not-found --json --as integrator",
		Args:    func(*cobra.Command, []string) error { return nil }, // checked in runShow, after --format
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return flows.IDs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := settleFormat(a, cmd, &opts.format); err != nil {
				return err
			}
			return runShow(a, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", i18n.FlagShowFormat.In(a.lang))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(showFormats, cobra.ShellCompDirectiveNoFileComp))
	cmd.Flags().StringVar(&opts.as, "as", "", i18n.FlagShowAs.In(a.lang))
	_ = cmd.RegisterFlagCompletionFunc("as", cobra.FixedCompletions(flows.PersonNames(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runShow(a *app, opts *showOptions, args []string) error {
	if !slices.Contains(showFormats, opts.format) {
		return usageError(i18n.ErrUnknownFormat.Format(a.lang, quoteArg(opts.format), strings.Join(showFormats, ", ")))
	}
	var person flows.Role
	if opts.as != "" {
		r, ok := flows.ParsePerson(opts.as)
		if !ok {
			return usageError(i18n.ErrUnknownPerson.Format(a.lang, quoteArg(opts.as), strings.Join(flows.PersonNames(), ", ")))
		}
		person = r
	}
	if len(args) != 1 {
		return usageError(i18n.ErrShowArgs.In(a.lang))
	}
	fix, err := lookupFix(a.lang, args[0])
	if err != nil {
		return err
	}
	switch opts.format {
	case "json":
		return writeJSON(a.out, newFixJSON(fix, a.lang, person))
	case "markdown":
		_, err := fmt.Fprint(a.out, flows.MarkdownAs(fix, a.lang, person))
		return err
	default:
		text := flows.PlainText(fix, a.lang, flows.TextOptions{Width: a.wrapWidth(), Style: styleFixPart, Person: person})
		_, err := fmt.Fprint(a.stdout(), text)
		return err
	}
}

// lookupFix finds a fix by ID, or fails with a usage error that suggests the
// nearest ID. Blanks around the ID (a copied line's newline) are no part
// of it.
func lookupFix(l i18n.Lang, id string) (flows.Fix, error) {
	id = strings.TrimSpace(id)
	if fix, ok := flows.Lookup(id); ok {
		return fix, nil
	}
	if near, ok := nearest.Match(id, flows.IDs(), 4); ok {
		return flows.Fix{}, usageError(i18n.ErrUnknownFixSuggest.Format(l, quoteArg(id), near))
	}
	return flows.Fix{}, usageError(i18n.ErrUnknownFix.Format(l, quoteArg(id)))
}
