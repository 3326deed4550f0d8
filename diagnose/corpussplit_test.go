package diagnose

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"testing"
)

// TestCorpusSplitFollowsRule checks that every batch's validation file
// holds exactly the texts the split rule of testdata/corpus/README.md puts
// there: the batch's texts grouped by their first wanted fix (or, for no
// fix, by kind and language), each group ordered by the SHA-256 of its
// text, and every third text from the second on. A text moved from one
// set to the other after the split, as tuning on a validation text would
// need, fails it; so does a text added to a batch after it was split that
// shifts its group. It reads the validation files only to compare them,
// and names no text but by its file and group.
func TestCorpusSplitFollowsRule(t *testing.T) {
	for i := range tuningFiles {
		tuning := readCorpus(t, tuningFiles[i])
		validation := readCorpus(t, validationFiles[i])
		want := splitValidation(append(slices.Clone(tuning), validation...))
		got := map[string]bool{}
		for _, c := range validation {
			got[c.Text] = true
		}
		for text, group := range want {
			if !got[text] {
				t.Errorf("%s: a text of group %q is in the tuning file, the rule puts it in validation", tuningFiles[i], group)
			}
		}
		for _, c := range validation {
			if _, ok := want[c.Text]; !ok {
				t.Errorf("%s: a text of group %q is in validation, the rule puts it in tuning", validationFiles[i], splitGroup(c))
			}
		}
	}
}

// splitValidation applies the split rule to a batch: it returns the texts
// that go to validation, each with its group.
func splitValidation(batch []corpusCase) map[string]string {
	groups := map[string][]corpusCase{}
	for _, c := range batch {
		g := splitGroup(c)
		groups[g] = append(groups[g], c)
	}
	out := map[string]string{}
	for g, cases := range groups {
		slices.SortFunc(cases, func(a, b corpusCase) int { return cmp.Compare(textHash(a.Text), textHash(b.Text)) })
		for k := 1; k < len(cases); k += 3 {
			out[cases[k].Text] = g
		}
	}
	return out
}

// splitGroup is the group a text is split in: its first wanted fix, or
// for no fix its kind and language.
func splitGroup(c corpusCase) string {
	if len(c.Want) > 0 {
		return c.Want[0]
	}
	return c.Kind + "/" + c.Lang
}

func textHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
