package flows

import (
	"slices"

	"github.com/fortnox-doctor/fortnox-doctor/i18n"
)

// DataError is a Fortnox error code that says the data in a request is
// wrong, not that the integration's connection is. The wizard explains these
// instead of sending the user down an authorization path.
type DataError struct {
	Code    int
	Meaning i18n.Text
}

// dataErrors are the codes of Fortnox's errors page that concern the
// request's data or Fortnox itself (source:
// fortnox.se/developer/guides-and-good-to-know/errors).
var dataErrors = []DataError{
	{1000003, i18n.Text{En: "System exception: something went wrong at Fortnox. Retry later, and contact Fortnox support if it persists.", Sv: "Systemfel: något gick fel hos Fortnox. Försök igen senare och kontakta Fortnox support om det består."}},
	{1000030, i18n.Text{En: "Invalid response type: the Accept header is not one Fortnox supports (use application/json).", Sv: "Ogiltig svarstyp: headern Accept har ett värde som Fortnox inte stöder (använd application/json)."}},
	{1000031, i18n.Text{En: "Invalid content type: the Content-Type header is not one Fortnox supports (use application/json).", Sv: "Ogiltig innehållstyp: headern Content-Type har ett värde som Fortnox inte stöder (använd application/json)."}},
	{2000106, i18n.Text{En: "A value must be alphanumeric.", Sv: "Ett värde måste vara alfanumeriskt."}},
	{2000108, i18n.Text{En: "A value must be numeric.", Sv: "Ett värde måste vara numeriskt."}},
	{2000134, i18n.Text{En: "A value must be a boolean.", Sv: "Ett värde måste vara booleskt (true eller false)."}},
	{2000359, i18n.Text{En: "A value contains characters Fortnox does not allow.", Sv: "Ett värde innehåller tecken som Fortnox inte tillåter."}},
	{2000428, i18n.Text{En: "The article was not found: check the article number.", Sv: "Artikeln hittades inte: kontrollera artikelnumret."}},
	{2000433, i18n.Text{En: "The customer was not found: check the customer number.", Sv: "Kunden hittades inte: kontrollera kundnumret."}},
	{2000637, i18n.Text{En: "The customer number is already used.", Sv: "Kundnumret används redan."}},
	{2001392, i18n.Text{En: "The request body is empty or holds the wrong kind of data.", Sv: "Anropets innehåll är tomt eller har fel typ av data."}},
	{2001399, i18n.Text{En: "A field name in the request is wrong.", Sv: "Ett fältnamn i anropet är fel."}},
	{2002115, i18n.Text{En: "The request's JSON has a syntax error.", Sv: "Anropets JSON har ett syntaxfel."}},
}

// DataErrors returns the codes that are data errors, not integration
// problems, sorted by code.
func DataErrors() []DataError { return slices.Clone(dataErrors) }

// LookupDataError finds a data error by its Fortnox code.
func LookupDataError(code int) (DataError, bool) {
	i := slices.IndexFunc(dataErrors, func(d DataError) bool { return d.Code == code })
	if i < 0 {
		return DataError{}, false
	}
	return dataErrors[i], true
}
