package diagnose

import (
	"encoding/base64"
	"encoding/json"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TokenKind is what a pasted token turned out to be. The names are stable.
type TokenKind string

// The kinds of token InspectToken tells apart.
const (
	// TokenJWT is an access token: a JSON Web Token whose claims can be read.
	TokenJWT TokenKind = "jwt"
	// TokenRefresh is a refresh token, recognised by where it stood (a
	// token response's refresh_token, a refresh_token= field).
	TokenRefresh TokenKind = "refresh-token"
	// TokenUnknown is anything else: an opaque string, a broken JWT.
	TokenUnknown TokenKind = "unknown"
)

// TokenReport is what InspectToken read from a token. It never holds the
// token itself, nor a JWT's signature.
type TokenReport struct {
	Kind TokenKind
	// Header and Claims are a JWT's decoded parts, string values cleaned.
	Header map[string]any
	Claims map[string]any
	// IssuedAt, NotBefore and ExpiresAt are the iat, nbf and exp claims in
	// now's location; zero when absent.
	IssuedAt, NotBefore, ExpiresAt time.Time
	// Expired reports whether ExpiresAt has passed.
	Expired bool
	// Scopes are the scopes a token response granted, in its order.
	Scopes []string
	// RefreshToken reports whether the paste held a refresh token (which is
	// explained, never shown).
	RefreshToken bool
	// Findings are worst first.
	Findings []Finding
}

// OK reports whether the token could be read and has no errors: not
// expired, not broken.
func (r TokenReport) OK() bool { return r.Kind != TokenUnknown && !hasErrors(r.Findings) }

// expiresSoon is how close to expiry a token is worth a warning: a request
// started now may well fail.
const expiresSoon = 5 * time.Minute

// InspectToken reads an access token offline: a bare JWT, an Authorization:
// Bearer header, a whole token-endpoint response, or the first JWT in more
// text (a request excerpt, a log line). It decodes a JWT's
// header and claims without verifying the signature (Fortnox does not
// publish the key) and says when it was issued and expires relative to now,
// in now's location. An expired token is an error pointing at
// access-token-expired. A refresh token is recognised and explained, never
// shown. The error is an *InputError for an empty paste or one above
// MaxInputBytes.
func InspectToken(paste string, now time.Time) (TokenReport, error) {
	if err := checkInput(paste, inputToken); err != nil {
		return TokenReport{}, err
	}
	return inspectSanitized(Sanitize(paste), now), nil
}

// inspectSanitized is InspectToken of a paste already checked and
// sanitized (by Read). A token is never shown, so it needs no redaction.
func inspectSanitized(clean string, now time.Time) TokenReport {
	s := trimTokenPrefix(clean)
	var r TokenReport
	var fs findings
	switch {
	case strings.HasPrefix(s, "{"):
		inspectTokenResponse(&r, &fs, s, now)
	case hasFieldPrefix(s, "refresh_token"):
		r.Kind, r.RefreshToken = TokenRefresh, true
	case hasFieldPrefix(s, "access_token"):
		_, v, _ := strings.Cut(s, "=")
		inspectJWT(&r, &fs, strings.TrimSpace(v), now)
	case strings.Count(s, ".") == 2:
		inspectJWT(&r, &fs, s, now)
	default:
		// A token inside more text (a request excerpt with its
		// Authorization header, a log line) is read: the first one.
		if at := findJWTs(s, nil); len(at) > 0 {
			inspectJWT(&r, &fs, strings.Map(dropBlank, s[at[0].start:at[0].end]), now)
			break
		}
		r.Kind = TokenUnknown
		fs.add(SeverityError, "not-a-jwt", "", msg(i18n.DiagTokenNotJWT))
	}
	if r.RefreshToken {
		fs.add(SeverityInfo, "refresh-token", "invalid-refresh-token", msg(i18n.DiagTokenRefresh))
	}
	r.Findings = fs.sorted()
	r.Scopes = echoList(r.Scopes)
	return r
}

// trimTokenPrefix removes what is pasted around a token: blanks, quotes,
// "Authorization:" and "Bearer".
func trimTokenPrefix(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 14 && strings.EqualFold(s[:14], "authorization:") {
		s = strings.TrimSpace(s[14:])
	}
	if len(s) >= 7 && strings.EqualFold(s[:7], "bearer ") {
		s = strings.TrimSpace(s[7:])
	}
	return strings.Trim(s, "\"'` \t\n")
}

func hasFieldPrefix(s, name string) bool {
	return len(s) > len(name) && strings.EqualFold(s[:len(name)], name) && s[len(name)] == '='
}

// inspectTokenResponse reads a token endpoint's JSON answer: its access
// token, whether it holds a refresh token, and the granted scopes. An OAuth
// error answer is pointed to explain.
func inspectTokenResponse(r *TokenReport, fs *findings, s string, now time.Time) {
	// Read within the bounds too, so that a response nested too deep for
	// json.Decoder.Decode is still read; only the fields named are used.
	resp, err := decodeBounded([]byte(s), keptFields, &claimCuts{}, nil)
	if err != nil {
		r.Kind = TokenUnknown
		fs.add(SeverityError, "unreadable-json", "", msg(i18n.DiagTokenBadJSON))
		return
	}
	if e, ok := resp["error"].(string); ok {
		r.Kind = TokenUnknown
		fs.add(SeverityError, "error-response", "", msg(i18n.DiagTokenErrorResponse, Quote(e, MaxEchoRunes)))
		return
	}
	if rt, ok := resp["refresh_token"].(string); ok && rt != "" {
		r.RefreshToken = true
	}
	if scope, ok := resp["scope"].(string); ok {
		r.Scopes = strings.Fields(Clean(scope))
	}
	if at, ok := resp["access_token"].(string); ok && at != "" {
		inspectJWT(r, fs, at, now)
		return
	}
	if r.RefreshToken {
		r.Kind = TokenRefresh
		return
	}
	r.Kind = TokenUnknown
	fs.add(SeverityError, "no-token", "", msg(i18n.DiagTokenNoToken))
}

// inspectJWT decodes a JWT's header and claims and checks its times.
func inspectJWT(r *TokenReport, fs *findings, tok string, now time.Time) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		r.Kind = TokenUnknown
		fs.add(SeverityError, "not-a-jwt", "", msg(i18n.DiagTokenNotJWT))
		return
	}
	var cuts claimCuts
	rawHeader, err1 := decodeJWTPart(parts[0], keptHeader, &cuts, nil)
	rawClaims, err2 := decodeJWTPart(parts[1], keptClaims, &cuts, &cuts.claims)
	if err1 != nil || err2 != nil {
		r.Kind = TokenUnknown
		fs.add(SeverityError, "broken-jwt", "", msg(i18n.DiagTokenBroken))
		return
	}
	r.Kind = TokenJWT
	header, claims := cleanJSON(rawHeader).(map[string]any), cleanJSON(rawClaims).(map[string]any)
	r.Header, r.Claims = header, claims
	fs.add(SeverityInfo, "signature-not-verified", "", msg(i18n.DiagTokenNotVerified))
	if cuts.claims > 0 {
		fs.add(SeverityInfo, "claims-left-out", "", msg(i18n.DiagTokenClaimsLeftOut, cuts.total, MaxParams, cuts.claims))
	}
	if cuts.entries > 0 {
		fs.add(SeverityInfo, "values-left-out", "", msg(i18n.DiagTokenValuesLeftOut, cuts.entries, MaxParams, MaxScopes))
	}
	if cuts.deep > 0 {
		fs.add(SeverityInfo, "claims-too-deep", "", msg(i18n.DiagTokenTooDeep, MaxClaimDepth, CutMarker))
	}

	loc := now.Location()
	times := map[string]*time.Time{"iat": &r.IssuedAt, "nbf": &r.NotBefore, "exp": &r.ExpiresAt}
	badExp := false
	for _, name := range []string{"iat", "nbf", "exp"} {
		t, present := claimTime(claims, name, loc)
		if present && t.IsZero() {
			// NaN, infinities, a number out of range or before 1970: no
			// date can be shown for it, and it is not "no expiry".
			fs.add(SeverityError, "bad-"+name, "", msg(i18n.DiagTokenBadTime, name))
			badExp = badExp || name == "exp"
		}
		*times[name] = t
	}
	switch {
	case badExp:
	case r.ExpiresAt.IsZero():
		fs.add(SeverityWarning, "no-expiry", "", msg(i18n.DiagTokenNoExpiry))
	case !now.Before(r.ExpiresAt):
		r.Expired = true
		fs.add(SeverityError, "expired", "access-token-expired", msg(i18n.DiagTokenExpired, r.ExpiresAt.Format(TimeLayout), Relative(r.ExpiresAt, now)))
	case r.ExpiresAt.Sub(now) < expiresSoon:
		fs.add(SeverityWarning, "expires-soon", "access-token-expired", msg(i18n.DiagTokenExpiresSoon, Relative(r.ExpiresAt, now)))
	}
	if !r.NotBefore.IsZero() && now.Before(r.NotBefore) {
		fs.add(SeverityWarning, "not-yet-valid", "", msg(i18n.DiagTokenNotYetValid, Relative(r.NotBefore, now)))
	}
	if !r.IssuedAt.IsZero() && r.IssuedAt.Sub(now) > time.Minute {
		fs.add(SeverityWarning, "issued-in-future", "", msg(i18n.DiagTokenFutureIssue, Relative(r.IssuedAt, now)))
	}
	// The scopes are read from the claim whole: the claim is cut to
	// MaxEchoRunes, the list of scopes to MaxScopes scopes.
	if scope, ok := rawClaims["scope"].(string); ok && len(r.Scopes) == 0 {
		r.Scopes = strings.Fields(cleanClaim(scope))
	}
	if _, ok := claims["tenantId"]; !ok {
		fs.add(SeverityInfo, "no-tenant", "", msg(i18n.DiagTokenNoTenant))
	}
}

