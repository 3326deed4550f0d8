package i18n

// Usage errors of the output flags.
var (
	// ErrJSONAndFormat refuses --json beside a --format other than json.
	ErrJSONAndFormat = Text{En: "--json and --format %s ask for two outputs; use one of them", Sv: "--json och --format %s ber om två olika utdata; använd en av dem"}
)
