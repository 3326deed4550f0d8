package main

import (
	"encoding/json"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// jsonKeys lists an object's keys, sorted.
func jsonKeys(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("not a JSON object: %v\n%s", err, raw)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestListJSON(t *testing.T) {
	for _, lang := range []string{"en", "sv"} {
		r := cli(t, "list", "--json", "--lang", lang)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("list --json: code %d, stderr %q", r.code, r.stderr)
		}
		var raw []json.RawMessage
		if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, item := range raw {
			if keys := jsonKeys(t, item); !slices.Equal(keys, []string{"id", "title", "who"}) {
				t.Errorf("list entry has keys %v", keys)
			}
			var e struct {
				ID, Title string
				Who       []string
			}
			_ = json.Unmarshal(item, &e)
			if e.Title == "" || len(e.Who) == 0 {
				t.Errorf("%s: empty title or who", e.ID)
			}
			ids = append(ids, e.ID)
		}
		if !slices.Equal(ids, flows.IDs()) || len(ids) != 36 {
			t.Errorf("list --json IDs = %v", ids)
		}
	}
}

func TestShowJSONForEveryFixInBothLanguages(t *testing.T) {
	want := []string{"actions", "cause", "customer_message", "docs_url", "id", "integrator_message", "lang", "sources", "steps", "summary", "title", "where", "who"}
	optional := []string{"note", "client_message", "consultant_message", "related"}
	for _, id := range flows.IDs() {
		for _, lang := range []string{"sv", "en"} {
			r := cli(t, "show", id, "--json", "--lang", lang)
			if r.code != 0 {
				t.Fatalf("show %s: code %d: %s", id, r.code, r.stderr)
			}
			keys := jsonKeys(t, json.RawMessage(r.stdout))
			keys = slices.DeleteFunc(keys, func(k string) bool { return slices.Contains(optional, k) })
			if !slices.Equal(keys, want) {
				t.Errorf("show %s --json keys = %v", id, keys)
			}
			var fix fixJSON
			if err := json.Unmarshal([]byte(r.stdout), &fix); err != nil {
				t.Fatal(err)
			}
			u, err := url.Parse(fix.DocsURL)
			if fix.ID != id || string(fix.Lang) != lang || fix.Cause == "" || len(fix.Steps) == 0 || err != nil || u.Scheme != "https" {
				t.Errorf("show %s --json --lang %s: %+v", id, lang, fix)
			}
			for _, s := range fix.Steps {
				if s == "" {
					t.Errorf("show %s: an empty step", id)
				}
			}
			if len(fix.Sources) == 0 {
				t.Errorf("show %s --json: no sources", id)
			}
			for _, s := range fix.Sources {
				if u, err := url.Parse(s.URL); err != nil || u.Scheme != "https" || s.Title == "" {
					t.Errorf("show %s --json: source %+v is not an https page with a title", id, s)
				}
			}
			if len(fix.Actions) != len(fix.Steps) {
				t.Errorf("show %s --json: %d actions for %d steps", id, len(fix.Actions), len(fix.Steps))
			}
			for i, a := range fix.Actions {
				if !slices.Contains(flows.Roles(), a.Actor) || a.Text != fix.Steps[i] {
					t.Errorf("show %s --json: action %d is %+v, want step %q with an actor", id, i, a, fix.Steps[i])
				}
			}
		}
	}
	en := cli(t, "show", "missing-license", "--json", "--lang", "en").stdout
	sv := cli(t, "show", "missing-license", "--json", "--lang", "sv").stdout
	if en == sv || !strings.Contains(sv, "integrationslicens") {
		t.Error("show --json does not follow --lang")
	}
}

func TestGraphJSONReachesEveryFixWithinFourAnswers(t *testing.T) {
	r := cli(t, "graph", "--format", "json")
	if r.code != 0 {
		t.Fatalf("graph: %d %s", r.code, r.stderr)
	}
	var g struct {
		Root  string `json:"root"`
		Nodes []struct {
			ID      string `json:"id"`
			Kind    string `json:"kind"`
			Fix     string `json:"fix"`
			Options []struct{ Label, Next string }
		} `json:"nodes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &g); err != nil {
		t.Fatal(err)
	}
	// The graph as a tree, to walk by its own data: the depth of a fix is
	// the answers it takes.
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
	}
	nodes := make([]flows.Node, 0, len(g.Nodes))
	for _, n := range g.Nodes {
		node := flows.Node{ID: n.ID, Kind: flows.Kind(n.Kind), Fix: n.Fix}
		for _, o := range n.Options {
			if !ids[o.Next] {
				t.Fatalf("next %q names no node", o.Next)
			}
			node.Options = append(node.Options, flows.Option{Next: o.Next})
		}
		nodes = append(nodes, node)
	}
	tree := flows.NewTree(g.Root, nodes)
	for _, id := range flows.IDs() {
		steps, ok := testkit.Walk(tree, func(n flows.Node) bool { return n.Kind == flows.FixLeaf && n.Fix == id })
		if d := len(steps); !ok || d > 4 {
			t.Errorf("fix %s reached in %d answers (reached %v)", id, d, ok)
		}
	}
	// --json is the same as --format json.
	if alt := cli(t, "graph", "--json"); alt.stdout != r.stdout {
		t.Error("graph --json differs from graph --format json")
	}
}

func TestExitCodesAndOneLineMessages(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"show a fix", []string{"show", "invalid-refresh-token"}, 0, ""},
		{"list", []string{"list"}, 0, ""},
		{"graph dot", []string{"graph", "--format", "dot"}, 0, ""},
		{"unknown fix ID", []string{"show", "nope"}, 2, "unknown fix ID \"nope\" (run `fortnox-doctor list`"},
		{"near miss fix ID", []string{"show", "invalid-refesh-token"}, 2, `did you mean "invalid-refresh-token"?`},
		{"unknown fix ID in Swedish", []string{"show", "nope", "--lang", "sv"}, 2, `okänt åtgärds-ID "nope"`},
		{"show without an ID", []string{"show"}, 2, "exactly one fix ID"},
		{"show with two IDs", []string{"show", "a", "b"}, 2, "exactly one fix ID"},
		{"unknown show format", []string{"show", "missing-license", "--format", "html"}, 2, `unknown format "html" (valid: text, markdown, json)`},
		{"unknown graph format", []string{"graph", "--format", "png"}, 2, "(valid: mermaid, dot, json)"},
		{"unknown flag", []string{"list", "--bogus"}, 2, "unknown flag: --bogus (see `fortnox-doctor list --help`)"},
		{"unknown command", []string{"lsit"}, 2, `unknown command "lsit"; did you mean "list"?`},
		{"unknown language", []string{"list", "--lang", "de"}, 2, `unknown language "de" (valid: sv, en)`},
		{"arguments to list", []string{"list", "extra"}, 2, `list takes no arguments, got "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cli(t, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d (stderr %q)", r.code, tt.code, r.stderr)
			}
			if tt.want == "" {
				if r.stderr != "" {
					t.Errorf("unexpected stderr %q", r.stderr)
				}
				return
			}
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q does not contain %q", r.stderr, tt.want)
			}
			if lines := strings.Count(strings.TrimSuffix(r.stderr, "\n"), "\n"); lines != 0 {
				t.Errorf("message is %d lines, want one: %q", lines+1, r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("a usage error printed to stdout: %q", r.stdout)
			}
		})
	}
}

