package i18n

// Words of the reports (package report) that the commands and the wizard
// share.
var (
	ReportExpired = Text{En: "Expired", Sv: "Gick ut"}
)
