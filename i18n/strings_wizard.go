package i18n

// The wizard's screens: the language picker, the questions, the paste
// screen, its result and the fix.
var (
	WizChooseLang = Text{En: "Choose a language", Sv: "Välj språk"}
	WizWelcome    = Text{En: "A few questions, then the fix.", Sv: "Några frågor, sedan rätt åtgärd."}
	WizProgress   = Text{En: "question %d of up to %d", Sv: "fråga %d av högst %d"}
	WizFixReached = Text{En: "the fix", Sv: "åtgärden"}
	WizMoreBelow  = Text{En: "↓ more below", Sv: "↓ mer nedanför"}
	// WizMoreAboveLong is beside "↓ more below" under a scrolled text.
	WizMoreAboveLong = Text{En: "↑ more above", Sv: "↑ mer ovanför"}
)

// The paste screen and its result. What a result says comes from the
// diagnose room's strings, shared with explain, check-url and inspect-token.
var (
	WizPasteReached   = Text{En: "paste", Sv: "klistra in"}
	WizResultReached  = Text{En: "the result", Sv: "resultatet"}
	WizPasteHowTo     = Text{En: "Paste with your terminal's paste keys, or type; then press Enter.", Sv: "Klistra in med terminalens kortkommando, eller skriv; tryck sedan Enter."}
	WizMoreLine       = Text{En: "… and 1 more line", Sv: "… och 1 rad till"}
	WizMoreLines      = Text{En: "… and %d more lines", Sv: "… och %d rader till"}
	WizLineAbove      = Text{En: "↑ 1 more line above", Sv: "↑ 1 rad till ovanför"}
	WizLinesAbove     = Text{En: "↑ %d more lines above", Sv: "↑ %d rader till ovanför"}
	WizPastedText     = Text{En: "Pasted text", Sv: "Inklistrad text"}
	WizPastedURL      = Text{En: "Pasted link", Sv: "Inklistrad länk"}
	WizPastedToken    = Text{En: "Pasted token", Sv: "Inklistrad token"}
	WizAnswerInstead  = Text{En: "Answer the questions instead", Sv: "Svara på frågorna i stället"}
	WizActivationLink = Text{En: "Activation link", Sv: "Aktiveringslänk"}
	WizCannotRead     = Text{En: "cannot read the text: %v", Sv: "kan inte läsa texten: %v"}
)

// Help footer: what each key does, shown next to the key.
var (
	KeyMove        = Text{En: "move", Sv: "flytta"}
	KeyChoose      = Text{En: "choose", Sv: "välj"}
	KeyBack        = Text{En: "back", Sv: "tillbaka"}
	KeyFilter      = Text{En: "filter", Sv: "filtrera"}
	KeyStopFilter  = Text{En: "stop typing", Sv: "sluta skriva"}
	KeyClearFilter = Text{En: "clear filter", Sv: "rensa filtret"}
	KeyRestart     = Text{En: "start over", Sv: "börja om"}
	KeyQuit        = Text{En: "quit", Sv: "avsluta"}
	KeyMoreKeys    = Text{En: "more", Sv: "mer"}
	KeyFewerKeys   = Text{En: "less", Sv: "mindre"}
	KeyScroll      = Text{En: "scroll", Sv: "bläddra"}
	KeyPage        = Text{En: "page", Sv: "sida"}
	KeyTopBottom   = Text{En: "top/end", Sv: "början/slut"}
	KeyCopySteps   = Text{En: "copy steps", Sv: "kopiera stegen"}
	KeyCopyMessage = Text{En: "copy message", Sv: "kopiera meddelandet"}
	KeyCopyTo      = Text{En: "copy %s", Sv: "kopiera %s"}
	KeyInterrupt   = Text{En: "abort", Sv: "avbryt"}
	KeyAnalyse     = Text{En: "read it", Sv: "läs in"}
	KeyClear       = Text{En: "clear", Sv: "töm"}
	KeyOpen        = Text{En: "open", Sv: "öppna"}
)

// Status lines after a copy. They claim no more than is known: a native
// clipboard write reports success, an OSC 52 sequence is never confirmed by
// the terminal.
var (
	WizCopiedSteps   = Text{En: "✓ Steps copied to the clipboard.", Sv: "✓ Stegen är kopierade till urklipp."}
	WizCopiedMessage = Text{En: "✓ Copied to the clipboard: %s.", Sv: "✓ Kopierat till urklipp: %s."}
	WizSentSteps     = Text{
		En: "Steps sent to the terminal's clipboard, if it allows it; q also prints the fix.",
		Sv: "Stegen skickades till terminalens urklipp, om den tillåter det; q skriver också ut åtgärden.",
	}
	WizSentMessage = Text{
		En: "%s: sent to the terminal's clipboard, if it allows it; q also prints the fix.",
		Sv: "%s: skickat till terminalens urklipp, om den tillåter det; q skriver också ut åtgärden.",
	}
)

