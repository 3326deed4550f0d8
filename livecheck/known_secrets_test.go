package livecheck_test

import (
	"strings"
	"testing"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/internal/fortnoxdouble"
	"github.com/fortnox-doctor/fortnox-doctor/livecheck"
)

// TestEchoedSecretIsHiddenByValue: a token endpoint that repeats the
// client secret it was sent, one the redactor does not know by its shape
// (an outside audit's "MyClientSecretValue987"), shows it nowhere: the
// run hides the secrets it holds by value.
func TestEchoedSecretIsHiddenByValue(t *testing.T) {
	const secret = "MyClientSecretValue987"
	if diagnose.Clean("plain "+secret) != "plain "+secret {
		t.Fatalf("the redactor hides %q by its shape: the test needs one it does not", secret)
	}
	r, _ := runAgainst(t, fortnoxdouble.SecretEchoed, livecheck.Options{
		ClientCredentials: &livecheck.ClientCredentials{ClientID: fortnoxdouble.ClientID, ClientSecret: secret},
	})
	c, ok := statusOf(r, livecheck.CheckClientCredentials)
	if !ok || c.Evidence.Code != "invalid_client" {
		t.Fatalf("client credentials: %+v", c)
	}
	all := strings.Join(shown(r), "\n")
	if strings.Contains(all, secret) {
		t.Errorf("the secret shows:\n%s", all)
	}
	if !strings.Contains(c.Evidence.Message, "[redacted:client-secret]") {
		t.Errorf("evidence %q does not say a secret was hidden", c.Evidence.Message)
	}
}
