package i18n

// Descriptions of the command-line interface: commands and flags, shown by
// --help in the chosen language.
var (
	CmdRootShort = Text{
		En: "From a Fortnox integration error to the exact fix",
		Sv: "Från ett integrationsfel i Fortnox till rätt åtgärd",
	}
	CmdRootLong = Text{
		En: "fortnox-doctor asks a few questions about a failing Fortnox integration, or reads the error you paste, and ends at the fix: numbered steps, who must act, where to click in Fortnox and a message for the customer.\n\nRun it without a command to start the wizard.",
		Sv: "fortnox-doctor ställer några frågor om en Fortnox-integration som krånglar, eller läser felet du klistrar in, och landar i åtgärden: numrerade steg, vem som ska göra vad, var i Fortnox du klickar och ett meddelande till kunden.\n\nKör utan kommando för att starta guiden.",
	}
	CmdListShort  = Text{En: "List every fix: its ID and title", Sv: "Lista alla åtgärder: ID och rubrik"}
	CmdShowShort  = Text{En: "Show one fix in full", Sv: "Visa en åtgärd i sin helhet"}
	CmdGraphShort = Text{En: "Print the decision tree as Mermaid, DOT or JSON", Sv: "Skriv ut beslutsträdet som Mermaid, DOT eller JSON"}
	CmdListLong   = Text{En: "list prints every fix in the catalogue: its ID, which show takes, and its title, in the chosen language; --json gives them as an array.\n\nExit status: 0, or 2 for a usage error.", Sv: "list skriver ut alla åtgärder i katalogen: deras ID, som show tar, och rubrik, på det valda språket; --json ger dem som en array.\n\nSlutstatus: 0, eller 2 vid felaktig användning."}
	CmdShowLong   = Text{En: "show prints one fix in full: what to do and who does it, what to ask the other party, the message to send them, where in Fortnox, the cause and the sources. --as shows it for one reader, their own steps first.\n\nExit status: 0, or 2 for an unknown ID (the nearest one is suggested) or another usage error.", Sv: "show skriver ut en åtgärd i sin helhet: vad som ska göras och av vem, vad du ber den andra parten om, meddelandet till dem, var i Fortnox, orsaken och källorna. --as visar den för en läsare, med läsarens egna steg först.\n\nSlutstatus: 0, eller 2 för ett okänt ID (det närmaste föreslås) eller annan felaktig användning."}
	CmdGraphLong  = Text{En: "graph prints the wizard's decision tree: every question, its answers and the fix each leads to, as Mermaid (for a Markdown page), DOT (for Graphviz) or JSON.\n\nExit status: 0, or 2 for an unknown format or another usage error.", Sv: "graph skriver ut guidens beslutsträd: varje fråga, dess svar och åtgärden varje svar leder till, som Mermaid (för en Markdown-sida), DOT (för Graphviz) eller JSON.\n\nSlutstatus: 0, eller 2 för ett okänt format eller annan felaktig användning."}

	FlagLang       = Text{En: "language: sv or en (else FORTNOX_DOCTOR_LANG, LANG)", Sv: "språk: sv eller en (annars FORTNOX_DOCTOR_LANG, LANG)"}
	FlagJSON       = Text{En: "print JSON instead of text", Sv: "skriv ut JSON i stället för text"}
	FlagNoColor    = Text{En: "no colors (also NO_COLOR)", Sv: "inga färger (även NO_COLOR)"}
	FlagAccessible = Text{En: "numbered prompts, no full screen (also ACCESSIBLE=1)", Sv: "numrerade frågor, ingen helskärm (även ACCESSIBLE=1)"}
	FlagShowFormat = Text{En: "one of text, markdown, json", Sv: "en av text, markdown, json"}
	FlagGraphFmt   = Text{En: "one of mermaid, dot, json", Sv: "en av mermaid, dot, json"}

	ListHeaderID    = Text{En: "ID", Sv: "ID"}
	ListHeaderTitle = Text{En: "Title", Sv: "Rubrik"}
)

