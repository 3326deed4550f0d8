package textwrap

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLinesNeverSplitsAWord(t *testing.T) {
	text := "Open https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice%20customer then run fortnox-doctor show invalid-refresh-token --as integrator --lang sv"
	for width := 1; width <= 120; width++ {
		lines := Lines(text, width)
		var words []string
		for _, l := range lines {
			if Width(l) > width && strings.Contains(l, " ") {
				t.Fatalf("width %d: line %q is %d wide and holds more than one word", width, l, Width(l))
			}
			words = append(words, strings.Fields(l)...)
		}
		if !slices.Equal(words, strings.Fields(text)) {
			t.Fatalf("width %d: words changed: %q", width, words)
		}
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  []string
	}{
		{"", 10, []string{""}},
		{"  a   b ", 0, []string{"a b"}},
		{"aaa bbb ccc", 7, []string{"aaa bbb", "ccc"}},
		{"aaa bbb ccc", 6, []string{"aaa", "bbb", "ccc"}},
		{"åäö åäö", 7, []string{"åäö åäö"}},
		{"a verylongword b", 4, []string{"a", "verylongword", "b"}},
	}
	for _, tt := range tests {
		if got := Lines(tt.text, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("Lines(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

func TestHang(t *testing.T) {
	got := Hang("1. ", "one two three four", 10)
	want := []string{"1. one two", "   three", "   four"}
	if !slices.Equal(got, want) {
		t.Errorf("Hang = %q, want %q", got, want)
	}
	if got := Hang("Label: ", "x", 0); !slices.Equal(got, []string{"Label: x"}) {
		t.Errorf("Hang unwrapped = %q", got)
	}
}

func FuzzLines(f *testing.F) {
	f.Add("https://example.com/a-b-c --flag word", 12)
	f.Fuzz(func(t *testing.T, text string, width int) {
		width %= 200
		lines := Lines(text, width)
		if len(lines) == 0 {
			t.Fatal("no lines")
		}
		if got, want := strings.Join(strings.Fields(strings.Join(lines, " ")), " "), strings.Join(strings.Fields(text), " "); got != want {
			t.Fatalf("words changed: %q → %q", want, got)
		}
	})
}

func TestCut(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  string
	}{
		{"abcdef", 0, "abcdef"},
		{"abcdef", 6, "abcdef"},
		{"abcdef", 4, "abc…"},
		{"åäöåäö", 3, "åä…"},
	}
	for _, tt := range tests {
		if got := Cut(tt.s, tt.width); got != tt.want || Width(got) > max(tt.width, Width(tt.s)) {
			t.Errorf("Cut(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

func TestIndent(t *testing.T) {
	tests := []struct {
		text, first, rest string
		width             int
		want              []string
	}{
		{"one two three", "1. ", "   ", 9, []string{"1. one", "   two", "   three"}},
		{"https://www.fortnox.se/developer", "Docs: ", "  ", 36, []string{"Docs:", "  https://www.fortnox.se/developer"}},
		{"a b", "- ", "  ", 0, []string{"- a b"}},
		{"aa bb cc dd", "", "    ", 6, []string{"aa bb", "    cc", "    dd"}},
	}
	for _, tt := range tests {
		if got := Indent(tt.text, tt.width, tt.first, tt.rest); !slices.Equal(got, tt.want) {
			t.Errorf("Indent(%q, %d, %q, %q) = %q, want %q", tt.text, tt.width, tt.first, tt.rest, got, tt.want)
		}
	}
}

func TestFit(t *testing.T) {
	got := Fit("see https://www.fortnox.se/developer/authorization now", 12)
	for _, l := range got {
		if Width(l) > 12 {
			t.Errorf("%q is wider than 12", l)
		}
	}
	if strings.ReplaceAll(strings.Join(got, ""), " ", "") != "seehttps://www.fortnox.se/developer/authorizationnow" {
		t.Errorf("Fit lost text: %q", got)
	}
}

// TestFitBreaksAURLBetweenItsParts: a URL wider than the line breaks
// after a slash, a question mark, an ampersand or an equals sign where one
// lies in the line's second half, else after a hyphen or a dot, and inside
// a part only where none does.
func TestFitBreaksAURLBetweenItsParts(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  []string
	}{
		{"https://www.fortnox.se/developer/authorization", 30, []string{"https://www.fortnox.se/", "developer/authorization"}},
		{"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice", 38, []string{"https://apps.fortnox.se/oauth-v1/auth?", "client_id=abc&scope=invoice"}},
		{"https://apps.fortnox.se/oauth-v1/auth?client_id=abc&scope=invoice", 20, []string{"https://apps.", "fortnox.se/oauth-v1/", "auth?client_id=abc&", "scope=invoice"}},
		// A slash before a hyphen, where both lie in the second half.
		{"https://helpdesk.sharespine.com/hc/en-gb/articles/30616776789277-Fortnox-error-2001339", 76, []string{"https://helpdesk.sharespine.com/hc/en-gb/articles/", "30616776789277-Fortnox-error-2001339"}},
		// The last piece begins the line the next words go on.
		{"POST https://apps.fortnox.se/oauth-v1/token, after the callback or on a refresh.", 37, []string{"POST", "https://apps.fortnox.se/oauth-v1/", "token, after the callback or on a", "refresh."}},
		{"a https://www.fortnox.se/developer/authorization-and-more b", 30, []string{"a", "https://www.fortnox.se/", "developer/authorization-and-", "more b"}},
		// A rune wider than the line stands alone, and no empty line
		// comes after it (a code review).
		{"日本語", 1, []string{"日", "本", "語"}},
		{"a 日本 b", 1, []string{"a", "日", "本", "b"}},
		// No delimiter in the second half: cut at the width.
		{"https://averyveryverylonghostname.example", 20, []string{"https://averyveryver", "ylonghostname.", "example"}},
	}
	for _, tt := range tests {
		if got := Fit(tt.text, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("Fit(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

func FuzzFit(f *testing.F) {
	f.Add("see https://www.fortnox.se/developer/authorization 日本語", 3)
	f.Fuzz(func(t *testing.T, text string, width int) {
		width %= 100
		lines := Fit(text, width)
		if len(lines) == 0 {
			t.Fatal("no lines")
		}
		for _, l := range lines {
			if width > 0 && Width(l) > width && utf8.RuneCountInString(l) > 1 {
				t.Fatalf("%q is wider than %d", l, width)
			}
		}
		if got, want := strings.Join(strings.Fields(strings.Join(lines, "")), ""), strings.Join(strings.Fields(text), ""); got != want {
			t.Fatalf("text changed: %q → %q", want, got)
		}
	})
}
