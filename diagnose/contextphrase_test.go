package diagnose

import (
	"slices"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
)

// TestContextPhrases: a Fortnox message in words other software says too
// answers only in a paste about Fortnox. Alone it is the best guess, and
// the explanation says whose message is unsure; in another system's
// sentence it is no answer.
func TestContextPhrases(t *testing.T) {
	for _, f := range flows.Fixes() {
		for _, phrase := range f.Signals.ContextPhrases {
			cases := []struct {
				paste               string
				confident, sharedOK bool
			}{
				{phrase, false, true},
				{"Fortnox: " + phrase, true, false},
				{"https://api.fortnox.se/3/orders → " + phrase, true, false},
			}
			for _, c := range cases {
				ex, err := Explain(c.paste)
				if err != nil {
					t.Fatal(err)
				}
				ranked := append(slices.Clone(ex.Matches), ex.Guesses...)
				if len(ranked) == 0 || ranked[0].FixID != f.ID {
					t.Errorf("Explain(%q) ranks %v, want %s first", c.paste, ranking(ex), f.ID)
					continue
				}
				if ex.Confident() != c.confident || ex.SharedPhrase != c.sharedOK {
					t.Errorf("Explain(%q): confident %v, SharedPhrase %v; want %v, %v", c.paste, ex.Confident(), ex.SharedPhrase, c.confident, c.sharedOK)
				}
			}
			// Another system's sentence that holds the phrase.
			other := "Du " + phrase + " att öppna journalen. Kontakta din verksamhetschef."
			ex, err := Explain(other)
			if err != nil {
				t.Fatal(err)
			}
			if ex.Confident() {
				t.Errorf("Explain(%q) is confident: %v", other, ranking(ex))
			}
		}
	}
}

// TestSharedPhraseGoesBeforeWords: among guesses, the fix whose message
// the paste holds word for word comes before fixes its other words point
// at, as a fix whose OAuth error it holds does.
func TestSharedPhraseGoesBeforeWords(t *testing.T) {
	const paste = "We get missing.rights back although the token was created with all the required scopes"
	ex, err := Explain(paste)
	if err != nil {
		t.Fatal(err)
	}
	ranked := append(slices.Clone(ex.Matches), ex.Guesses...)
	if ex.Confident() || len(ranked) == 0 || ranked[0].FixID != "missing-rights-warehouse" {
		t.Errorf("Explain(%q) = %v, want missing-rights-warehouse as the first guess", paste, ranking(ex))
	}
}
