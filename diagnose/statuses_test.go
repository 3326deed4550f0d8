package diagnose

import (
	"slices"
	"testing"
)

// A number is an HTTP status after a word that says so, a verb of
// answering or (an error status only) an article; otherwise it is not.
func TestFindStatuses(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []int
	}{
		{"HTTP/1.1 401 Unauthorized", []int{401}},
		{"status code 403", []int{403}},
		{"Fortnox returned 429", []int{429}},
		{"one of them gets a 401 because the token was used", []int{401}},
		{"A 401 on a token we believed was valid", []int{401}},
		{"the API returns 401 for every call", []int{401}},
		{"we got 403 from the invoices endpoint", []int{403}},
		{"vi fick 403 från Fortnox", []int{403}},
		{"an 429 now and then", []int{429}},
		{"a 200 invoice rows", nil},
		{"we had 401 invoices", nil},
		{"account 401 in the chart", nil},
	} {
		if got := findStatuses(words(fold(tc.text))); !slices.Equal(got, tc.want) {
			t.Errorf("findStatuses(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
