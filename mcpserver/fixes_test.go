package mcpserver_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/mcpserver"
	"github.com/modelcontextprotocol/go-sdk/jsonrpc"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

func TestShowFixInBothLanguages(t *testing.T) {
	for _, l := range langs {
		cs := connect(t, i18n.English)
		for _, fix := range flows.Fixes() {
			var out mcpserver.FixOutput
			callOK(t, cs, "show_fix", map[string]any{"id": fix.ID, "lang": string(l)}, &out)
			if out.ID != fix.ID || out.Lang != l || out.Title != fix.Title.In(l) || out.Summary != fix.Summary.In(l) ||
				out.Cause != fix.Cause.In(l) || out.Where != fix.Where.In(l) || out.DocsURL != fix.DocsURL ||
				out.CustomerMessage != fix.CustomerMessage.In(l) || out.Note != fix.Note.In(l) {
				t.Errorf("%s in %s: %+v", fix.ID, l, out)
			}
			if len(out.Steps) != len(fix.Steps) || !slices.Equal(out.Who, fix.Who) {
				t.Errorf("%s in %s: steps %d, who %v", fix.ID, l, len(out.Steps), out.Who)
			}
			for i, s := range fix.Steps {
				if out.Steps[i] != s.Text.In(l) {
					t.Errorf("%s in %s: step %d = %q", fix.ID, l, i+1, out.Steps[i])
				}
				if a := out.Actions[i]; a.Actor != s.Actor || a.Text != s.Text.In(l) || a.ActorName != s.Actor.ActorName().In(l) {
					t.Errorf("%s in %s: action %d = %+v", fix.ID, l, i+1, a)
				}
			}
			if out.As != "" || out.Message != nil || len(out.Sections) != 1 || len(out.Sections[0].Steps) != len(fix.Steps) {
				t.Errorf("%s in %s: without as, want one section with every step and no message; got as %q, %d sections, message %v", fix.ID, l, out.As, len(out.Sections), out.Message)
			}
			if _, messages := fix.Layout(""); len(out.Messages) != len(messages) || out.Messages[0].Text != messages[0].Text.In(l) {
				t.Errorf("%s in %s: messages %+v", fix.ID, l, out.Messages)
			}
			if out.IntegratorMessage != fix.IntegratorMessage.In(l) || out.ClientMessage != fix.ClientMessage.In(l) || out.ConsultantMessage != fix.ConsultantMessage.In(l) {
				t.Errorf("%s in %s: messages differ", fix.ID, l)
			}
			if len(out.Sources) != len(fix.Sources) {
				t.Fatalf("%s: %d sources, want %d", fix.ID, len(out.Sources), len(fix.Sources))
			}
			for i, src := range fix.Sources {
				if out.Sources[i].URL != src.URL || out.Sources[i].Title != src.Label(l) {
					t.Errorf("%s: source %d = %+v", fix.ID, i, out.Sources[i])
				}
			}
		}
	}
}

