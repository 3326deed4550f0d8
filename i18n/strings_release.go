package i18n

// The parts of the --version line, which cobra prints after
// "fortnox-doctor version ", e.g. "1.2.3 (commit 0123abc, 2026-01-02)".
var (
	VersionCommit        = Text{En: "commit %s", Sv: "commit %s"}
	VersionCommitUnknown = Text{En: "commit unknown", Sv: "okänd commit"}
	VersionDateUnknown   = Text{En: "date unknown", Sv: "okänt datum"}
	VersionUnknown       = Text{En: "unknown", Sv: "okänd"}
)