var colourSGR = regexp.MustCompile(`\x1b\[[0-9;]*(3[0-9]|9[0-7]|38;|4[0-9]|10[0-7])[0-9;]*m`)

func TestColourOnlyOnATerminalWithoutNoColor(t *testing.T) {
	term := []string{"TERM=xterm-256color"}
	tests := []struct {
		name       string
		inv        invocation
		args       []string
		wantColour bool
	}{
		{"terminal", invocation{env: term, tty: true}, nil, true},
		{"pipe", invocation{env: term, tty: false}, nil, false},
		{"NO_COLOR=1", invocation{env: append(term, "NO_COLOR=1"), tty: true}, nil, false},
		{"NO_COLOR=yes", invocation{env: append(term, "NO_COLOR=yes"), tty: true}, nil, false},
		{"--no-color", invocation{env: term, tty: true}, []string{"--no-color"}, false},
	}
	for _, tt := range tests {
		for _, cmd := range [][]string{{"list"}, {"show", "rate-limited"}} {
			t.Run(tt.name+"/"+cmd[0], func(t *testing.T) {
				r := tt.inv.run(t, append(cmd, tt.args...)...)
				if r.code != 0 {
					t.Fatalf("code %d: %s", r.code, r.stderr)
				}
				if got := colourSGR.MatchString(r.stdout); got != tt.wantColour {
					t.Errorf("colour codes present = %v, want %v:\n%q", got, tt.wantColour, r.stdout[:min(200, len(r.stdout))])
				}
				if !tt.inv.tty && strings.Contains(r.stdout, "\x1b") {
					t.Errorf("escape sequences written to a pipe: %q", r.stdout[:min(200, len(r.stdout))])
				}
			})
		}
	}
}

