package i18n

// More texts of the command line: check's summary when some checks did not
// run, the causes of common failures in the user's language instead of Go's
// English, and usage errors of the built-in flags and commands.

// check's summary when no check failed but some did not run.
var (
	CheckIncomplete = Text{
		En: "No check failed, but %d of %d checks were not run or could not be checked: this is not an all-clear.",
		Sv: "Ingen kontroll gick fel, men %d av %d kontroller kördes inte eller kunde inte kontrolleras: det här är inget klartecken.",
	}
	CheckIncompleteCapped = Text{
		En: "The cap of %d requests (--max-requests) was reached; raise it to run every check.",
		Sv: "Taket på %d anrop (--max-requests) nåddes; höj det för att köra alla kontroller.",
	}
)

// The common causes of a failure, for ErrorCause.
var (
	CauseNotFound    = Text{En: "no such file or folder", Sv: "filen eller mappen finns inte"}
	CausePermission  = Text{En: "permission denied", Sv: "behörighet saknas"}
	CauseIsDir       = Text{En: "it is a folder, not a file", Sv: "det är en mapp, inte en fil"}
	CauseNotDir      = Text{En: "a part of the path is not a folder", Sv: "en del av sökvägen är ingen mapp"}
	CauseNoSpace     = Text{En: "no space left on the device", Sv: "inget utrymme kvar på enheten"}
	CauseNameTooLong = Text{En: "the file name is too long", Sv: "filnamnet är för långt"}
	CauseDNS         = Text{En: "the name %s could not be looked up (DNS): is this machine online?", Sv: "namnet %s gick inte att slå upp (DNS): är datorn ansluten till nätet?"}
	CauseDNSTimeout  = Text{En: "looking up the name %s (DNS) took too long", Sv: "uppslagningen av namnet %s (DNS) tog för lång tid"}
	CauseTimeout     = Text{En: "no answer in time (timeout)", Sv: "inget svar i tid (tidsgränsen nåddes)"}
	CauseRefused     = Text{En: "connection refused: nothing answers at that address", Sv: "anslutningen nekades: ingenting svarar på den adressen"}
	CauseUnreachable = Text{En: "the network is unreachable: is this machine online?", Sv: "nätverket går inte att nå: är datorn ansluten till nätet?"}
	CauseReset       = Text{En: "the connection was cut off (reset)", Sv: "anslutningen bröts (reset)"}
	CauseClosed      = Text{En: "the server closed the connection without answering (does it speak https?)", Sv: "servern stängde anslutningen utan att svara (talar den https?)"}
	CauseNotTLS      = Text{En: "the server does not speak https (is the URL http://?)", Sv: "servern talar inte https (är URL:en http://?)"}
)

// CauseParentNotDir says the folder part of a path names a file.
var CauseParentNotDir = Text{En: "%s is not a folder", Sv: "%s är ingen mapp"}

// Flag values that cannot be used, said in the user's language instead of
// pflag's and Go's English.
var (
	ErrFlagBadValue   = Text{En: "invalid value %q for %s: %s", Sv: "ogiltigt värde %q för %s: %s"}
	ErrFlagValueFlag  = Text{En: "%s needs a value, but what follows it, %s, is a flag", Sv: "%s behöver ett värde, men det som följer, %s, är en flagga"}
	ReasonNotDuration = Text{En: "not a length of time; write e.g. 10s, 500ms or 2m", Sv: "ingen tidslängd; skriv t.ex. 10s, 500ms eller 2m"}
	ReasonNotInteger  = Text{En: "not a whole number", Sv: "inget heltal"}
	ReasonOutOfRange  = Text{En: "a number out of range", Sv: "ett tal utanför det tillåtna"}
	ReasonNotBool     = Text{En: "write true or false", Sv: "skriv true eller false"}
)

// CheckConfirmAccessible is check's question in the accessible mode, in
// words rather than "[y/N]".
var CheckConfirmAccessible = Text{
	En: "Send them? Type y and press Enter to send; anything else sends nothing:",
	Sv: "Skicka dem? Skriv j och tryck Enter för att skicka; allt annat skickar ingenting:",
}

// ErrVersionArgs refuses arguments beside --version.
var ErrVersionArgs = Text{En: "--version takes no arguments, got %q", Sv: "--version tar inga argument (angavs: %q)"}

// ErrUnknownShell is completion for a shell it has no script for.
var ErrUnknownShell = Text{En: "completion: %q is not a known shell (valid: %s)", Sv: "completion: %q är inget känt skal (giltiga: %s)"}

// Input that is too large or missing, said for the command that read it.
var (
	ErrURLTooLarge = Text{
		En: "the input is larger than %s: give only the activation link, the URL that starts with https://apps.fortnox.se/oauth-v1/auth",
		Sv: "indata är större än %s: ange bara aktiveringslänken, URL:en som börjar med https://apps.fortnox.se/oauth-v1/auth",
	}
	ErrTokenTooLarge = Text{
		En: "the input is larger than %s: give only the access token, its Authorization: Bearer header or the token response",
		Sv: "indata är större än %s: ange bara access-token, dess Authorization: Bearer-header eller token-svaret",
	}
	CheckErrNoToken = Text{
		En: "no token: give the access token on standard input, with --token-file FILE or in FORTNOX_ACCESS_TOKEN",
		Sv: "ingen token: ange access-token på standard in, med --token-file FIL eller i FORTNOX_ACCESS_TOKEN",
	}
)

// FlagCheckScopesValues describes check's --scopes in --help's flag list,
// which does not wrap; CheckScopesHelp, in the command's description,
// names the default and the valid values.
var (
	FlagCheckScopesValues = Text{En: "scopes to check, comma-separated (list above)", Sv: "scopes att kontrollera, kommaseparerade (lista ovan)"}
	CheckScopesHelp       = Text{
		En: "--scopes names the scopes to check, comma-separated. Without it, check takes the token's own scopes, else %s. Valid scopes: %s.",
		Sv: "--scopes anger scopen som ska kontrolleras, kommaseparerade. Utan den använder check de scopes som token har, annars %s. Giltiga scopes: %s.",
	}
)

// The wizard's --output when the file or its folder may not be written:
// said before the walk, not after it.
var (
	ErrOutputReadOnly = Text{
		En: "--output %q exists and you may not write to it (it is read-only for you, or another user's); name another file, or make it writable first",
		Sv: "--output %q finns redan och du får inte skriva i den (den är skrivskyddad för dig, eller en annan användares); ange en annan fil, eller gör den skrivbar först",
	}
	ErrOutputFolderReadOnly = Text{
		En: "cannot write --output %q: you may not create files in the folder %q; name a file in a folder of your own",
		Sv: "kan inte skriva --output %q: du får inte skapa filer i mappen %q; ange en fil i en mapp du kan skriva i",
	}
)

// CauseNotReadable is standard input open for writing only (`<&3` with 3
// opened for writing), where Go says "bad file descriptor".
var CauseNotReadable = Text{En: "it is not open for reading", Sv: "den är inte öppen för läsning"}
