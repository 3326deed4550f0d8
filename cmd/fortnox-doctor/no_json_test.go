package main

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestJSONWhereThereIsNoneIsAUsageError: --json on a command that writes
// no JSON (a completion script, the man page, help) was ignored, exit 0,
// so a script that asked for JSON got a shell script. It is a usage error
// that says what the command writes instead.
func TestJSONWhereThereIsNoneIsAUsageError(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		command string
		output  i18n.Text
	}{
		{[]string{"completion", "bash", "--json"}, "completion bash", i18n.OutputShellScript},
		{[]string{"--json", "completion", "zsh"}, "completion zsh", i18n.OutputShellScript},
		{[]string{"completion", "--json"}, "completion", i18n.OutputShellScript},
		{[]string{"man", "--json"}, "man", i18n.OutputManPage},
		{[]string{"help", "--json"}, "help", i18n.OutputHelp},
		{[]string{"help", "show", "--json"}, "help", i18n.OutputHelp},
	} {
		for _, l := range i18n.Langs() {
			args := append([]string{"--lang", string(l)}, tc.args...)
			r := cli(t, args...)
			want := "fortnox-doctor: " + i18n.ErrNoJSON.Format(l, tc.command, tc.output.In(l)) + "\n"
			if r.code != exitUsage || r.stderr != want || r.stdout != "" {
				t.Errorf("%v: exit %d, stdout %.60q, stderr %q; want %d and %q", args, r.code, r.stdout, r.stderr, exitUsage, want)
			}
		}
	}
	// --json=false asks for nothing; and the commands with a JSON form
	// still take it.
	for _, args := range [][]string{
		{"completion", "bash", "--json=false"},
		{"list", "--json"},
		{"--version", "--json"},
		{"graph", "--json"},
	} {
		if r := cli(t, args...); r.code != 0 {
			t.Errorf("%v: exit %d: %s", args, r.code, r.stderr)
		}
	}
	// --help wins over every other flag, as is the custom.
	if r := cli(t, "show", "--help", "--json"); r.code != 0 || !strings.Contains(r.stdout, "show ID") {
		t.Errorf("show --help --json: exit %d: %s", r.code, r.stderr)
	}
}

// TestEmptyFlagValueIsAUsageError: --lang= and --as= (and the wizard's
// --output=, check's --api-url= and the others) passed for the flag not
// given at all; --api-url= sent check's requests to Fortnox.
func TestEmptyFlagValueIsAUsageError(t *testing.T) {
	for _, tc := range []struct {
		args []string
		flag string
		path string
	}{
		{[]string{"list", "--lang="}, "--lang", "fortnox-doctor list"},
		{[]string{"--lang", "", "explain", "2000663"}, "--lang", "fortnox-doctor explain"},
		{[]string{"show", "invalid-refresh-token", "--as="}, "--as", "fortnox-doctor show"},
		{[]string{"show", "invalid-refresh-token", "--as", ""}, "--as", "fortnox-doctor show"},
		{[]string{"--accessible", "--output="}, "--output", "fortnox-doctor"},
		{[]string{"check", "--api-url=", "--yes"}, "--api-url", "fortnox-doctor check"},
		{[]string{"check", "--scopes="}, "--scopes", "fortnox-doctor check"},
		{[]string{"check", "--scopes", ", "}, "--scopes", "fortnox-doctor check"},
		{[]string{"check", "--tenant="}, "--tenant", "fortnox-doctor check"},
		{[]string{"check", "--token-file", ""}, "--token-file", "fortnox-doctor check"},
		{[]string{"check", "--client-credentials", "--client-id="}, "--client-id", "fortnox-doctor check"},
		{[]string{"check", "--client-credentials", "--client-secret-file="}, "--client-secret-file", "fortnox-doctor check"},
		{[]string{"check", "--client-credentials", "--client-id", " "}, "--client-id", "fortnox-doctor check"},
		{[]string{"graph", "--format="}, "--format", "fortnox-doctor graph"},
		{[]string{"check", "--timeout="}, "--timeout", "fortnox-doctor check"},
		{[]string{"check", "--max-requests", " "}, "--max-requests", "fortnox-doctor check"},
	} {
		for _, l := range i18n.Langs() {
			r := invocation{env: []string{"FORTNOX_DOCTOR_LANG=" + string(l)}, stdin: "2\n1\n3\n"}.run(t, tc.args...)
			want := "fortnox-doctor: " + i18n.ErrUsageHint.Format(l, i18n.ErrFlagEmpty.Format(l, tc.flag), tc.path) + "\n"
			if r.code != exitUsage || r.stderr != want || r.stdout != "" {
				t.Errorf("%s %v: exit %d, stderr %q; want %d, %q", l, tc.args, r.code, r.stderr, exitUsage, want)
			}
		}
	}
}

// TestHelpOffersJSONOnlyWhereItIsTaken: the help of a command with no JSON
// form (completion and its shells, help, man) leaves --json out, as the
// command refuses it; every other command's help lists it.
func TestHelpOffersJSONOnlyWhereItIsTaken(t *testing.T) {
	for _, tc := range []struct {
		args []string
		json bool
	}{
		{[]string{"completion", "--help"}, false},
		{[]string{"completion", "bash", "--help"}, false},
		{[]string{"help", "--help"}, false},
		{[]string{"help", "completion", "zsh"}, false},
		{[]string{"man", "--help"}, false},
		{[]string{"explain", "--help"}, true},
		{[]string{"show", "--help"}, true},
		{[]string{"--help"}, true},
	} {
		r := cli(t, tc.args...)
		if r.code != 0 || strings.Contains(r.stdout, "--json") != tc.json || !strings.Contains(r.stdout, "--lang") {
			t.Errorf("%v: exit %d, --json listed %v, want %v:\n%s%s", tc.args, r.code, strings.Contains(r.stdout, "--json"), tc.json, r.stdout, r.stderr)
		}
	}
}

// TestAFileNamedLikeAnEmptyListIsNoEmptyValue: --token-file '[]' names a
// file; only a list flag's "[]" is empty (a code review's case).
func TestAFileNamedLikeAnEmptyListIsNoEmptyValue(t *testing.T) {
	r := cli(t, "check", "--token-file", "[]")
	if empty := i18n.ErrFlagEmpty.Format(i18n.English, "--token-file"); strings.Contains(r.stderr, empty) {
		t.Errorf("--token-file '[]' was refused as empty: %s", r.stderr)
	}
}
