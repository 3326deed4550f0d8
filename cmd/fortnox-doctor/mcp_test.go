package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// mcpLimit bounds every wait on the server; it answers in milliseconds.
const mcpLimit = 20 * time.Second

// startMCPInProcess runs `fortnox-doctor ARGS` in-process on pipes and
// returns a client session to it, and a function that closes the session
// and returns the exit code and standard error.
func startMCPInProcess(t *testing.T, env []string, args ...string) (*mcp.ClientSession, func() (int, string)) {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var errOut bytes.Buffer
	a := &app{in: inR, out: outW, errOut: &errOut, environ: env, termWidth: func() int { return 0 }, lang: i18n.English}
	done := make(chan int, 1)
	go func() {
		code := run(context.Background(), args, a)
		_ = outW.Close()
		done <- code
	}()
	client := mcp.NewClient(&mcp.Implementation{Name: "test", Version: "test"}, nil)
	cs, err := client.Connect(context.Background(), &mcp.IOTransport{Reader: outR, Writer: inW}, nil)
	if err != nil {
		t.Fatalf("connect: %v (stderr %q)", err, errOut.String())
	}
	return cs, func() (int, string) {
		_ = cs.Close()
		select {
		case code := <-done:
			return code, errOut.String()
		case <-time.After(mcpLimit):
			t.Fatal("the server did not stop when its client closed standard input")
			return -1, ""
		}
	}
}

func TestMCPCommandServesInTheDetectedLanguage(t *testing.T) {
	tests := []struct {
		name string
		env  []string
		args []string
		want i18n.Lang
	}{
		{"--lang", nil, []string{"mcp", "--lang", "sv"}, i18n.Swedish},
		{"FORTNOX_DOCTOR_LANG", []string{"FORTNOX_DOCTOR_LANG=sv"}, []string{"mcp"}, i18n.Swedish},
		{"locale", []string{"LANG=sv_SE.UTF-8"}, []string{"mcp"}, i18n.Swedish},
		{"default", nil, []string{"mcp"}, i18n.English},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs, stop := startMCPInProcess(t, tc.env, tc.args...)
			res, err := cs.CallTool(context.Background(), &mcp.CallToolParams{Name: "show_fix", Arguments: map[string]any{"id": "missing-license"}})
			if err != nil || res.IsError {
				t.Fatalf("show_fix: %v %v", err, res)
			}
			var fix mcpserver.FixOutput
			decodeStructured(t, res, &fix)
			want, _ := flows.Lookup("missing-license")
			if fix.Lang != tc.want || fix.Title != want.Title.In(tc.want) {
				t.Errorf("lang %q, title %q; want %s", fix.Lang, fix.Title, tc.want)
			}
			if code, stderr := stop(); code != exitOK || stderr != "" {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
		})
	}
}

func TestMCPCommandRefusesArguments(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		r := cli(t, "mcp", "serve", "--lang", string(l))
		if r.code != exitUsage || r.stdout != "" || !strings.Contains(r.stderr, i18n.CmdMCPErrArgs.In(l)) {
			t.Errorf("%s: code %d, stdout %q, stderr %q", l, r.code, r.stdout, r.stderr)
		}
	}
}

func TestMCPCommandHelp(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		r := cli(t, "--lang", string(l), "--help")
		if !strings.Contains(r.stdout, i18n.CmdMCPShort.In(l)) {
			t.Errorf("%s: the help does not list mcp:\n%s", l, r.stdout)
		}
	}
}

