package i18n

// The headings of the command line's help, which fang writes in English
// (its own words, upper case); the Swedish help says them in Swedish.
var (
	HelpHeadingUsage    = Text{En: "USAGE", Sv: "ANVÄNDNING"}
	HelpHeadingCommands = Text{En: "COMMANDS", Sv: "KOMMANDON"}
	HelpHeadingFlags    = Text{En: "FLAGS", Sv: "FLAGGOR"}
	HelpHeadingExamples = Text{En: "EXAMPLES", Sv: "EXEMPEL"}
)

// HelpHeadings lists them.
func HelpHeadings() []Text {
	return []Text{HelpHeadingUsage, HelpHeadingCommands, HelpHeadingFlags, HelpHeadingExamples}
}
