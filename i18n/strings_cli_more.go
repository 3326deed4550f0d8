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
