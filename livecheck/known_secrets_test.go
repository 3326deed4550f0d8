package livecheck_test

import (
	"context"
	"strings"
	"testing"
	"time"

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

// TestEchoedSecretIsHiddenBeforeTheCut: a secret echoed near the end of a
// long message, where the cut to 200 characters falls inside it, in upper
// case, or a short one, shows no part of itself (a code review had
// "…abMyClientSecr…").
func TestEchoedSecretIsHiddenBeforeTheCut(t *testing.T) {
	for _, secret := range []string{"MyClientSecretValue987", "Ab3x9"} {
		for _, echo := range []func(string) string{
			func(s string) string { return strings.Repeat("a", 187) + s },
			strings.ToUpper,
		} {
			clock := fortnoxdouble.NewClock(start)
			d := fortnoxdouble.Start(t, fortnoxdouble.SecretEchoed, clock)
			d.Echo = echo
			tok, err := livecheck.ReadToken(d.Token, clock.Now())
			if err != nil {
				t.Fatal(err)
			}
			r := livecheck.Run(context.Background(), tok, livecheck.Options{
				BaseURL: d.URL, TokenURL: d.URL + "/oauth-v1/token", Clock: clock, Timeout: 2 * time.Second,
				ClientCredentials: &livecheck.ClientCredentials{ClientID: fortnoxdouble.ClientID, ClientSecret: secret},
			})
			all := strings.Join(shown(r), "\n")
			for _, part := range []string{secret[:len(secret)-1], strings.ToUpper(secret[:len(secret)-1])} {
				if strings.Contains(all, part) {
					t.Errorf("%q echoed as %.40q…: %q shows:\n%s", secret, echo(secret), part, all)
				}
			}
		}
	}
}
