package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/version"
	"github.com/spf13/cobra"
)

// versionJSON is `--version --json`: what is known of the build. version
// is "devel" for a build from a checkout; commit and date are left out
// when unknown.
type versionJSON struct {
	Version  string `json:"version"`
	Commit   string `json:"commit,omitempty"`
	Date     string `json:"date,omitempty"`
	Modified bool   `json:"modified,omitempty"`
}

// wantsVersion reports whether --version was given to the bare command.
func wantsVersion(cmd *cobra.Command) bool {
	v, err := cmd.Flags().GetBool("version")
	return err == nil && v
}

// versionArgs refuses arguments beside --version, which takes none.
func versionArgs(a *app, args []string) error {
	if len(args) > 0 {
		return usageError(i18n.ErrVersionArgs.Format(a.lang, quoteArg(strings.Join(args, " "))))
	}
	return nil
}

// runVersion prints the version, commit and date: on one line, or as JSON
// under --json.
func runVersion(a *app) error {
	info := version.Current()
	if a.json {
		v := versionJSON{Version: info.Version, Commit: info.Commit, Modified: info.Modified}
		if !info.Date.IsZero() {
			v.Date = info.Date.UTC().Format(time.RFC3339)
		}
		return writeJSON(a.out, v)
	}
	_, err := fmt.Fprintln(a.out, "fortnox-doctor version "+info.Format(a.lang))
	return err
}
