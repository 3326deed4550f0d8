package diagnose

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestCheckURLHidesPasswords: a password in an activation link is shown
// neither among its parameters nor in the link as read (check-url printed
// "password  Hemligt123" and kept it in --json's url); the parameter is
// still listed, hidden, and warned about as one Fortnox does not know.
func TestCheckURLHidesPasswords(t *testing.T) {
	const password = "Hemligt123"
	for _, link := range []string{
		goodURL + "&password=" + password,
		strings.Replace(goodURL, "?client_id=", "?pwd="+password+"&client_id=", 1),
		goodURL + "&Password=" + password + "&x=1",
	} {
		r, err := CheckURL(link)
		if err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(r)
		if strings.Contains(string(out), password) {
			t.Errorf("%s: the password is in the report: %s", link, out)
		}
		i := slices.IndexFunc(r.Params, func(p Param) bool { return strings.EqualFold(p.Name, "password") || p.Name == "pwd" })
		if i < 0 || r.Params[i].Value != placeholderOf(SecretPassword, password) {
			t.Errorf("%s: params %+v", link, r.Params)
		}
		if !slices.Contains(codesOf(r.Findings), "unknown-param") {
			t.Errorf("%s: findings %v", link, codesOf(r.Findings))
		}
	}
}

// TestCheckURLUserinfo: a link with a userinfo's password is checked as
// the same link without it (the placeholder that replaces the password is
// nothing a URL parser takes), and the password is hidden in the link as
// read.
func TestCheckURLUserinfo(t *testing.T) {
	const secret = "SuperS3cretValue99XYZ"
	plain, err := CheckURL(goodURL)
	if err != nil {
		t.Fatal(err)
	}
	link := strings.Replace(goodURL, "https://", "https://myclientid:"+secret+"@", 1)
	r, err := CheckURL(link)
	if err != nil {
		t.Fatal(err)
	}
	if r.OK != plain.OK || !slices.Equal(codesOf(r.Findings), codesOf(plain.Findings)) {
		t.Errorf("with a userinfo: OK %v, findings %v; without: OK %v, %v", r.OK, codesOf(r.Findings), plain.OK, codesOf(plain.Findings))
	}
	if want := "https://myclientid:" + placeholderOf(SecretBasicCredentials, secret) + "@apps.fortnox.se/"; !strings.HasPrefix(r.URL, want) {
		t.Errorf("URL = %q, want it to start %q", r.URL, want)
	}
	if got := withoutUserinfo("https://a:b@apps.fortnox.se/x?u=c@d"); got != "https://apps.fortnox.se/x?u=c@d" {
		t.Errorf("withoutUserinfo = %q", got)
	}
}
