package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// Pastes as people bring them. Each secret in them is listed in
// pasteSecrets, and must never show.
const (
	// escapePaste is a log excerpt with colours, a clipboard-writing OSC
	// 52 sequence, a C1 CSI, a bidi override, a zero-width space and a
	// refresh token, ending in an OAuth error body.
	escapePaste = "2025-02-11T08:01:22Z \x1b[31mERROR\x1b[0m refresh failed \x1b]52;c;aGVsbG8=\x07for tenant \u202eevil\u202c \u200bx \u009b31m\n" +
		"POST https://apps.fortnox.se/oauth-v1/token grant_type=refresh_token&refresh_token=" + testkit.RefreshUUID + "\n" +
		`{"error":"invalid_grant","error_description":"Invalid refresh token"}`

	// badActivationURL has the wrong path, commas between scopes, a
	// misspelt scope and a redirect URI encoded twice.
	badActivationURL = "https://apps.fortnox.se/oauth-v1/authorize?client_id=8fKq3uZx&scope=invoice,customer,companyinfo&state=xyz&response_type=code&redirect_uri=https%253A%252F%252Fexample.com%252Fcallback"

	// postgresError is about another system: it must match nothing.
	postgresError = "ERROR:  duplicate key value violates unique constraint \"customers_pkey\"\nDETAIL:  Key (id)=(2000433) already exists."
)

// expiredToken expired an hour before testNow; it was issued two hours
// before. Its claims are written out so their order stays as the goldens
// show them.
func expiredToken() string {
	exp := testNow.Add(-time.Hour).Unix()
	iat := testNow.Add(-2 * time.Hour).Unix()
	return testkit.JWTFromJSON(fmt.Sprintf(`{"tenantId":1234567,"userId":"8f3e2a","iat":%d,"exp":%d,"scope":"invoice customer","iss":"https://apps.fortnox.se"}`, iat, exp))
}

// fortnoxLog is a failing API call logged with its Bearer header and the
// ErrorInformation body (code 2000663).
func fortnoxLog() string {
	return "2025-02-11T08:01:23Z ERROR [sync] POST https://api.fortnox.se/3/invoices failed: 403\n" +
		"Authorization: Bearer " + expiredToken() + "\n" +
		`{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}`
}

// pasteSecrets are the secrets in the pastes above: none may show.
func pasteSecrets() []string {
	tok := expiredToken()
	return []string{tok, tok[strings.Index(tok, ".")+1:], testkit.JWTSignature, testkit.RefreshUUID}
}

// stylingSGR matches the wizard's own styling sequences, the only escape
// sequences a frame may hold besides hyperlinks.
var stylingSGR = regexp.MustCompile(`\x1b\[[0-9;:]*m|\x1b\]8;[^\x07\x1b]*(\x07|\x1b\\)`)

// checkClean fails when a frame shows a secret, or holds an escape sequence
// other than styling, a C1 control or a bidi or zero-width character: what
// only a paste could have brought.
func checkClean(t testing.TB, where, frame string) {
	t.Helper()
	for _, s := range pasteSecrets() {
		if strings.Contains(frame, s) {
			t.Errorf("%s: the frame shows a secret %q:\n%s", where, s, plain(frame))
		}
	}
	if strings.Contains(plain(frame), "aGVsbG8=") {
		t.Errorf("%s: the body of a clipboard sequence shows", where)
	}
	checkNoControls(t, where, frame)
}

// checkNoControls fails when a frame holds an escape sequence other than
// styling, a C1 control or a bidi or zero-width character.
func checkNoControls(t testing.TB, where, frame string) {
	t.Helper()
	rest := stylingSGR.ReplaceAllString(frame, "")
	if i := strings.IndexByte(rest, 0x1b); i >= 0 {
		t.Errorf("%s: the frame holds an escape sequence other than styling: %q", where, rest[i:min(len(rest), i+20)])
	}
	for _, r := range rest {
		if (r >= 0x80 && r <= 0x9f) || unicode.Is(unicode.Cf, r) || (r < 0x20 && r != '\n') || r == 0x7f {
			t.Errorf("%s: the frame holds the control or format character %U", where, r)
		}
	}
}

// toPaste builds a wizard on the paste screen, reached from the first
// question's first option.
func toPaste(t testing.TB, l i18n.Lang, width, height int) *Model {
	t.Helper()
	m := New(testOptions(l, width, height))
	send(m, press("enter"))
	if _, ok := m.screen.(*pasteScreen); !ok {
		t.Fatalf("enter on the first question went to %s (%T), want the paste screen", here(m), m.screen)
	}
	return m
}

// pasteMsg is a bracketed paste as Bubble Tea delivers it.
func pasteMsg(s string) tea.PasteMsg { return tea.PasteMsg{Content: s} }

// resultOf pastes text on the paste screen and reads it.
func resultOf(t testing.TB, l i18n.Lang, width, height int, text string) *Model {
	t.Helper()
	m := toPaste(t, l, width, height)
	send(m, pasteMsg(text), press("enter"))
	if _, ok := m.screen.(*resultScreen); !ok {
		t.Fatalf("reading %q went to %s (%T), want its result", text, here(m), m.screen)
	}
	return m
}

// choiceFixes are the fix IDs of the result's choices, "" for the
// questions.
func choiceFixes(m *Model) []string {
	s, ok := m.screen.(*resultScreen)
	if !ok {
		return nil
	}
	var out []string
	for _, c := range s.result.choices {
		out = append(out, c.fix)
	}
	return out
}

// pasteNodeID is the paste screen's node in the real tree.
func pasteNodeID(t testing.TB) string {
	t.Helper()
	for _, n := range flows.DecisionTree().Nodes() {
		if n.Kind == flows.Paste {
			return n.ID
		}
	}
	t.Fatal("the tree has no paste screen")
	return ""
}
