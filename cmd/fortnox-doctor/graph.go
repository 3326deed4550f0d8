package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/spf13/cobra"
)

var graphFormats = []string{"mermaid", "dot", "json"}

type graphOptions struct {
	format string
}

func newGraphCmd(a *app) *cobra.Command {
	opts := &graphOptions{}
	cmd := &cobra.Command{
		Use:     "graph",
		Short:   i18n.CmdGraphShort.In(a.lang),
		Long:    i18n.CmdGraphLong.In(a.lang),
		Example: "fortnox-doctor graph\nfortnox-doctor graph --format dot | dot -Tsvg > tree.svg\nfortnox-doctor graph --format json --lang sv",
		Args:    noArgs(a),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := settleFormat(a, cmd, &opts.format); err != nil {
				return err
			}
			return runGraph(a, opts)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "mermaid", i18n.FlagGraphFmt.In(a.lang))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(graphFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runGraph(a *app, opts *graphOptions) error {
	if !slices.Contains(graphFormats, opts.format) {
		return usageError(i18n.ErrUnknownFormat.Format(a.lang, quoteArg(opts.format), strings.Join(graphFormats, ", ")))
	}
	tree := flows.DecisionTree()
	if opts.format == "json" {
		return writeJSON(a.out, tree.JSON(a.lang))
	}
	var err error
	switch opts.format {
	case "dot":
		_, err = fmt.Fprint(a.out, tree.DOT(a.lang))
	default:
		_, err = fmt.Fprint(a.out, tree.Mermaid(a.lang))
	}
	return err
}
