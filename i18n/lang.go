// Package i18n holds the languages fortnox-doctor speaks: the Lang type, the
// bilingual Text that every user-visible string is made of, locale detection,
// and the interface's own strings.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language the tool speaks, named by its ISO 639-1 code.
type Lang string

// The two languages. English is the fallback when nothing else is known.
const (
	English Lang = "en"
	Swedish Lang = "sv"
)

// Langs returns every supported language in the order they are offered.
func Langs() []Lang { return []Lang{Swedish, English} }

// String returns the language code, e.g. "sv".
func (l Lang) String() string { return string(l) }

// Name returns the language's name in that language ("Svenska", "English"),
// which is how a language picker should show it.
func (l Lang) Name() string {
	if l == Swedish {
		return "Svenska"
	}
	return "English"
}

// Other is the other of the two languages: the one a language key
// switches to.
func (l Lang) Other() Lang {
	if l == Swedish {
		return English
	}
	return Swedish
}

// Parse reads a language as a user types it: "sv", "en", "svenska",
// "english", "swedish", or a locale such as "sv_SE.UTF-8". Letter case does
// not matter.
func Parse(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "sv", "svenska", "swedish":
		return Swedish, nil
	case "en", "english", "engelska":
		return English, nil
	}
	if l, ok := FromLocale(s); ok {
		return l, nil
	}
	return "", fmt.Errorf("unknown language %q (valid: sv, en)", s)
}

// FromLocale maps a POSIX locale name (language[_territory][.codeset][@modifier])
// to a language. Every Swedish locale (sv, sv_SE.UTF-8, sv_FI) is Swedish,
// every English one is English; anything else, including "C" and "POSIX",
// reports false so that detection can fall back.
func FromLocale(locale string) (Lang, bool) {
	name := strings.ToLower(strings.TrimSpace(locale))
	if i := strings.IndexAny(name, "_-.@"); i >= 0 {
		name = name[:i]
	}
	switch name {
	case "sv":
		return Swedish, true
	case "en":
		return English, true
	}
	return "", false
}
