package nearest

import "testing"

func TestMatch(t *testing.T) {
	candidates := []string{"invalid-refresh-token", "missing-license", "companyinformation"}
	tests := []struct {
		word   string
		max    int
		want   string
		wantOK bool
	}{
		{"invalid-refresh-token", 2, "invalid-refresh-token", true},
		{"invalid-refesh-token", 2, "invalid-refresh-token", true},
		{"missing-licence", 2, "missing-license", true},
		{"CompanyInformation", 2, "companyinformation", true},
		{"totally-unrelated", 3, "", false},
		{"", 1, "", false},
	}
	for _, tt := range tests {
		got, ok := Match(tt.word, candidates, tt.max)
		if ok != tt.wantOK || (ok && got != tt.want) {
			t.Errorf("Match(%q, max %d) = %q, %v; want %q, %v", tt.word, tt.max, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"åäö", "aao", 3}, {"same", "same", 0},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d; want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
