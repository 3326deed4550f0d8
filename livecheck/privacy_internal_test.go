package livecheck

import (
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func TestHideEmails(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"anna.andersson@exempelbolaget.se", "[redacted:email]"},
		{"Kontakta anna@example.com.", "Kontakta [redacted:email]."},
		{"(kund@hemlig.se, x)", "([redacted:email], x)"},
		{`"Email":"kund@hemlig.se"`, `"Email":"[redacted:email]"`},
		{"mailto:a.b+c@d-e.se", "mailto:[redacted:email]"},
		{"?email=anna%40example.com&x=1", "?email=[redacted:email]&x=1"},
		{"anna＠example.com", "[redacted:email]"},
		{"åsa.öberg@företag.se", "[redacted:email]"},
		{"user@localhost", "[redacted:email]"},
		{"“anna@example.com”", "“[redacted:email]”"},
		{"Bearer [redacted:jwt…MSJ9] anna@example.com", "Bearer [redacted:jwt…MSJ9] [redacted:email]"},
		// No address: nothing changes.
		{"@url and @ alone, a@ and @b", "@url and @ alone, a@ and @b"},
		{"Har inte behörighet för scope.", "Har inte behörighet för scope."},
		{"", ""},
	} {
		if got := hideEmails(tt.in); got != tt.want {
			t.Errorf("hideEmails(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHideIDNumbers(t *testing.T) {
	const pn, on = "[redacted:personal-number]", "[redacted:organisation-number]"
	for _, tt := range []struct{ in, want string }{
		{"19121212-1212", pn},
		{"121212-1212", pn},
		{"1212121212", pn},
		{"191212121212", pn},
		{"121212+1212", pn},
		{"121272-1212", pn}, // a samordningsnummer: day + 60
		{"personnummer 19121212–1212, igen", "personnummer " + pn + ", igen"},
		{"１９１２１２１２-１２１２", pn},
		{"556677-8899", on},
		{"5566778899", on},
		{"16556677-8899", on},
		{"SE556677889901", "SE" + on},
		{"org.nr 559999-0009)", "org.nr " + on + ")"},
		// Not such a number: a Fortnox code, a date, a phone number, a
		// longer number, a space before the last four.
		{"2000663", "2000663"},
		{"2026-12-02", "2026-12-02"},
		{"046-123 45 67", "046-123 45 67"},
		{"12345678901234", "12345678901234"},
		{"121212-12345", "121212-12345"},
		{"121212 1212", "121212 1212"},
		{"Fortnox code 2000663 (HTTP 403)", "Fortnox code 2000663 (HTTP 403)"},
	} {
		if got := hideIDNumbers(tt.in); got != tt.want {
			t.Errorf("hideIDNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestQuoteKeepsTheCompanysNumber: the company's organisation number is
// shown on purpose (the token-accepted check names it), so quote, which
// reads it, hides e-mail addresses but no numbers; quoteError hides both.
func TestQuoteKeepsTheCompanysNumber(t *testing.T) {
	if got := quote("556677-8899"); got != "556677-8899" {
		t.Errorf("quote = %q", got)
	}
	if got := quote("Anna anna@example.com"); got != "Anna [redacted:email]" {
		t.Errorf("quote = %q", got)
	}
	long := "Saknar behörighet för " + strings.Repeat("x", 300) + " anna@example.com 19121212-1212"
	if got := quoteError(long); utf8.RuneCountInString(got) > maxMessageRunes || strings.Contains(got, "@") {
		t.Errorf("quoteError = %q", got)
	}
	// Hidden before it is cut: an address across the cut is no address
	// half shown.
	near := strings.Repeat("x ", (maxMessageRunes-10)/2) + "anna.andersson@exempelbolaget.se"
	if got := quoteError(near); strings.Contains(got, "anna") || strings.Contains(got, "@") {
		t.Errorf("quoteError = %q", got)
	}
}

// TestPlainTextErrors: a plain-text body with a code classifies on the
// code as before, but its text is shown only when it is one error line.
func TestPlainTextErrors(t *testing.T) {
	r := &runner{o: Options{}.withDefaults()}
	line := answer{status: http.StatusForbidden, contentType: "text/plain", body: []byte("Error [2000663] Har inte behörighet för scope, anna@example.com")}
	v := r.classify(line)
	if v.status != StatusFailed || v.fix != FixTokenMissingScope || v.evidence.Code != "2000663" ||
		v.evidence.Message != "Error [2000663] Har inte behörighet för scope, [redacted:email]" {
		t.Errorf("one line: %+v", v)
	}
	page := answer{
		status: http.StatusForbidden, contentType: "text/plain; charset=utf-8",
		body: []byte("Error [2000663]\nKund Hemlig Kund AB\nkund@hemlig.se\n19121212-1212\n"),
	}
	v = r.classify(page)
	if v.status != StatusFailed || v.fix != FixTokenMissingScope || v.evidence.Code != "2000663" || v.evidence.Message != "" {
		t.Errorf("several lines: %+v", v)
	}
	for _, l := range []i18n.Lang{i18n.English, i18n.Swedish} {
		s := v.summary.In(l)
		if strings.Contains(s, "Hemlig") || strings.Contains(s, "@") || strings.Contains(s, "1212") || !strings.Contains(s, "text/plain") {
			t.Errorf("several lines, %s: %q", l, s)
		}
	}
}

func TestDescribeBody(t *testing.T) {
	for _, tt := range []struct {
		a    answer
		want string
	}{
		{answer{contentType: "application/json; charset=utf-8", body: []byte("{}"), size: 2}, "application/json, 2 bytes"},
		{answer{contentType: "TEXT/PLAIN", body: []byte("abc")}, "text/plain, 3 bytes"},
		{answer{contentType: "", size: 5}, "no valid content type, 5 bytes"},
		{answer{contentType: "kund@hemlig.se Hemlig Kund AB", size: 5}, "no valid content type, 5 bytes"},
		{answer{contentType: "application/json", size: -1}, "application/json, more than 64 KiB"},
		{answer{contentType: "application/json", size: 1 << 20}, "application/json, 1048576 bytes"},
	} {
		if got := describeBody(tt.a).In(i18n.English); got != tt.want {
			t.Errorf("describeBody(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

// FuzzHidePersonalData: hiding never panics, keeps valid UTF-8 valid, is
// idempotent, and leaves no address behind.
func FuzzHidePersonalData(f *testing.F) {
	for _, s := range []string{
		"anna@example.com", "19121212-1212", "556677-8899 a@b", "a%40b", "x＠y", "@@@", "1212121212@x.se",
		"[redacted:email]", "１２１２１２-１２１２",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > 4096 {
			return
		}
		got := hideIDNumbers(hideEmails(s))
		if !utf8.ValidString(got) {
			t.Fatalf("%q → invalid UTF-8 %q", s, got)
		}
		if again := hideIDNumbers(hideEmails(got)); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
		for _, run := range strings.FieldsFunc(got, endsAddress) {
			if lo, hi := trimAddress(run, 0, len(run)); isAddress(run[lo:hi]) {
				t.Fatalf("%q → %q keeps %q", s, got, run)
			}
		}
	})
}
