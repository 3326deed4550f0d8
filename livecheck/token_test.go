package livecheck_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

func TestReadToken(t *testing.T) {
	jwt := fortnoxdouble.Token(fortnoxdouble.Tenant, start.Add(time.Hour))
	accepted := []string{
		jwt,
		"  " + jwt + "\n",
		"Authorization: Bearer " + jwt,
		"Bearer " + jwt,
		`"` + jwt + `"`,
		"access_token=" + jwt,
		`{"access_token":"` + jwt + `","refresh_token":"r3fr3sh","scope":"invoice customer","expires_in":3600}`,
	}
	for _, paste := range accepted {
		tok, err := livecheck.ReadToken(paste, start)
		if err != nil {
			t.Errorf("ReadToken(%.40q): %v", paste, err)
			continue
		}
		if tok.Tenant() != "1234567" {
			t.Errorf("tenant %q", tok.Tenant())
		}
		for _, verb := range []string{"%v", "%s", "%+v", "%#v", "%q"} {
			if s := fmt.Sprintf(verb, tok); strings.Contains(s, jwt[:20]) || strings.Contains(s, "eyJ") {
				t.Errorf("%s prints the token: %s", verb, s)
			}
		}
	}
	refused := map[string]i18n.Text{
		"refresh_token=8b2c0f3a9d4e4f5a":                 i18n.CheckRefuseRefresh,
		`{"refresh_token":"8b2c0f3a9d4e4f5a"}`:           i18n.CheckRefuseRefresh,
		"code=5f0b7c7e-aa1b-4c33-9d2a-0e1f2a3b4c5d":      i18n.CheckRefuseCode,
		"https://app.example/cb?code=5f0b7c7e&state=abc": i18n.CheckRefuseCode,
		"8b2c0f3a-9d4e-4f5a-b6c7-d8e9f0a1b2c3":           i18n.CheckRefuseNotJWT,
		"eyJhbGciOi.eyJ0ZW5hbnRJZCI.c2ln":                i18n.CheckRefuseBroken,
		"eyJ0eXAiOiJKV1QifQ.eyJ4IjoxfQ.sig\r\nX-Evil: 1": i18n.CheckRefuseNotJWT,
	}
	for paste, want := range refused {
		_, err := livecheck.ReadToken(paste, start)
		var re *livecheck.RefusedError
		if !errors.As(err, &re) || re.Message.Text != want {
			t.Errorf("ReadToken(%q) = %v, want %q", paste, err, want.En)
		}
	}
	if _, err := livecheck.ReadToken("   ", start); err == nil {
		t.Error("an empty paste is accepted")
	}
}