func TestShowPrintsTheCatalogueRendering(t *testing.T) {
	fix, _ := flows.Lookup("account-not-found")
	if got := cli(t, "show", "account-not-found", "--lang", "sv").stdout; got != flows.PlainText(fix, i18n.Swedish, flows.TextOptions{}) {
		t.Errorf("show text differs from flows.PlainText:\n%s", got)
	}
	if got := cli(t, "show", "account-not-found", "--format", "markdown").stdout; got != flows.Markdown(fix, i18n.English) {
		t.Errorf("show --format markdown differs from flows.Markdown:\n%s", got)
	}
	// On a terminal the text wraps at its width.
	r := invocation{env: []string{"NO_COLOR=1"}, tty: true}.run(t, "show", "account-not-found")
	for _, line := range strings.Split(r.stdout, "\n") {
		if len([]rune(line)) > 80 && strings.Contains(strings.TrimSpace(line), " ") && !strings.Contains(line, "https://") {
			t.Errorf("line wider than the terminal: %q", line)
		}
	}
}

func TestLanguageComesFromFlagThenEnvironment(t *testing.T) {
	tests := []struct {
		env  []string
		args []string
		want string // the list header's title column
	}{
		{nil, nil, "Title"},
		{[]string{"LANG=sv_SE.UTF-8"}, nil, "Rubrik"},
		{[]string{"LC_ALL=sv_FI"}, nil, "Rubrik"},
		{[]string{"LANG=sv_SE.UTF-8", "FORTNOX_DOCTOR_LANG=en"}, nil, "Title"},
		{[]string{"FORTNOX_DOCTOR_LANG=sv"}, []string{"--lang", "en"}, "Title"},
		{nil, []string{"--lang=sv"}, "Rubrik"},
	}
	for _, tt := range tests {
		r := invocation{env: tt.env}.run(t, append([]string{"list"}, tt.args...)...)
		header, _, _ := strings.Cut(r.stdout, "\n")
		if !strings.Contains(header, tt.want) {
			t.Errorf("env %v args %v: header %q, want %q", tt.env, tt.args, header, tt.want)
		}
	}
}

func TestHelpIsTranslated(t *testing.T) {
	r := cli(t, "--help", "--lang", "sv")
	sv := i18n.Swedish
	for _, want := range []string{i18n.CmdShowShort.In(sv), i18n.FlagHelp.In(sv), i18n.CmdCompletionShort.In(sv)} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("Swedish help lacks %q", want)
		}
	}
	if r := cli(t, "--help"); !strings.Contains(r.stdout, i18n.CmdShowShort.In(i18n.English)) {
		t.Error("English help lacks the show command's description")
	}
}

func TestLangFromArgs(t *testing.T) {
	tests := map[string][]string{
		"sv": {"show", "x", "--lang", "sv"},
		"en": {"--lang=en", "list"},
		"":   {"show", "--", "--lang", "sv"},
		// Twice: the last, as cobra takes it.
		"EN": {"--lang", "sv", "--lang=EN", "list"},
	}
	for want, args := range tests {
		if got := langFromArgs(args); got != want {
			t.Errorf("langFromArgs(%v) = %q, want %q", args, got, want)
		}
	}
	if got := langFromArgs([]string{"--lang"}); got != "" {
		t.Errorf("a dangling --lang gave %q", got)
	}
}

// TestREADMEGraphIsCurrent keeps the README's Mermaid graph equal to what
// `fortnox-doctor graph` prints.
func TestREADMEGraphIsCurrent(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok1 := strings.Cut(string(readme), "<!-- graph:start -->\n")
	block, _, ok2 := strings.Cut(rest, "<!-- graph:end -->")
	if !ok1 || !ok2 {
		t.Fatal("README.md lacks the <!-- graph:start --> … <!-- graph:end --> markers")
	}
	want := "```mermaid\n" + cli(t, "graph").stdout + "```\n"
	if block != want {
		t.Errorf("README.md's graph is stale; replace the block between the markers with the output of `go run ./cmd/fortnox-doctor graph`")
	}
}
