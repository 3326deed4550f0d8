package diagnose

import (
	"os"
	"strings"
	"testing"
)

// pasteCase is one paste of testdata/*.pastes with the answer it must get.
type pasteCase struct {
	name  string // the label, for test names
	paste string
	// want are groups of expected answers, best first: fix IDs, or
	// "data:CODE" for a data error. Within a group the order is free (the
	// matches score the same); an empty want matches nothing.
	want [][]string
	// guess, when set, is the fix that must be the best guess of a paste
	// with no confident match (`~ID`): what any OAuth server may say.
	guess string
}

// readPastes reads a file of pastes. Each paste starts with a line
// `-- WANT :: LABEL --`, where WANT is `none`, or `~ID` for a paste whose
// best guess is ID and that has no confident match, or fix IDs and
// data:CODE entries, joined by "+" within a group of equal rank and by ">"
// between groups, best first; it runs to the next such line. A paste keeps its
// inner newlines; the newline before the next header is not part of it.
func readPastes(t testing.TB, path string) []pasteCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []pasteCase
	var cur *pasteCase
	var body []string
	flush := func() {
		if cur != nil {
			cur.paste = strings.Join(body, "\n")
			cases = append(cases, *cur)
		}
	}
	for i, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "-- ") || !strings.HasSuffix(line, " --") {
			if cur == nil && strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
				t.Fatalf("%s:%d: text before the first header", path, i+1)
			}
			body = append(body, line)
			continue
		}
		flush()
		header := strings.TrimSuffix(strings.TrimPrefix(line, "-- "), " --")
		want, label, ok := strings.Cut(header, " :: ")
		if !ok {
			t.Fatalf("%s:%d: header without \" :: \": %q", path, i+1, line)
		}
		cur = &pasteCase{name: label}
		if id, ok := strings.CutPrefix(want, "~"); ok {
			cur.guess = id
		} else if want != "none" {
			for _, group := range strings.Split(want, ">") {
				cur.want = append(cur.want, strings.Split(group, "+"))
			}
		}
		body = nil
	}
	flush()
	for i := range cases {
		cases[i].paste = strings.TrimSuffix(cases[i].paste, "\n")
	}
	return cases
}
