package diagnose

import (
	"slices"
	"strconv"
	"testing"
)

func TestExplainPastes(t *testing.T) {
	for _, tc := range readPastes(t, "testdata/explain.pastes") {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := Explain(tc.paste)
			if err != nil {
				t.Fatalf("Explain: %v", err)
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