// decodeJWTPart decodes one base64url part of a JWT into a JSON object
// within the bounds (see decodeBounded), its strings as they are: the
// caller cleans them with cleanJSON. Padding and the standard base64
// alphabet are tolerated.
func decodeJWTPart(part string, kept []string, cuts *claimCuts, top *int) (map[string]any, error) {
	part = strings.TrimRight(part, "=")
	part = strings.NewReplacer("+", "-", "/", "_").Replace(part)
	raw, err := base64.RawURLEncoding.DecodeString(part)
	if err != nil {
		return nil, err
	}
	return decodeBounded(raw, kept, cuts, top)
}

var errNotObject = jsonError("not a JSON object")

type jsonError string

func (e jsonError) Error() string { return string(e) }

// cleanClaim is Clean for a decoded claim: the ids a token is for (a
// userId that is a UUID) stay, while secrets a claim holds are hidden.
func cleanClaim(s string) string { return redact(Sanitize(s), false).Text }

// cleanJSON sanitizes and redacts every string in a JSON value read by
// decodeBounded, keys included, and cuts each to MaxEchoRunes characters,
// as a report echoes no more of any value; a number longer than that is
// cut the same way and so becomes a string (no longer that number).
func cleanJSON(v any) any { return cleanValue(v, false) }

