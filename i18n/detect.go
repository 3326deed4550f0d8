package i18n

import "fmt"

// Source says where a detected language came from.
type Source int

// The places a language can come from, in the order they are consulted.
const (
	FromFlag      Source = iota // --lang
	FromEnv                     // FORTNOX_DOCTOR_LANG
	FromLocaleEnv               // LC_ALL, LC_MESSAGES or LANG
	FromDefault                 // nothing said anything: English
)

// Explicit reports whether the user chose the language for this tool
// (by flag or by FORTNOX_DOCTOR_LANG) rather than it being guessed from the
// locale. The wizard skips its language screen only for an explicit choice.
func (s Source) Explicit() bool { return s == FromFlag || s == FromEnv }

// Detect picks the language in the order of the command-line contract:
// the --lang flag value, then FORTNOX_DOCTOR_LANG, then the first non-empty
// of LC_ALL, LC_MESSAGES and LANG (as POSIX orders them), else English.
//
// An unknown --lang value is a usage error. An unknown FORTNOX_DOCTOR_LANG is
// ignored, like an unknown locale, because an environment left over from
// another shell should not stop the tool from starting.
func Detect(flag string, getenv func(string) string) (Lang, Source, error) {
	if flag != "" {
		l, err := Parse(flag)
		if err != nil {
			return English, FromFlag, fmt.Errorf("--lang: %w", err)
		}
		return l, FromFlag, nil
	}
	if v := getenv("FORTNOX_DOCTOR_LANG"); v != "" {
		if l, err := Parse(v); err == nil {
			return l, FromEnv, nil
		}
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		// The first variable that is set decides, even when it names a
		// language we do not speak: LC_ALL=de_DE means German, not
		// "look at LANG instead".
		if l, ok := FromLocale(v); ok {
			return l, FromLocaleEnv, nil
		}
		return English, FromDefault, nil
	}
	return English, FromDefault, nil
}
