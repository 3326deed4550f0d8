package diagnose

import (
	"net/url"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/flows"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// checkLocation checks the scheme, host and path. They are cleaned before
// they are shown, as decoding the URL can bring back control characters,
// and show their invisible characters (/oauth-v1/auth<U+200B> is not the
// path, though it looks it).
func checkLocation(u *url.URL, fs *findings) {
	if u.Scheme != "https" {
		fs.add(SeverityError, "scheme-not-https", "", msg(i18n.DiagURLScheme, Clean(u.Scheme)))
	}
	host := strings.ToLower(u.Hostname())
	if host != flows.AuthorizationHost {
		fs.add(SeverityError, "wrong-host", "", msg(i18n.DiagURLHost, Clean(showInvisible(host)), flows.AuthorizationHost))
	}
	// Fortnox's login answers on https's own port; a browser sent to
	// another finds nothing there.
	if p := u.Port(); p != "" && p != "443" {
		fs.add(SeverityError, "wrong-port", "", msg(i18n.DiagURLPort, Quote(p, MaxEchoRunes), flows.AuthorizationHost))
	}
	if u.Path == flows.AuthorizationPath {
		return
	}
	for _, wrong := range flows.KnownWrongAuthorizationPaths() {
		if strings.EqualFold(strings.TrimSuffix(u.Path, "/"), wrong.Path) {
			fs.add(SeverityError, "wrong-path", "", Message{Text: wrong.Why})
			return
		}
	}
	if u.Path == "" || u.Path == "/" {
		fs.add(SeverityError, "wrong-path", "", msg(i18n.DiagURLNoPath, flows.AuthorizationPath))
		return
	}
	fs.add(SeverityError, "wrong-path", "", msg(i18n.DiagURLPath, Clean(showInvisible(u.Path)), flows.AuthorizationPath))
}