// TestShowFixAsEachPerson shows every fix for every person: the sections
// and message are flows' layout for that person, their own steps first.
func TestShowFixAsEachPerson(t *testing.T) {
	for _, l := range langs {
		cs := connect(t, l)
		for _, name := range flows.PersonNames() {
			person, _ := flows.ParsePerson(name)
			for _, fix := range flows.Fixes() {
				var out mcpserver.FixOutput
				callOK(t, cs, "show_fix", map[string]any{"id": fix.ID, "as": name}, &out)
				if out.As != person {
					t.Errorf("%s as %s: as = %q", fix.ID, name, out.As)
				}
				actions := fix.ActionsFor(person)
				for i, a := range actions {
					if out.Actions[i].Actor != a.Actor || out.Actions[i].Text != a.Text.In(l) {
						t.Errorf("%s as %s: action %d = %+v", fix.ID, name, i, out.Actions[i])
					}
				}
				sections, _ := fix.Layout(person)
				if len(out.Sections) != len(sections) {
					t.Fatalf("%s as %s: %d sections, want %d", fix.ID, name, len(out.Sections), len(sections))
				}
				for i, s := range sections {
					got := out.Sections[i]
					// empty only where there are no steps, as the terminal
					// and the Markdown say it.
					wantEmpty := ""
					if len(s.Steps) == 0 {
						wantEmpty = s.Empty.In(l)
					}
					if got.Heading != s.Heading.In(l) || len(got.Steps) != len(s.Steps) || got.Empty != wantEmpty {
						t.Errorf("%s as %s: section %d = %+v", fix.ID, name, i, got)
					}
				}
				_, messages := fix.Layout(person)
				if len(out.Messages) != len(messages) {
					t.Fatalf("%s as %s: %d messages, want %d", fix.ID, name, len(out.Messages), len(messages))
				}
				for i, m := range messages {
					if out.Messages[i].Heading != m.Heading.In(l) || out.Messages[i].Text != m.Text.In(l) {
						t.Errorf("%s as %s: message %d = %+v", fix.ID, name, i, out.Messages[i])
					}
				}
				to, text := fix.MessageFor(person)
				if out.Message == nil || out.Message.To != to || out.Message.Text != text.In(l) || out.Message.Heading == "" {
					t.Errorf("%s as %s: message %+v, want to %s", fix.ID, name, out.Message, to)
				}
			}
		}
		msg := callError(t, cs, "show_fix", map[string]any{"id": "missing-license", "as": "accountant"})
		if msg == "" {
			t.Errorf("%s: an unknown person is not an error", l)
		}
	}
}

// An unknown ID says what the command line says, in the tool's words: it
// names list_fixes, not `fortnox-doctor list`.
func TestShowFixUnknownIDSaysWhatTheCommandLineSays(t *testing.T) {
	for _, l := range langs {
		cs := connect(t, l)
		tests := []struct {
			id, want string
		}{
			{"invalid-refresh-tokn", i18n.MCPErrUnknownFixSuggest.Format(l, "invalid-refresh-tokn", "invalid-refresh-token")},
			{"MISSING-LICENSE", i18n.MCPErrUnknownFixSuggest.Format(l, "MISSING-LICENSE", "missing-license")},
			{"no-such-thing-at-all", i18n.MCPErrUnknownFix.Format(l, "no-such-thing-at-all")},
			{"", i18n.MCPErrUnknownFix.Format(l, "")},
		}
		for _, tc := range tests {
			if msg := callError(t, cs, "show_fix", map[string]any{"id": tc.id}); msg != tc.want {
				t.Errorf("%s: show_fix %q = %q, want %q", l, tc.id, msg, tc.want)
			}
		}
		// A huge ID is quoted back in short, without a suggestion.
		long := strings.Repeat("invalid-refresh-token", 50000)
		if msg := callError(t, cs, "show_fix", map[string]any{"id": long}); len(msg) > 300 || !strings.Contains(msg, "…") {
			t.Errorf("%s: a long ID gives a %d-byte message: %.100q", l, len(msg), msg)
		}
		callError(t, cs, "show_fix", map[string]any{})
	}
}

func TestListFixesInBothLanguages(t *testing.T) {
	for _, l := range langs {
		cs := connect(t, l)
		var out mcpserver.ListOutput
		callOK(t, cs, "list_fixes", nil, &out)
		if out.Lang != l || len(out.Fixes) != len(flows.IDs()) {
			t.Fatalf("%s: lang %q, %d fixes", l, out.Lang, len(out.Fixes))
		}
		for i, id := range flows.IDs() {
			e := out.Fixes[i]
			fix, _ := flows.Lookup(id)
			if e.ID != id || e.Title != fix.Title.In(l) || e.Summary != fix.Summary.In(l) || !slices.Equal(e.Who, fix.Who) || e.ResourceURI != "fortnox-doctor://fix/"+id {
				t.Errorf("%s: fix %d = %+v, want %s", l, i, e, id)
			}
		}
	}
}