// The accessible mode: plain numbered prompts read line by line.
var (
	AccPrompt = Text{
		En: "Type a number from 1 to %d and press Enter (0 goes back): ",
		Sv: "Skriv ett nummer från 1 till %d och tryck Enter (0 går tillbaka): ",
	}
	AccPromptFirst = Text{
		En: "Type a number from 1 to %d and press Enter: ",
		Sv: "Skriv ett nummer från 1 till %d och tryck Enter: ",
	}
	// AccPromptOne and AccPromptOneFirst are the prompts where there is
	// one choice only.
	AccPromptOne      = Text{En: "Type 1 and press Enter (0 goes back): ", Sv: "Skriv 1 och tryck Enter (0 går tillbaka): "}
	AccPromptOneFirst = Text{En: "Type 1 and press Enter: ", Sv: "Skriv 1 och tryck Enter: "}
	AccLangPrompt     = Text{
		En: "Type 1 or 2 and press Enter (Enter alone keeps %s): ",
		Sv: "Skriv 1 eller 2 och tryck Enter (bara Enter behåller %s): ",
	}
	AccInvalid = Text{
		En: "%q is not one of the choices. Type a number from 1 to %d.",
		Sv: "%q finns inte bland alternativen. Skriv ett nummer från 1 till %d.",
	}
	AccEmpty  = Text{En: "Type a number from 1 to %d.", Sv: "Skriv ett nummer från 1 till %d."}
	AccNoBack = Text{En: "This is the first question; there is nothing to go back to.", Sv: "Det här är första frågan; det finns inget att gå tillbaka till."}
	AccEnded  = Text{En: "the input ended before the wizard reached a fix", Sv: "indata tog slut innan guiden kom fram till en åtgärd"}
	// AccEndedAtResult: the input ended where a fix was to be chosen from a
	// paste's result, most often a text piped in.
	AccEndedAtResult = Text{
		En: "the input ended before a fix was chosen; to read a text from a pipe, use fortnox-doctor explain",
		Sv: "indata tog slut innan en åtgärd valdes; för att läsa in en text från en pipe, använd fortnox-doctor explain",
	}

	AccChooseFix = Text{En: "Which do you want to open?", Sv: "Vilken vill du öppna?"}

	AccAfterFix = Text{
		En: "Press Enter to end, type 0 to go back or r to start over: ",
		Sv: "Tryck Enter för att avsluta, skriv 0 för att gå tillbaka eller r för att börja om: ",
	}
	AccAfterFixSeeAlso = Text{
		En: "Press Enter to end, type s to open the fix under See also, 0 to go back or r to start over: ",
		Sv: "Tryck Enter för att avsluta, skriv s för att öppna åtgärden under Se även, 0 för att gå tillbaka eller r för att börja om: ",
	}
	AccAfterFixSeeAlsoTwo = Text{
		En: "Press Enter to end, type s or s2 to open the first or second fix under See also, 0 to go back or r to start over: ",
		Sv: "Tryck Enter för att avsluta, skriv s eller s2 för att öppna den första eller andra åtgärden under Se även, 0 för att gå tillbaka eller r för att börja om: ",
	}
	AccAfterFixInvalid = Text{
		En: "%q is not one of the choices.",
		Sv: "%q finns inte bland alternativen.",
	}
	AccAfterFixNotAnswer = Text{
		En: "That is not one of the choices.",
		Sv: "Det är inget av alternativen.",
	}
)

// The wizard's command line: its flag and its errors.
var (
	FlagOutput    = Text{En: "also write the fix to this file, as Markdown", Sv: "skriv också åtgärden till den här filen, som Markdown"}
	ErrNoTerminal = Text{
		En: "the wizard needs a terminal and there is none here; run `fortnox-doctor --accessible` for numbered prompts on standard input, or `fortnox-doctor explain` to match an error text",
		Sv: "guiden behöver en terminal och det finns ingen här; kör `fortnox-doctor --accessible` för numrerade frågor på standard in, eller `fortnox-doctor explain` för att matcha en feltext",
	}
	ErrOutputDir   = Text{En: "cannot write --output %q: %v", Sv: "kan inte skriva --output %q: %v"}
	ErrWizardInput = Text{En: "cannot read the answers: %v", Sv: "kan inte läsa svaren: %v"}
)
