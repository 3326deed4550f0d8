package diagnose

import (
	"slices"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/nearest"
)

// checkScopes checks the scope list: separators, names and their case,
// duplicates, and the warehouse trio, in the decoded value.
func checkScopes(decoded string, fs *findings) []string {
	if strings.Contains(decoded, ",") {
		fixed := strings.Join(strings.FieldsFunc(decoded, func(r rune) bool { return r == ',' || r == ' ' }), "%20")
		fs.add(SeverityError, "scope-commas", "unsupported-scope", msg(i18n.DiagURLScopeCommas, "scope="+fixed))
	}
	if strings.ContainsAny(decoded, ";|") {
		fs.add(SeverityError, "scope-separator", "unsupported-scope", msg(i18n.DiagURLScopeSeparator))
	}
	scopes := strings.FieldsFunc(decoded, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '|' || r == '\t' })
	names := flows.ScopeNames()
	seen, duplicated := map[string]bool{}, map[string]bool{}
	unknown := 0
	for _, s := range scopes {
		if seen[s] {
			if !duplicated[s] {
				duplicated[s] = true
				fs.add(SeverityWarning, "scope-duplicate", "", msg(i18n.DiagURLScopeDuplicate, s))
			}
			continue
		}
		seen[s] = true
		if _, ok := flows.LookupScope(s); !ok {
			unknown++
			if unknown > maxPerCode {
				// Counted by capped; looking for a near name costs time
				// and the message is not shown.
				fs.add(SeverityError, "unknown-scope", "unsupported-scope", Message{})
				continue
			}
		}
		if sc, ok := flows.LookupScope(s); ok {
			if !sc.Public {
				fs.add(SeverityInfo, "scope-not-public", "", msg(i18n.DiagURLScopeNotPublic, s))
			}
			continue
		}
		if i := slices.IndexFunc(names, func(n string) bool { return strings.EqualFold(n, s) }); i >= 0 {
			fs.add(SeverityError, "scope-case", "unsupported-scope", msg(i18n.DiagURLScopeCase, s, names[i]))
			continue
		}
		if near, ok := nearScope(s, names); ok {
			fs.add(SeverityError, "unknown-scope", "unsupported-scope", msg(i18n.DiagURLScopeUnknownNear, s, near))
			continue
		}
		fs.add(SeverityError, "unknown-scope", "unsupported-scope", msg(i18n.DiagURLScopeUnknown, s))
	}
	if seen["warehouse"] {
		var missing []string
		for _, w := range flows.WarehouseScopes() {
			if !seen[w] {
				missing = append(missing, w)
			}
		}
		if len(missing) > 0 {
			fs.add(SeverityWarning, "warehouse-scopes", "missing-rights-warehouse", msg(i18n.DiagURLWarehouse, strings.Join(missing, ", ")))
		}
	}
	if len(scopes) > 0 {
		fs.add(SeverityInfo, "scopes-in-portal", "unsupported-scope", msg(i18n.DiagURLScopesInPortal))
	}
	return scopes
}

// nearScope suggests the scope a mistyped name was meant to be: within two
// edits ("invoices" → invoice), or one that it starts ("companyinfo" →
// companyinformation).
func nearScope(s string, names []string) (string, bool) {
	if near, ok := nearest.Match(s, names, 2); ok {
		return near, true
	}
	lower := strings.ToLower(s)
	if len(lower) < 4 {
		return "", false
	}
	for _, n := range names {
		if strings.HasPrefix(n, lower) || strings.HasPrefix(lower, n) {
			return n, true
		}
	}
	return "", false
}