func TestEveryFixIsAResourceInBothLanguages(t *testing.T) {
	ctx := context.Background()
	cs := connect(t, i18n.Swedish)
	var uris []string
	for r, err := range cs.Resources(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		uris = append(uris, r.URI)
		if r.MIMEType != "text/markdown" {
			t.Errorf("%s: MIME type %q", r.URI, r.MIMEType)
		}
		id := strings.TrimPrefix(r.URI, "fortnox-doctor://fix/")
		if r.Title != fixTitle(id, i18n.Swedish) {
			t.Errorf("%s: title %q is not the Swedish title", r.URI, r.Title)
		}
	}
	var want []string
	for _, id := range flows.IDs() {
		want = append(want, "fortnox-doctor://fix/"+id)
	}
	if !slices.Equal(slices.Sorted(slices.Values(uris)), slices.Sorted(slices.Values(want))) {
		t.Errorf("resources = %v", uris)
	}
	var templates []string
	for rt, err := range cs.ResourceTemplates(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		templates = append(templates, rt.URITemplate)
	}
	if !slices.Equal(templates, []string{"fortnox-doctor://fix/{id}{?lang,as}"}) {
		t.Errorf("templates = %v", templates)
	}

	for _, fix := range flows.Fixes() {
		uri := "fortnox-doctor://fix/" + fix.ID
		for query, l := range map[string]i18n.Lang{"": i18n.Swedish, "?lang=sv": i18n.Swedish, "?lang=en": i18n.English} {
			res, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: uri + query})
			if err != nil {
				t.Fatalf("%s%s: %v", uri, query, err)
			}
			if len(res.Contents) != 1 || res.Contents[0].Text != flows.Markdown(fix, l) || res.Contents[0].MIMEType != "text/markdown" {
				t.Errorf("%s%s is not the fix's Markdown in %s", uri, query, l)
			}
		}
		for _, name := range flows.PersonNames() {
			person, _ := flows.ParsePerson(name)
			res, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: uri + "?lang=en&as=" + name})
			if err != nil {
				t.Fatalf("%s as %s: %v", uri, name, err)
			}
			if res.Contents[0].Text != flows.MarkdownAs(fix, i18n.English, person) {
				t.Errorf("%s?as=%s is not the fix's Markdown for that person", uri, name)
			}
		}
	}
}

func TestUnknownFixResourceIsNotFound(t *testing.T) {
	ctx := context.Background()
	cs := connect(t, i18n.English)
	tests := []struct {
		uri, want string
	}{
		{"fortnox-doctor://fix/invalid-refresh-tokn", i18n.MCPErrUnknownFixSuggest.Format(i18n.English, "invalid-refresh-tokn", "invalid-refresh-token")},
		{"fortnox-doctor://fix/invalid-refresh-tokn?lang=sv", i18n.MCPErrUnknownFixSuggest.Format(i18n.Swedish, "invalid-refresh-tokn", "invalid-refresh-token")},
		{"fortnox-doctor://fix/missing-license?lang=de", i18n.MCPErrUnknownLang.Format(i18n.English, "de")},
		{"fortnox-doctor://fix/missing-license?as=boss", i18n.MCPErrUnknownPerson.Format(i18n.English, "boss", strings.Join(flows.PersonNames(), ", "))},
		{"fortnox-doctor://other/missing-license", i18n.MCPErrNoSuchResource.Format(i18n.English, "fortnox-doctor://other/missing-license")},
	}
	for _, tc := range tests {
		_, err := cs.ReadResource(ctx, &mcp.ReadResourceParams{URI: tc.uri})
		var wire *jsonrpc.Error
		if !errors.As(err, &wire) || wire.Code != jsonrpc.CodeInvalidParams || wire.Message != tc.want {
			t.Errorf("%s: error %v, want resource not found with %q", tc.uri, err, tc.want)
		}
	}
}
