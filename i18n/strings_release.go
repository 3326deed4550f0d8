package i18n

// The parts of the --version line, which cobra prints after
// "fortnox-doctor version ", e.g. "1.2.3 (commit 0123abc, 2026-01-02)".
var (
	VersionCommit        = Text{En: "commit %s", Sv: "commit %s"}
	VersionCommitUnknown = Text{En: "commit unknown", Sv: "okänd commit"}
	VersionDateUnknown   = Text{En: "date unknown", Sv: "okänt datum"}
	VersionUnknown       = Text{En: "unknown", Sv: "okänd"}
)

// The man page (`fortnox-doctor man`, shipped by the release): its headings,
// placeholders and the sections that are not in the command tree. Swedish
// headings are those of Swedish man pages (NAMN, BESKRIVNING, FLAGGOR …).
var (
	CmdManShort      = Text{En: "Print the man page", Sv: "Skriv ut manualsidan"}
	ManManual        = Text{En: "User Commands", Sv: "Användarkommandon"}
	ManName          = Text{En: "Name", Sv: "Namn"}
	ManSynopsis      = Text{En: "Synopsis", Sv: "Översikt"}
	ManDescription   = Text{En: "Description", Sv: "Beskrivning"}
	ManOptions       = Text{En: "Options", Sv: "Flaggor"}
	ManCommands      = Text{En: "Commands", Sv: "Kommandon"}
	ManEnvironment   = Text{En: "Environment", Sv: "Miljö"}
	ManExitStatus    = Text{En: "Exit status", Sv: "Slutstatus"}
	ManOptionsArg    = Text{En: "options", Sv: "flaggor"}
	ManCommandArg    = Text{En: "command", Sv: "kommando"}
	ManExamples      = Text{En: "Examples:", Sv: "Exempel:"}
	ManDefault       = Text{En: "(default: %s)", Sv: "(standard: %s)"}
	ManCommandsIntro = Text{
		En: "Every command also takes the options above but --output and --version. Run a command with --help to read the same in the terminal.",
		Sv: "Alla kommandon tar även flaggorna ovan utom --output och --version. Kör ett kommando med --help för att läsa samma sak i terminalen.",
	}

	ManEnvLang = Text{
		En: "The language, sv or en, when --lang is not given.",
		Sv: "Språket, sv eller en, när --lang inte anges.",
	}
	ManEnvLocale = Text{
		En: "The locale, when neither --lang nor FORTNOX_DOCTOR_LANG says the language: the first of them that is set decides, and a Swedish locale (such as sv_SE.UTF-8) means Swedish. Anything else means English.",
		Sv: "Systemets språkinställning, när varken --lang eller FORTNOX_DOCTOR_LANG anger språket: den första av dem som är satt avgör, och en svensk inställning (till exempel sv_SE.UTF-8) ger svenska. Allt annat ger engelska.",
	}
	ManEnvNoColor = Text{
		En: "Any value but the empty one: no colors, as --no-color.",
		Sv: "Vilket värde som helst som inte är tomt: inga färger, som --no-color.",
	}
	ManEnvAccessible = Text{
		En: "A true value (1, true, yes): plain numbered prompts, as --accessible.",
		Sv: "Ett sant värde (1, true, yes): enkla numrerade frågor, som --accessible.",
	}

	ManExitOK = Text{
		En: "Success: a fix matched with high confidence, the URL has no errors, the token is readable and not expired, every check passed.",
		Sv: "Lyckades: en åtgärd matchade säkert, länken har inga fel, token går att läsa och har inte gått ut, alla kontroller gick igenom.",
	}
	ManExitNegative = Text{
		En: "The answer is no: no confident match, the URL or token has errors, a check failed, or standard output could not be written.",
		Sv: "Svaret är nej: ingen säker träff, länken eller token har fel, en kontroll misslyckades, eller så gick det inte att skriva till standard ut.",
	}
	ManExitUsage = Text{
		En: "Usage error: an unknown command, flag or fix ID, or input that could not be read.",
		Sv: "Felaktig användning: okänt kommando, okänd flagga eller okänt åtgärds-ID, eller indata som inte gick att läsa.",
	}
	ManExitCheck = Text{
		En: "check could not check anything (network, timeout).",
		Sv: "check kunde inte kontrollera något (nätverk, tidsgräns).",
	}
	ManExitInterrupted = Text{
		En: "Interrupted by the user (Ctrl+C).",
		Sv: "Avbruten av användaren (Ctrl+C).",
	}
)
