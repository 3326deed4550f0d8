package diagnose

import (
	"slices"
	"strings"
	"testing"
)

// findPhrasesNaive is the phrase finder as it was before phraseIndex: one
// search of the paste per phrase. phraseIndex must find what it finds.
func findPhrasesNaive(w string, sigs []phraseSignal) []phraseSignal {
	var out []phraseSignal
	for _, p := range sigs {
		if p.folded == "" {
			continue
		}
		oneWord := !strings.Contains(p.folded, " ")
		for from := 0; ; {
			i := strings.Index(w[from:], p.folded)
			if i < 0 {
				break
			}
			start := from + i
			end := start + len(p.folded)
			if w[start-1] == ' ' && (!oneWord || w[end] == ' ') {
				out = append(out, p)
				break
			}
			from = start + 1
		}
	}
	return out
}

// samePhrasesAsNaive fails t when the index and the naive finder disagree
// about the paste's words w.
func samePhrasesAsNaive(t *testing.T, w string) {
	t.Helper()
	for _, x := range []phraseIndex{signals().phrases, signals().generic} {
		got, want := x.find(w), findPhrasesNaive(w, x.sigs)
		if !slices.Equal(got, want) {
			t.Fatalf("phrases in %q: index found %v, one search per phrase %v", w, got, want)
		}
	}
}

// TestPhraseIndex: a phrase starts at a word; a one-word phrase ends at
// one, a longer one may run on; each phrase is found once, in the table's
// order, as one search per phrase finds them.
func TestPhraseIndex(t *testing.T) {
	sigs := []phraseSignal{
		newPhraseSignal(0, "hitta konto"), newPhraseSignal(1, "Saknar behörighet"),
		newPhraseSignal(2, "missing.rights"), newPhraseSignal(3, "saknar"), newPhraseSignal(4, ""),
	}
	x := newPhraseIndex(sigs)
	for _, c := range []struct {
		paste string
		want  []int
	}{
		{"Kan inte hitta kontot 3001", []int{0}},
		{"kunde inte hittakonto", nil},
		{"saknar behörighet, saknar behörighet", []int{1, 3}},
		{"missing.rights; missing rights", []int{2}},
		{"osaknar behörigheter", nil},
		{"saknarna", nil},
		{"", nil},
		{"Saknar behörigheten för Fortnox Lager", []int{1, 3}},
	} {
		paste, want := c.paste, c.want
		w := words(fold(paste))
		var got []int
		for _, p := range x.find(w) {
			got = append(got, p.fix)
		}
		if !slices.Equal(got, want) {
			t.Errorf("find(%q) = %v, want %v", paste, got, want)
		}
		if naive := findPhrasesNaive(w, sigs); !slices.Equal(x.find(w), naive) {
			t.Errorf("find(%q) = %v, one search per phrase %v", paste, x.find(w), naive)
		}
	}
	for _, paste := range []string{
		`{"ErrorInformation":{"message":"Saknar behörighet för Kundregister"}}`,
		"Fortnox: no financial year for 2026-01-02; The period is locked",
		"Missing rights (Warehouse) Ogiltig inloggning Kan inte logga in, access-token eller client-secret saknas",
	} {
		samePhrasesAsNaive(t, words(fold(paste)))
	}
}
