package flows

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestIsFortnoxHost(t *testing.T) {
	for host, want := range map[string]bool{
		"apps.fortnox.se": true, "API.Fortnox.se": true, "fortnox.se": true, "www.fortnox.se:443": true,
		"apps.fortnox.se.": true, "fortnox.se.evil.example": false, "notfortnox.se": false,
		"registry.npmjs.org": false, "": false,
	} {
		if got := IsFortnoxHost(host); got != want {
			t.Errorf("IsFortnoxHost(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestAuthorizationParams(t *testing.T) {
	var required []string
	for _, p := range AuthorizationParams() {
		if p.Required {
			required = append(required, p.Name)
		}
		if !p.About.Complete() {
			t.Errorf("%s: About is missing a language", p.Name)
		}
		if got, ok := LookupAuthorizationParam(p.Name); !ok || got.Name != p.Name {
			t.Errorf("LookupAuthorizationParam(%q) fails", p.Name)
		}
	}
	slices.Sort(required)
	// fortnox.md §2: client_id, response_type, state and scope are required.
	if want := []string{"client_id", "response_type", "scope", "state"}; !slices.Equal(required, want) {
		t.Errorf("required = %v, want %v", required, want)
	}
	if _, ok := LookupAuthorizationParam("Client_ID"); ok {
		t.Error("parameter names are case-sensitive")
	}
	for _, w := range KnownWrongAuthorizationPaths() {
		if w.Path == AuthorizationPath || !w.Why.Complete() || !strings.Contains(w.Why.En, w.Path) {
			t.Errorf("wrong path %q: %+v", w.Path, w.Why)
		}
	}
}

func TestScopes(t *testing.T) {
	names := ScopeNames()
	lower := regexp.MustCompile(`^[a-z]+$`)
	seen := map[string]bool{}
	for _, s := range Scopes() {
		if !lower.MatchString(s.Name) || seen[s.Name] {
			t.Errorf("scope %q is not a unique lower-case name", s.Name)
		}
		seen[s.Name] = true
		if got, ok := LookupScope(s.Name); !ok || got != s {
			t.Errorf("LookupScope(%q) = %v, %v", s.Name, got, ok)
		}
	}
	if len(names) != len(Scopes()) || len(names) != 28 {
		t.Errorf("%d scope names, want the 23 public and 5 other scopes of fortnox.md §4", len(names))
	}
	if _, ok := LookupScope("Invoice"); ok {
		t.Error("scope names are case-sensitive")
	}
	for _, w := range WarehouseScopes() {
		if !seen[w] {
			t.Errorf("warehouse scope %q is not a known scope", w)
		}
	}
}

// TestSignalsAreWellFormed checks what the matcher relies on.
func TestSignalsAreWellFormed(t *testing.T) {
	codeOwner := map[int]string{}
	// Two fixes may share a code only when a text in the paste tells them
	// apart: one requires exactly what rules the other out.
	apart := func(a, b string) bool {
		fa, _ := Lookup(a)
		fb, _ := Lookup(b)
		split := func(x, y Signals) bool {
			return len(x.RequiresAny) > 0 && slices.Equal(x.RequiresAny, y.ExcludedBy)
		}
		return split(fa.Signals, fb.Signals) || split(fb.Signals, fa.Signals)
	}
	for _, f := range Fixes() {
		s := f.Signals
		if s.OAuthErrorsNeedPhrase && (len(s.OAuthErrors) == 0 || len(s.Phrases)+len(s.ContextPhrases) == 0) {
			t.Errorf("%s: OAuthErrorsNeedPhrase needs OAuth errors and phrases", f.ID)
		}
		for _, c := range s.Codes {
			if other, dup := codeOwner[c]; dup && !apart(other, f.ID) {
				t.Errorf("code %d belongs to %s and %s", c, other, f.ID)
			}
			codeOwner[c] = f.ID
			if _, isData := LookupDataError(c); isData {
				t.Errorf("%s: code %d is also a data error", f.ID, c)
			}
		}
		for _, p := range slices.Concat(s.Phrases, s.ContextPhrases, s.Bodies, s.GenericPhrases, s.OAuthErrors) {
			if strings.TrimSpace(p) == "" {
				t.Errorf("%s: empty signal", f.ID)
			}
		}
		for _, e := range s.OAuthErrors {
			if !strings.Contains(e, "_") || strings.ToLower(e) != e {
				t.Errorf("%s: OAuth error %q is not a lower-case snake_case name", f.ID, e)
			}
		}
	}
}

// TestStandardOAuthErrors: every OAuth error a fix declares is either one
// any OAuth server sends or one of Fortnox's own error_ names, so that
// diagnose knows which of them say the paste is Fortnox's.
func TestStandardOAuthErrors(t *testing.T) {
	for _, f := range Fixes() {
		for _, name := range f.Signals.OAuthErrors {
			own := strings.HasPrefix(name, "error_")
			if own == IsStandardOAuthError(name) {
				t.Errorf("%s: %s is standard %v and Fortnox's own %v", f.ID, name, IsStandardOAuthError(name), own)
			}
		}
	}
	for _, name := range []string{"invalid_grant", "access_denied", "redirect_uri_mismatch"} {
		if !IsStandardOAuthError(name) {
			t.Errorf("%s is not standard", name)
		}
	}
}
