package main

import (
	"strings"
	"testing"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// TestFlagHelpSurvivesCapitalising: the help (fang) capitalises the first
// word of a flag's description and lowers the rest of that word, so a
// description may not start with a word that has a capital after its
// first letter ("API" became "Api", "ClientID" "Clientid"), nor with one
// of the flag's values ("mermaid, dot or json" showed "Mermaid", which
// --format refuses).
func TestFlagHelpSurvivesCapitalising(t *testing.T) {
	for _, l := range i18n.Langs() {
		a, _, _ := newWizardTestApp("")
		a.lang = l
		var walk func(c *cobra.Command)
		walk = func(c *cobra.Command) {
			c.Flags().VisitAll(func(f *pflag.Flag) {
				words := strings.Fields(f.Usage)
				if len(words) == 0 {
					t.Errorf("%s %s --%s has no description", l, c.CommandPath(), f.Name)
					return
				}
				first := []rune(words[0])
				if strings.ToLower(string(first[1:])) != string(first[1:]) {
					t.Errorf("%s %s --%s starts with %q, which the help shows in other letters", l, c.CommandPath(), f.Name, words[0])
				}
				if complete, ok := c.GetFlagCompletionFunc(f.Name); ok {
					values, _ := complete(c, nil, "")
					word := strings.TrimFunc(string(first), func(r rune) bool { return !unicode.IsLetter(r) })
					for _, v := range values {
						if strings.EqualFold(v, word) {
							t.Errorf("%s %s --%s starts with its value %q, which the help capitalises", l, c.CommandPath(), f.Name, v)
						}
					}
				}
			})
			for _, s := range c.Commands() {
				walk(s)
			}
		}
		walk(newRootCmd(a))
	}
}
