package diagnose

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/testkit"
)

func TestExplainPastes(t *testing.T) {
	for _, tc := range readPastes(t, "testdata/explain.pastes") {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := Explain(tc.paste)
			if err != nil {
				t.Fatalf("Explain: %v", err)
			}
			if tc.guess != "" {
				if len(ex.Matches) > 0 || len(ex.Guesses) == 0 || ex.Guesses[0].FixID != tc.guess {
					t.Errorf("ranking %v, want no confident match and %s the best guess\npaste:\n%s", ranking(ex), tc.guess, tc.paste)
				}
				return
			}
			if got, want := answers(ex), flatten(tc.want); !sameRanking(got, tc.want) {
				t.Errorf("answers = %v, want %v\npaste:\n%s\nexplanation: %+v", got, want, tc.paste, ex)
			}
			if ex.Confident() != (len(tc.want) > 0) {
				t.Errorf("Confident() = %v, want %v", ex.Confident(), len(tc.want) > 0)
			}
		})
	}
}

// answers lists an explanation's matches best first, then its data errors.
func answers(ex Explanation) []string {
	var got []string
	for _, m := range ex.Matches {
		got = append(got, m.FixID)
	}
	for _, d := range ex.DataErrors {
		got = append(got, "data:"+strconv.Itoa(d.Code))
	}
	return got
}

// sameRanking reports whether got holds exactly the wanted answers, each
// group's before the next group's. Data errors are listed after matches, so
// groups are compared with data errors moved last.
func sameRanking(got []string, want [][]string) bool {
	var fixes, data [][]string
	for _, g := range want {
		var f, d []string
		for _, id := range g {
			if len(id) > 5 && id[:5] == "data:" {
				d = append(d, id)
			} else {
				f = append(f, id)
			}
		}
		if len(f) > 0 {
			fixes = append(fixes, f)
		}
		if len(d) > 0 {
			data = append(data, d)
		}
	}
	groups := append(fixes, data...)
	if len(got) != len(flatten(groups)) {
		return false
	}
	i := 0
	for _, g := range groups {
		part := slices.Clone(got[i : i+len(g)])
		slices.Sort(part)
		sorted := slices.Sorted(slices.Values(g))
		if !slices.Equal(part, sorted) {
			return false
		}
		i += len(g)
	}
	return true
}

func flatten(groups [][]string) []string {
	var out []string
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// TestExplainPastesCoverEveryFix checks the table itself: every fix with
// signals has several pastes, so a signal can not silently stop working.
func TestExplainPastesCoverEveryFix(t *testing.T) {
	count := map[string]int{}
	for _, tc := range readPastes(t, "testdata/explain.pastes") {
		for _, id := range flatten(tc.want) {
			count[id]++
		}
	}
	for _, f := range flows.Fixes() {
		if !f.Signals.Empty() && count[f.ID] < 2 {
			t.Errorf("fix %s has signals but only %d pastes", f.ID, count[f.ID])
		}
	}
}

func TestExplainEvidenceAndRedactions(t *testing.T) {
	jwt := testkit.JWT(testkit.AccessClaims(testNow))
	paste := "\x1b[31mERROR\x1b[0m Authorization: Bearer " + jwt + "\n" +
		`{"ErrorInformation":{"error":1,"message":"Har inte behörighet för scope","code":2000663}}`
	ex, err := Explain(paste)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Matches) != 1 || ex.Matches[0].FixID != "token-missing-scope" {
		t.Fatalf("matches = %+v", ex.Matches)
	}
	m := ex.Matches[0]
	want := []Evidence{{EvidenceCode, "2000663"}, {EvidencePhrase, "Har inte behörighet för scope"}}
	if !slices.Equal(m.Evidence, want) || m.Score != 160 {
		t.Errorf("evidence = %+v score %d, want %+v 160", m.Evidence, m.Score, want)
	}
	if m.Fix().ID != m.FixID {
		t.Errorf("Fix() = %q", m.Fix().ID)
	}
	if ex.Redactions != 1 || !slices.Equal(ex.RedactedKinds, []SecretKind{SecretJWT}) {
		t.Errorf("redactions = %d %v", ex.Redactions, ex.RedactedKinds)
	}
	if !slices.Equal(ex.Codes, []int{2000663}) {
		t.Errorf("codes = %v", ex.Codes)
	}
	for _, e := range m.Evidence {
		en, sv := e.Message().In(i18n.English), e.Message().In(i18n.Swedish)
		if en == sv || strings.Contains(en+sv, "%!") {
			t.Errorf("evidence message %q / %q", en, sv)
		}
	}
}

func TestExplainEvidenceMessages(t *testing.T) {
	for _, e := range []Evidence{
		{EvidenceCode, "2000663"},
		{EvidenceBody, "unauthorized"},
		{EvidencePhrase, "Missing license"},
		{EvidenceOAuthError, "invalid_grant"},
		{Kind: EvidenceCallback},
		{EvidenceDecisiveStatus, "429"},
		{EvidenceGenericPhrase, "Unauthorized"},
		{EvidenceSharedPhrase, "Saknar behörighet för"},
		{EvidenceHTTPStatus, "401"},
	} {
		for _, l := range i18n.Langs() {
			m := e.Message().In(l)
			if m == "" || strings.Contains(m, "%!") || (e.Value != "" && !strings.Contains(m, e.Value)) {
				t.Errorf("%s in %s: %q", e.Kind, l, m)
			}
		}
	}
}

func TestExplainUnknownCode(t *testing.T) {
	ex, err := Explain(`{"ErrorInformation":{"error":1,"message":"Något okänt","code":2999999}}`)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Confident() || !slices.Equal(ex.UnknownCodes, []int{2999999}) || !slices.Equal(ex.Codes, []int{2999999}) {
		t.Errorf("explanation = %+v", ex)
	}
}

func TestExplainDataErrorMeaning(t *testing.T) {
	ex, _ := Explain(`{"ErrorInformation":{"error":1,"message":"Kan inte hitta artikeln.","code":2000428}}`)
	if len(ex.DataErrors) != 1 || len(ex.Matches) != 0 {
		t.Fatalf("explanation = %+v", ex)
	}
	if d := ex.DataErrors[0]; d.Code != 2000428 || !d.Meaning.Complete() {
		t.Errorf("data error = %+v", d)
	}
}
