package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

// TestSeeAlsoOpensTheRelatedFix: on a fix with related fixes, s opens the
// first and S the second (where there is one), the breadcrumb says so,
// esc comes back to the fix they were opened from, and q on a related fix
// ends with it as the result. A fix without related fixes offers neither.
func TestSeeAlsoOpensTheRelatedFix(t *testing.T) {
	tree := flows.DecisionTree()
	for _, id := range []string{"callback-without-code", "connection-revoked", "rate-limited"} {
		from, _ := flows.Lookup(id)
		for _, l := range i18n.Langs() {
			path := testkit.PathTo(t, tree, id)
			for i, k := range []string{"s", "S"} {
				m := walkTo(t, testOptions(l, 80, 24), path)
				send(m, press(k))
				got, _, _ := m.screen.shownFix()
				if i >= len(from.Related) {
					if got.ID != id {
						t.Errorf("%s %s: %s opened %s, with %d related fixes", id, l, k, got.ID, len(from.Related))
					}
					continue
				}
				want := from.Related[i]
				if got.ID != want {
					t.Fatalf("%s %s: %s opened %s, want %s", id, l, k, got.ID, want)
				}
				// The breadcrumb ends with "See also", the fix's title
				// under it.
				frame := strings.Split(plain(m.View().Content), "\n")
				crumb := strings.TrimSpace(frame[1])
				next := slices.IndexFunc(frame[2:], func(s string) bool { return strings.TrimSpace(s) != "" })
				if !strings.HasSuffix(crumb, crumbSeparator+i18n.FixSeeAlso.In(l)) || next < 0 || strings.TrimSpace(frame[2+next]) != got.Title.In(l) {
					t.Errorf("%s %s: the breadcrumb %q does not end with %q over the title %q:\n%s", id, l, crumb, i18n.FixSeeAlso.In(l), got.Title.In(l), strings.Join(frame, "\n"))
				}
				send(m, press("esc"))
				if back, _, _ := m.screen.shownFix(); back.ID != id || len(m.aside) != 0 {
					t.Errorf("%s %s: esc from %s went to %s (%d aside), want %s", id, l, want, back.ID, len(m.aside), id)
				}
				r := walkTo(t, testOptions(l, 80, 24), path)
				send(r, press(k), press("r"))
				if len(r.aside) != 0 || here(r) != tree.Root().ID {
					t.Errorf("%s %s: r on a related fix left %d aside, at %q", id, l, len(r.aside), here(r))
				}
				send(m, press(k), press("q"))
				if r := m.Result(); r.FixID != want {
					t.Errorf("%s %s: q on %s ended with %q", id, l, want, r.FixID)
				}
			}
		}
	}
}

// TestSeeAlsoKeys: s and S are offered only for the related fixes a fix
// has; the help names them as one key.
func TestSeeAlsoKeys(t *testing.T) {
	for _, f := range flows.Fixes() {
		k := newFixKeys(i18n.English)
		k.setRelated(f.Related)
		for i, b := range []bool{k.SeeAlso.Enabled(), k.SeeAlsoSecond.Enabled()} {
			if b != (i < len(f.Related)) {
				t.Errorf("%s: see-also key %d enabled = %v with %d related fixes", f.ID, i, b, len(f.Related))
			}
		}
		if want := map[int]string{1: "s", 2: "s/S"}[len(f.Related)]; want != "" && k.SeeAlso.Help().Key != want {
			t.Errorf("%s: the help names s as %q, want %q", f.ID, k.SeeAlso.Help().Key, want)
		}
	}
}