// TestMCPBinaryOverStdio starts the built binary as an MCP client starts
// it, talks to it with the SDK's client over its standard input and
// output, and checks that standard output carries nothing but protocol
// messages.
func TestMCPBinaryOverStdio(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t, t.TempDir())
	env := []string{"LANG=sv_SE.UTF-8", "PATH=/usr/bin:/bin"}

	t.Run("SDK client", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), mcpLimit)
		defer cancel()
		cmd := exec.Command(bin, "mcp")
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		client := mcp.NewClient(&mcp.Implementation{Name: "e2e", Version: "test"}, nil)
		cs, err := client.Connect(ctx, &mcp.CommandTransport{Command: cmd}, nil)
		if err != nil {
			t.Fatal(err)
		}
		tools, err := cs.ListTools(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, tool := range tools.Tools {
			names = append(names, tool.Name)
		}
		slices.Sort(names)
		if want := []string{"check_activation_url", "explain_error", "inspect_token", "list_fixes", "next_question", "show_fix"}; !slices.Equal(names, want) {
			t.Errorf("tools = %v", names)
		}
		const paste = `{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}`
		want, err := diagnose.Explain(paste)
		if err != nil || len(want.Matches) == 0 {
			t.Fatalf("the paste must match: %v", err)
		}
		res, err := cs.CallTool(ctx, &mcp.CallToolParams{Name: "explain_error", Arguments: map[string]any{"text": paste}})
		if err != nil || res.IsError {
			t.Fatalf("explain_error: %v %v", err, res)
		}
		var ex mcpserver.ExplainOutput
		decodeStructured(t, res, &ex)
		if ex.Lang != i18n.Swedish || len(ex.Matches) == 0 || ex.Matches[0].ID != want.Matches[0].FixID {
			t.Errorf("explain_error = %+v, want %s first", ex, want.Matches[0].FixID)
		}
		res, err = cs.CallTool(ctx, &mcp.CallToolParams{Name: "show_fix", Arguments: map[string]any{"id": "invalid-refresh-tokn", "lang": "en"}})
		if err != nil || !res.IsError {
			t.Fatalf("show_fix with a typo: %v %v", err, res)
		}
		if want := i18n.MCPErrUnknownFixSuggest.Format(i18n.English, "invalid-refresh-tokn", "invalid-refresh-token"); res.Content[0].(*mcp.TextContent).Text != want {
			t.Errorf("show_fix error %q", res.Content[0].(*mcp.TextContent).Text)
		}
		read, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: "fortnox-doctor://fix/missing-license?lang=en"})
		fix, _ := flows.Lookup("missing-license")
		if err != nil || read.Contents[0].Text != flows.Markdown(fix, i18n.English) {
			t.Errorf("resource: %v", err)
		}
		if err := cs.Close(); err != nil {
			t.Errorf("close: %v (stderr %q)", err, stderr.String())
		}
		if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != exitOK {
			t.Errorf("the server exited with %v", cmd.ProcessState)
		}
		if stderr.Len() > 0 {
			t.Errorf("stderr: %q", stderr.String())
		}
	})

	t.Run("stdout holds only protocol messages", func(t *testing.T) {
		cmd := exec.Command(bin, "mcp", "--lang", "en")
		cmd.Env = env
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		requests := []string{
			`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`,
			`{"jsonrpc":"2.0","method":"notifications/initialized"}`,
			`{"jsonrpc":"2.0","id":2,"method":"tools/list"}`,
			"this line is not JSON",
			`{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"explain_error","arguments":{"text":""}}}`,
			`{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"no_such_tool","arguments":{}}}`,
		}
		go func() {
			for _, r := range requests {
				fmt.Fprintln(stdin, r)
			}
		}()
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(stdout)
			sc.Buffer(nil, 1<<22)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		answered := map[float64]map[string]any{}
		parseErrors := 0
		for len(answered) < 4 || parseErrors < 1 {
			select {
			case line, ok := <-lines:
				if !ok {
					t.Fatalf("stdout ended after %d answers; stderr %q", len(answered), stderr.String())
				}
				var msg map[string]any
				if err := json.Unmarshal([]byte(line), &msg); err != nil || msg["jsonrpc"] != "2.0" {
					t.Fatalf("stdout holds a line that is no JSON-RPC message: %q", line)
				}
				if id, ok := msg["id"].(float64); ok {
					answered[id] = msg
				} else if e, _ := msg["error"].(map[string]any); e["code"] == float64(-32700) {
					parseErrors++
				}
			case <-time.After(mcpLimit):
				t.Fatalf("no answer after %d; stderr %q", len(answered), stderr.String())
			}
		}
		result, _ := answered[3]["result"].(map[string]any)
		if result["isError"] != true {
			t.Errorf("an empty text is not a tool error: %v", answered[3])
		}
		if parseErrors != 1 {
			t.Errorf("%d parse errors for one line that is not JSON", parseErrors)
		}
		if answered[4]["error"] == nil {
			t.Errorf("an unknown tool is not a protocol error: %v", answered[4])
		}
		// Whatever follows the answers must be protocol too; stdout is read
		// to its end before Wait closes it.
		_ = stdin.Close()
		for line := range lines {
			if !json.Valid([]byte(line)) {
				t.Errorf("stdout holds a line that is no JSON-RPC message: %q", line)
			}
		}
		if err := cmd.Wait(); err != nil {
			t.Errorf("the server exited with %v after its input closed; stderr %q", err, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("stderr: %q", stderr.String())
		}
	})
}

func decodeStructured(t *testing.T, res *mcp.CallToolResult, out any) {
	t.Helper()
	raw, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("%v\n%s", err, raw)
	}
}

// TestREADMEMCPSnippetsAreValid reads the JSON configuration snippets of
// the README's MCP section: each must parse and start `fortnox-doctor mcp`.
func TestREADMEMCPSnippetsAreValid(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "## AI assistants (MCP)\n")
	if !ok {
		t.Fatal("README.md has no MCP section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	blocks := strings.Split(section, "```json\n")[1:]
	if len(blocks) != 3 {
		t.Fatalf("%d JSON snippets, want Claude Desktop's, VS Code's and Cursor's", len(blocks))
	}
	for i, b := range blocks {
		b, _, _ = strings.Cut(b, "```")
		var config map[string]map[string]struct {
			Command string   `json:"command"`
			Args    []string `json:"args"`
		}
		if err := json.Unmarshal([]byte(b), &config); err != nil {
			t.Errorf("snippet %d is not valid JSON: %v\n%s", i+1, err, b)
			continue
		}
		servers := config["mcpServers"]
		if servers == nil {
			servers = config["servers"]
		}
		s, ok := servers["fortnox-doctor"]
		if !ok || !strings.HasSuffix(s.Command, "fortnox-doctor") || len(s.Args) == 0 || s.Args[0] != "mcp" {
			t.Errorf("snippet %d does not run fortnox-doctor mcp: %+v", i+1, servers)
		}
	}
}
