package i18n

// Usage errors of the output flags.
var (
	// ErrJSONAndFormat refuses --json beside a --format other than json.
	ErrJSONAndFormat = Text{En: "--json and --format %s ask for two outputs; use one of them", Sv: "--json och --format %s ber om två olika utdata; använd en av dem"}
)

// cobra's and pflag's flag errors in both languages: the prefix each
// message starts with, and its translation. The rest of the message (the
// flag, the value) is kept.
var (
	ErrFlagUnknown      = Text{En: "unknown flag:", Sv: "okänd flagga:"}
	ErrFlagUnknownShort = Text{En: "unknown shorthand flag:", Sv: "okänd kort flagga:"}
	ErrFlagNeedsValue   = Text{En: "flag needs an argument:", Sv: "flaggan behöver ett värde:"}
	ErrFlagInvalid      = Text{En: "invalid argument", Sv: "ogiltigt värde"}
	ErrFlagBadSyntax    = Text{En: "bad flag syntax:", Sv: "felaktig flagga:"}
)

// The built-in commands' usage errors.
var (
	// ErrCompletionShell says which shells completion takes.
	ErrCompletionShell = Text{En: "completion needs a shell: %s", Sv: "completion behöver ett skal: %s"}
	// ErrUnknownHelpTopic is help for a command that does not exist.
	ErrUnknownHelpTopic     = Text{En: "no help for %q: no such command (valid: %s)", Sv: "ingen hjälp för %q: kommandot finns inte (giltiga: %s)"}
	ErrUnknownHelpTopicNear = Text{En: "no help for %q; did you mean %q? (valid: %s)", Sv: "ingen hjälp för %q; menade du %q? (giltiga: %s)"}
)

// --json on a command that has no JSON form, and what the command writes
// instead.
var (
	ErrNoJSON         = Text{En: "%s writes %s, which has no JSON form; leave out --json", Sv: "%s skriver %s, som inte finns som JSON; utelämna --json"}
	OutputShellScript = Text{En: "a shell script", Sv: "ett skalskript"}
	OutputManPage     = Text{En: "a man page", Sv: "en manualsida"}
	OutputHelp        = Text{En: "help text", Sv: "hjälptext"}
)

// ErrFlagEmpty is a flag given an empty value (--lang=), which would
// otherwise pass for the flag not given at all.
var ErrFlagEmpty = Text{En: "%s needs a value, and it was given an empty one", Sv: "%s behöver ett värde, men fick ett tomt"}
