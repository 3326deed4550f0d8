package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/version"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/spf13/cobra"
)

func newMCPCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "mcp",
		Short: i18n.CmdMCPShort.In(a.lang),
		Long:  i18n.CmdMCPLong.In(a.lang),
		Example: "fortnox-doctor mcp\n" +
			"fortnox-doctor mcp --lang sv",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(i18n.CmdMCPErrArgs.In(a.lang))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return runMCP(cmd.Context(), a) },
	}
}

// runMCP serves the MCP server on the app's standard input and output until
// the client closes its end. The transport is the SDK's stdio transport on
// the app's injected streams, so in-process tests need no pipes of the
// process. Only the transport writes to standard output: every byte there
// is a protocol message.
func runMCP(ctx context.Context, a *app) error {
	// A person who runs it in a terminal learns what it is for; the hint
	// goes to standard error, which is not part of the protocol.
	if isTerminal(a.in) {
		fmt.Fprintln(a.errOut, i18n.CmdMCPTerminalHint.In(a.lang))
	}
	server := mcpserver.New(mcpserver.Options{Lang: a.lang, Version: serverVersion()})
	in := &trackedReader{r: a.in}
	err := server.Run(ctx, mcpserver.StdioTransport(a.lang, in, a.out))
	switch {
	// Standard input that cannot be read (a folder, a descriptor open
	// for writing only) is unreadable input, as for every other command.
	case in.err != nil:
		return readError(a.lang, in.err)
	// The client ending the session by closing standard input is how a
	// stdio server is meant to stop.
	case err == nil, errors.Is(err, io.EOF), errors.Is(err, context.Canceled):
		return nil
	}
	return err
}

// serverVersion is the version the server announces to clients.
func serverVersion() string {
	if v := version.Current().Version; v != "" {
		return v
	}
	return "devel"
}