// jwkPrivate are the members of a JSON Web Key that hold key material: a
// symmetric key (k) and an RSA or EC private key's parts (RFC 7518 §6).
var jwkPrivate = []string{"k", "d", "p", "q", "dp", "dq", "qi", "oth"}

// cleanValue is cleanJSON of a value; inKey is true inside a JSON Web Key
// (a header's jwk, a claim's cnf.jwk), whose key material is hidden.
func cleanValue(v any, inKey bool) any {
	switch v := v.(type) {
	case string:
		return cutRunes(cleanClaim(v), MaxEchoRunes)
	case json.Number:
		if len(v) > MaxEchoRunes {
			return cutRunes(string(v), MaxEchoRunes)
		}
		return v
	case map[string]any:
		out := make(map[string]any, len(v))
		// In order, so that of two names that read the same once cleaned
		// and cut the same one is shown every time.
		for _, k := range slices.Sorted(maps.Keys(v)) {
			x := v[k]
			key := cutRunes(cleanClaim(k), MaxEchoRunes)
			out[key] = cleanValue(x, k == "jwk")
			// A claim named for a secret holds one, whatever it looks
			// like ("client_secret": "SuperSecret123") and whatever its
			// type (["…"], {"v": "…"}, a number); so does a key's
			// private part.
			if kind, ok := secretOfKey(k); ok {
				if hidden, ok := hideValue(x, kind, true); ok {
					out[key] = hidden
				}
			} else if inKey && slices.Contains(jwkPrivate, k) {
				if hidden, ok := hideValue(x, SecretToken, false); ok {
					out[key] = hidden // key material gives no hint
				}
			}
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = cleanValue(x, inKey)
		}
		return out
	}
	return v
}

// hideValue is the placeholder for a value that holds a secret of the
// kind: a string keeps its last four characters as a hint when hint is
// set, as the redactor's placeholders do; any other value (a list, an
// object, a number) gives none. Nothing to hide (null, "", a placeholder)
// is not ok.
func hideValue(x any, kind SecretKind, hint bool) (string, bool) {
	var b strings.Builder
	switch x := x.(type) {
	case nil:
		return "", false
	case string:
		if x == "" || strings.HasPrefix(x, redactedPrefix) {
			return "", false
		}
		if !hint {
			x = ""
		}
		writePlaceholder(&b, kind, lastFour(x))
	default:
		writePlaceholder(&b, kind, "")
	}
	return b.String(), true
}

// claimTime reads a NumericDate claim (seconds since 1970, a number or a
// numeric string) in loc. present reports whether the claim is there; the
// time is zero when it is absent or not a valid time (not a number, not
// finite, negative, or past the year 5000).
func claimTime(claims map[string]any, name string, loc *time.Location) (t time.Time, present bool) {
	var n json.Number
	switch v := claims[name].(type) {
	case nil:
		_, present = claims[name]
		return time.Time{}, present
	case json.Number:
		n = v
	case string:
		n = json.Number(strings.TrimSpace(v))
	default:
		return time.Time{}, true
	}
	f, err := n.Float64()
	if err != nil || math.IsNaN(f) || f < 0 || f > 1e11 {
		return time.Time{}, true
	}
	sec := int64(f)
	return time.Unix(sec, int64((f-float64(sec))*1e9)).In(loc), true
}
