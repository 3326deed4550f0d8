package diagnose

import (
	"strings"
	"testing"
)

// typicalPaste is what most people paste: a log line with a Fortnox error
// body and a header with a token.
const typicalPaste = `2025-02-11T08:01:22.114Z ERROR [sync] POST https://api.fortnox.se/3/vouchers failed: 400 Bad Request
Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZW5hbnRJZCI6MTIzNDU2NywidXNlcklkIjoiOGYzZSJ9.c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1iZS1zaG93bg
{"ErrorInformation":{"error":1,"message":"Kunde inte hitta konto","code":2001304}}`

// bigPaste is a 1 MiB log: many ordinary lines with a Fortnox error, a
// secret and an escape sequence here and there.
func bigPaste() string {
	lines := []string{
		"2025-02-11T08:01:22.114Z INFO  [sync] fetched 100 invoices page=3 took=112ms",
		"2025-02-11T08:01:22.220Z DEBUG [http] GET https://api.fortnox.se/3/invoices?page=4 -> 200",
		"2025-02-11T08:01:23.001Z \x1b[31mERROR\x1b[0m [sync] {\"ErrorInformation\":{\"error\":1,\"message\":\"Har inte behörighet för scope\",\"code\":2000663}}",
		"2025-02-11T08:01:23.100Z WARN  [auth] refresh_token=4f0c1a2b-9d8e-4c7b-a6f5-e4d3c2b1a098 rotated",
		"2025-02-11T08:01:24.000Z INFO  [sync] customer 10042 updated, 3 rows, state=ok",
	}
	var b strings.Builder
	for i := 0; b.Len() < MaxInputBytes-200; i++ {
		b.WriteString(lines[i%len(lines)])
		b.WriteByte('\n')
	}
	return b.String()
}

func BenchmarkExplainTypical(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Explain(typicalPaste); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExplain1MiB(b *testing.B) {
	paste := bigPaste()
	b.SetBytes(int64(len(paste)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Explain(paste); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckURL(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CheckURL(goodURL); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBigPasteIsExplained(t *testing.T) {
	ex, err := Explain(bigPaste())
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Matches) != 1 || ex.Matches[0].FixID != "token-missing-scope" || ex.Redactions == 0 {
		t.Errorf("explanation = %+v", ex)
	}
}
