package diagnose

import (
	"net/url"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// checkRedirectURI checks redirect_uri: absent, double-encoded, not an
// https URL, or with a fragment; when present, it must also equal the
// portal's, which no link can show.
func checkRedirectURI(first func(string) (string, bool), fs *findings) {
	v, ok := first("redirect_uri")
	if !ok {
		fs.add(SeverityInfo, "no-redirect-uri", "redirect-uri-mismatch", msg(i18n.DiagURLNoRedirect))
		return
	}
	lower := strings.ToLower(v)
	if strings.HasPrefix(lower, "https%3a") || strings.HasPrefix(lower, "http%3a") {
		fs.add(SeverityError, "redirect-uri-double-encoded", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectDoubleEncoded, v))
		return
	}
	// A userinfo's password is a placeholder by now, which no URL parser
	// takes; the rest is checked as with the link itself.
	ru, err := url.Parse(withoutUserinfo(v))
	if err != nil || !ru.IsAbs() || ru.Host == "" {
		fs.add(SeverityError, "redirect-uri-invalid", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectInvalid, v))
		return
	}
	if ru.Scheme != "https" {
		fs.add(SeverityError, "redirect-uri-not-https", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectScheme, v))
	}
	if ru.Fragment != "" || strings.Contains(v, "#") {
		fs.add(SeverityError, "redirect-uri-fragment", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectFragment))
	}
	fs.add(SeverityInfo, "redirect-uri-must-match", "redirect-uri-mismatch", msg(i18n.DiagURLRedirectMatch, v))
}
