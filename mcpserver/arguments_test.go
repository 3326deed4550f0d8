package mcpserver_test

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// Arguments that do not fit a tool's schema are refused in the session's
// language, with the validator's detail naming the argument.
func TestWrongArgumentsSaidInTheSessionsLanguage(t *testing.T) {
	for _, l := range langs {
		cs := connect(t, l)
		for _, tc := range []struct {
			tool   string
			args   map[string]any
			detail string
		}{
			{"explain_error", map[string]any{}, "text"},
			{"show_fix", map[string]any{"id": 42}, "id"},
			{"show_fix", map[string]any{"id": "missing-license", "lang": "fr"}, "lang"},
			{"show_fix", map[string]any{"id": "missing-license", "as": 7}, "as"},
		} {
			msg := callError(t, cs, tc.tool, tc.args)
			prefix, _, _ := strings.Cut(i18n.MCPErrArguments.In(l), "%s")
			if !strings.HasPrefix(msg, prefix) || !strings.Contains(msg, tc.detail) {
				t.Errorf("%s: %s %v = %q, want %q and the argument %q", l, tc.tool, tc.args, msg, prefix, tc.detail)
			}
		}
	}
}
