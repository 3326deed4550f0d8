package diagnose

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

func TestInputBounds(t *testing.T) {
	big := strings.Repeat("a", MaxInputBytes+1)
	readers := map[string]func(string) error{
		"Explain":      func(s string) error { _, err := Explain(s); return err },
		"CheckURL":     func(s string) error { _, err := CheckURL(s); return err },
		"InspectToken": func(s string) error { _, err := InspectToken(s, time.Now()); return err },
		"CheckInput":   CheckInput,
	}
	for name, read := range readers {
		t.Run(name, func(t *testing.T) {
			for _, tc := range []struct {
				in   string
				want error
			}{{"", ErrEmpty}, {" \n\t", ErrEmpty}, {"\u200b\ufeff\x1b[31m \u2060", ErrEmpty}, {big, ErrTooLarge}} {
				err := read(tc.in)
				if !errors.Is(err, tc.want) {
					t.Fatalf("error = %v, want %v", err, tc.want)
				}
				var ie *InputError
				if !errors.As(err, &ie) || ie.Message.In(i18n.English) == ie.Message.In(i18n.Swedish) || ie.Error() == "" {
					t.Errorf("input errors say what to do in both languages: %#v", err)
				}
			}
			if err := read(strings.Repeat("a", MaxInputBytes)); err != nil && (errors.Is(err, ErrTooLarge) || errors.Is(err, ErrEmpty)) {
				t.Errorf("exactly 1 MiB is accepted: %v", err)
			}
		})
	}
	if !errors.Is(TooLarge(), ErrTooLarge) {
		t.Error("TooLarge does not wrap ErrTooLarge")
	}
}

func TestEmptyInputSaysWhatToPaste(t *testing.T) {
	_, e1 := Explain("")
	_, e2 := CheckURL("")
	_, e3 := InspectToken("", testNow)
	for _, err := range []error{e1, e2, e3} {
		var ie *InputError
		errors.As(err, &ie)
		for _, l := range i18n.Langs() {
			if m := ie.Message.In(l); !strings.ContainsAny(m, ":") || len(m) < 30 {
				t.Errorf("%s: %q does not say what to paste", l, m)
			}
		}
	}
	if e1.Error() == e2.Error() || e2.Error() == e3.Error() {
		t.Error("each reader says what it wants")
	}
}

func TestBinaryIsNotText(t *testing.T) {
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i*i*31) // fixed, spread over every byte value
	}
	utf16 := []byte{}
	for _, c := range "Invalid refresh token" {
		utf16 = append(utf16, byte(c), 0)
	}
	for _, tc := range []struct {
		name, paste string
		notText     bool
	}{
		{"random bytes", string(random), true},
		{"a zip header", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", true},
		{"UTF-16", string(utf16), true},
		{"Latin-1 ö in a message", "Kunde inte hitta konto \xf6 1930", false},
		{"colour codes", "\x1b[31mInvalid refresh token\x1b[0m\r\n\tat x", false},
		{"a NUL in a log line", "Invalid refresh token\x00 from Fortnox", false},
	} {
		err := CheckInput(tc.paste)
		if got := errors.Is(err, ErrNotText); got != tc.notText {
			t.Errorf("%s: CheckInput = %v, want not text %v", tc.name, err, tc.notText)
		}
		_, err = Explain(tc.paste)
		if got := errors.Is(err, ErrNotText); got != tc.notText {
			t.Errorf("%s: Explain error %v, want not text %v", tc.name, err, tc.notText)
		}
	}
}

// TestBinarySaysWhatToGive: binary data given for a link or a token is
// refused with what to give instead, not with "paste the error message".
func TestBinarySaysWhatToGive(t *testing.T) {
	binary := "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"
	var ie *InputError
	if _, err := CheckURL(binary); !errors.As(err, &ie) || ie.Message.Text != i18n.DiagErrNotTextURL {
		t.Errorf("CheckURL: %v", err)
	}
	if _, err := InspectToken(binary, time.Now()); !errors.As(err, &ie) || ie.Message.Text != i18n.DiagErrNotTextToken {
		t.Errorf("InspectToken: %v", err)
	}
}