// Messages for usage errors. Each says what was wrong and what is valid,
// on one line.
var (
	ErrUnknownFix        = Text{En: "unknown fix ID %q (run `fortnox-doctor list` to see every ID)", Sv: "okänt åtgärds-ID %q (kör `fortnox-doctor list` för att se alla ID)"}
	ErrUnknownFixSuggest = Text{En: "unknown fix ID %q; did you mean %q? (run `fortnox-doctor list` to see every ID)", Sv: "okänt åtgärds-ID %q; menade du %q? (kör `fortnox-doctor list` för att se alla ID)"}
	ErrShowArgs          = Text{En: "show takes exactly one fix ID, e.g. `fortnox-doctor show invalid-refresh-token`", Sv: "show tar exakt ett åtgärds-ID, t.ex. `fortnox-doctor show invalid-refresh-token`"}
	ErrNoArgs            = Text{En: "%s takes no arguments, got %q", Sv: "%s tar inga argument (angavs: %q)"}
	ErrUnknownFormat     = Text{En: "unknown format %q (valid: %s)", Sv: "okänt format %q (giltiga: %s)"}
	ErrUnknownLang       = Text{En: "unknown language %q (valid: sv, en)", Sv: "okänt språk %q (giltiga: sv, en)"}
	ErrUsageHint         = Text{En: "%s (see `%s --help`)", Sv: "%s (se `%s --help`)"}
)

// Cobra's built-in commands and flags, translated.
var (
	CmdHelpShort          = Text{En: "Help about any command", Sv: "Hjälp om ett kommando"}
	CmdHelpLong           = Text{En: "Help about any command: fortnox-doctor help COMMAND shows what it does, its arguments and its flags.", Sv: "Hjälp om ett kommando: fortnox-doctor help KOMMANDO visar vad det gör, dess argument och dess flaggor."}
	CmdCompletionShort    = Text{En: "Print the shell completion script", Sv: "Skriv ut skalets kompletteringsskript"}
	CmdCompletionShell    = Text{En: "Print the completion script for %s", Sv: "Skriv ut kompletteringsskriptet för %s"}
	FlagHelp              = Text{En: "Show this help", Sv: "Visa den här hjälpen"}
	FlagVersion           = Text{En: "print the version, commit and date", Sv: "skriv ut version, commit och datum"}
	ErrUnknownCommand     = Text{En: "unknown command %q (valid: %s)", Sv: "okänt kommando %q (giltiga: %s)"}
	ErrCommandAfterDashes = Text{En: "%q comes after --, where nothing is read as a command; leave out the -- to run it", Sv: "%q står efter --, där inget läses som ett kommando; ta bort -- för att köra det"}
	ErrUnknownCmdNear     = Text{En: "unknown command %q; did you mean %q? (valid: %s)", Sv: "okänt kommando %q; menade du %q? (giltiga: %s)"}
)

// FlagNoDescriptions describes the completion commands' --no-descriptions flag.
var FlagNoDescriptions = Text{En: "leave out completion descriptions", Sv: "utelämna beskrivningar i kompletteringen"}

// completion's argument in its use line (`completion SHELL`, where fang
// would write `completion [command]`), and its description, which names
// the shells.
var (
	CmdCompletionArg  = Text{En: "SHELL", Sv: "SKAL"}
	CmdCompletionLong = Text{
		En: "Print the shell completion script for SHELL: %s. With --no-descriptions after the shell, the completions come without their descriptions.",
		Sv: "Skriv ut kompletteringsskriptet för SKAL: %s. Med --no-descriptions efter skalet kommer kompletteringarna utan sina beskrivningar.",
	}
)

// The placeholders fang writes in its use lines, in English, and their
// Swedish in the Swedish help: `fortnox-doctor [kommando] [--flaggor]`.
var (
	HelpArgCommand = Text{En: "[command]", Sv: "[kommando]"}
	HelpArgFlags   = Text{En: "[--flags]", Sv: "[--flaggor]"}
)

// HelpPlaceholders lists them.
func HelpPlaceholders() []Text { return []Text{HelpArgCommand, HelpArgFlags} }
