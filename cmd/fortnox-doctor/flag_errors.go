package main

import (
	"errors"
	"strconv"
	"strings"

	"github.com/fortnox-doctor/fortnox-doctor/diagnose"
	"github.com/fortnox-doctor/fortnox-doctor/i18n"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagError turns cobra's and pflag's complaint about a flag into a usage
// error in the user's language: a value that is the next flag says the
// value is missing, a value of the wrong kind says which kind is wanted,
// and the rest have their English beginning translated.
func flagError(a *app, c *cobra.Command, err error) error {
	var invalid *pflag.InvalidValueError
	if errors.As(err, &invalid) {
		if f := invalid.GetFlag(); f != nil {
			if strings.TrimSpace(invalid.GetValue()) == "" {
				// --timeout= says what --lang= says: no value.
				return usageError(i18n.ErrUsageHint.Format(a.lang, i18n.ErrFlagEmpty.Format(a.lang, "--"+f.Name), c.CommandPath()))
			}
			if isFlagName(c, invalid.GetValue()) {
				return usageError(i18n.ErrUsageHint.Format(a.lang,
					i18n.ErrFlagValueFlag.Format(a.lang, "--"+f.Name, quoteArg(invalid.GetValue())), c.CommandPath()))
			}
			msg := i18n.ErrFlagBadValue.Format(a.lang, quoteArg(invalid.GetValue()), "--"+f.Name, valueReason(a.lang, f, errors.Unwrap(invalid)))
			return usageError(i18n.ErrUsageHint.Format(a.lang, diagnose.Quote(msg, maxQuoted*4), c.CommandPath()))
		}
	}
	// The error quotes the argument, which may be a whole paste.
	quoted := diagnose.Quote(translateFlagError(requoteArgs(err.Error()), a.lang), maxQuoted*4)
	if c.Name() == "explain" && strings.HasPrefix(err.Error(), "bad flag syntax") {
		return usageError(i18n.ErrExplainLooksLikePaste.Format(a.lang, quoted))
	}
	return usageError(i18n.ErrUsageHint.Format(a.lang, quoted, c.CommandPath()))
}

// valueReason says what kind of value a flag wants, by its type; for a type
// without words of its own, the parser's reason.
func valueReason(l i18n.Lang, f *pflag.Flag, cause error) string {
	switch f.Value.Type() {
	case "duration":
		return i18n.ReasonNotDuration.In(l)
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		if errors.Is(cause, strconv.ErrRange) {
			// 99999999999999999999 is a whole number, only too large.
			return i18n.ReasonOutOfRange.In(l)
		}
		return i18n.ReasonNotInteger.In(l)
	case "bool":
		return i18n.ReasonNotBool.In(l)
	}
	if cause == nil {
		return ""
	}
	return i18n.ErrorCauseIn(l, cause)
}

// isFlagName reports whether an argument is one of the command's flags
// (--name, --name=value, or -x for a shorthand): given as a flag's value, it
// means the value was left out.
func isFlagName(c *cobra.Command, arg string) bool {
	flags := c.Flags()
	if name, ok := strings.CutPrefix(arg, "--"); ok {
		name, _, _ = strings.Cut(name, "=")
		return name != "" && flags.Lookup(name) != nil
	}
	if short, ok := strings.CutPrefix(arg, "-"); ok && len(short) == 1 {
		return flags.ShorthandLookup(short) != nil
	}
	return false
}

// checkFlagValuesFirst makes every command refuse, before its arguments
// are checked, a flag whose value is another flag: in `graph --format
// --lang en`, --format took --lang as its value and left "en" as an
// argument, and the mistake is the value left out, not the argument.
func checkFlagValuesFirst(a *app, c *cobra.Command) {
	args := c.Args
	c.Args = func(cmd *cobra.Command, rest []string) error {
		var err error
		cmd.Flags().Visit(func(f *pflag.Flag) {
			if err != nil {
				return
			}
			for _, v := range flagValues(f) {
				if isFlagName(cmd, v) {
					err = usageError(i18n.ErrUsageHint.Format(a.lang,
						i18n.ErrFlagValueFlag.Format(a.lang, "--"+f.Name, quoteArg(v)), cmd.CommandPath()))
					return
				}
			}
		})
		if err != nil {
			return err
		}
		if args == nil {
			return cobra.ArbitraryArgs(cmd, rest)
		}
		return args(cmd, rest)
	}
	for _, sub := range c.Commands() {
		checkFlagValuesFirst(a, sub)
	}
}

// flagValues are the values given to a string or string-list flag; other
// kinds of flag refuse a flag as their value while parsing.
func flagValues(f *pflag.Flag) []string {
	switch v := f.Value.(type) {
	case pflag.SliceValue:
		return v.GetSlice()
	}
	if f.Value.Type() == "string" {
		return []string{f.Value.String()}
	}
	return nil
}
