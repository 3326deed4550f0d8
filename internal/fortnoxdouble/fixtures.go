package fortnoxdouble

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Fixture is one canned answer.
type Fixture struct {
	Status      int
	ContentType string
	Body        string
	// Header holds extra headers, e.g. Retry-After.
	Header map[string]string
	// Slow makes the double hold the answer until the client gives up.
	Slow bool
}

func jsonFixture(status int, body string) Fixture {
	return Fixture{Status: status, ContentType: "application/json", Body: body}
}

// errorInformation is Fortnox's error body, lower-case keys as the errors
// page prints them (fortnox.se/developer/guides-and-good-to-know/errors;
// fortnox.md §3): {"ErrorInformation": {"error": 1, "message", "code"}}.
func errorInformation(status int, code int, message string) Fixture {
	return jsonFixture(status, fmt.Sprintf(`{"ErrorInformation":{"error":1,"message":%q,"code":%d}}`, message, code))
}

// errorInformationCapitalised is the same body with the keys as Fortnox's
// OpenAPI spec writes them (fortnox_ErrorInformationWrap_ErrorInformation:
// Error, Message, Code; Magnus-Gille/noxctl:api-spec/openapi.json).
func errorInformationCapitalised(status int, code int, message string) Fixture {
	return jsonFixture(status, fmt.Sprintf(`{"ErrorInformation":{"Error":1,"Message":%q,"Code":%d}}`, message, code))
}

// The fixtures. Company and user data are invented; the shapes are not.
var (
	// companyInformation follows fortnox_CompanyInfo_Wrap in the OpenAPI
	// spec (CompanyName, OrganizationNumber, DatabaseNumber, …).
	companyInformation = func(tenant int) Fixture {
		return jsonFixture(http.StatusOK, fmt.Sprintf(`{"CompanyInformation":{"Address":"Storgatan 1","City":"Växjö","CountryCode":"SE","CompanyName":"Exempelbolaget AB","DatabaseNumber":%d,"OrganizationNumber":"556677-8899","VisitAddress":"","VisitCity":"","VisitCountryCode":"","VisitZipCode":"","ZipCode":"352 30"}}`, tenant))
	}
	// me follows fortnox_Me_Wrap (Id, Name, Email, SysAdmin, Locale). The
	// e-mail is here so that tests can show it never reaches any output.
	me = func(sysAdmin bool) Fixture {
		return jsonFixture(http.StatusOK, fmt.Sprintf(`{"MeInformation":{"Id":"a1b2c3d4-0000-4000-8000-000000000001","Name":"Anna Andersson","Email":"%s","SysAdmin":%t,"Locale":"sv"}}`, Email, sysAdmin))
	}
	// warehouseTenant follows warehouse_TenantInfo ({"tenantId",
	// "activated"}) of /api/warehouse/tenants-v4.
	warehouseTenant = func(tenant int, activated bool) Fixture {
		return jsonFixture(http.StatusOK, fmt.Sprintf(`{"tenantId":%d,"activated":%t}`, tenant, activated))
	}
	// unauthorized is Fortnox's answer to an expired or unknown token: 401
	// with a bare message, not ErrorInformation (accodeing/fortnox-api,
	// spec/vcr_cassettes expired_token.yml; fortnox.md §1).
	unauthorized = jsonFixture(http.StatusUnauthorized, `{"message":"unauthorized"}`)
	// missingScope is 2000663 (fortnox.md §3; errors page). Fortnox answers
	// it with 403, and sometimes 400 (erp-mafia/accounted PR 1738).
	missingScope = func(status int) Fixture {
		return errorInformation(status, 2000663, "Har inte behörighet för scope.")
	}
	// notLicensed is 2001101 (fortnox.md §3; softwerkab#245).
	notLicensed = errorInformation(http.StatusForbidden, 2001101, "Det finns ingen aktiv licens för önskat scope.")
	// noAPILicense is 2001103 (fortnox.md §3).
	noAPILicense = errorInformation(http.StatusForbidden, 2001103, "Api-licens saknas.")
	// missingRights is a "Saknar behörighet" code, 2001339 (fortnox.md §3;
	// Sharespine's article on 2001339), with the spec's capitalised keys.
	missingRights = errorInformationCapitalised(http.StatusForbidden, 2001339, "Saknar behörighet.")
	// warehouseMissingRights is the warehouse API's error shape,
	// warehouse_WebException {"error", "id", "message"}, with the id
	// missing.rights (fortnox.md §3, §9).
	warehouseMissingRights = jsonFixture(http.StatusForbidden, `{"error":"Forbidden","id":"missing.rights","message":"Missing rights"}`)
	// tooManyRequests is the rate limit's 429 (fortnox.se/developer/
	// guides-and-good-to-know/rate-limits-for-fortnox-api); the body is not
	// documented, so it is left empty and the wait given in Retry-After.
	tooManyRequests = Fixture{Status: http.StatusTooManyRequests, Header: map[string]string{"Retry-After": "1"}}
	// serverError is a 500 with an empty body, as seen for a
	// client-credentials token (softwerkab#340; fortnox.md §7).
	serverError = Fixture{Status: http.StatusInternalServerError}
	// maintenance is an HTML page instead of JSON, as during outages
	// (fortnox.md §3: "HTML bodies during outages"); the page itself is
	// invented, only its kind is recorded.
	maintenance = Fixture{
		Status: http.StatusServiceUnavailable, ContentType: "text/html; charset=utf-8",
		Body: "<!DOCTYPE html>\n<html lang=\"sv\"><head><title>Fortnox</title></head><body><h1>Vi genomför underhåll</h1><p>Fortnox är snart tillbaka.</p></body></html>\n",
	}
	// tokenResponse is the token endpoint's answer (fortnox.md §2;
	// fortnox.se/developer/authorization): a client-credentials grant
	// returns no refresh token.
	tokenResponse = func(token string) Fixture {
		return jsonFixture(http.StatusOK, fmt.Sprintf(`{"access_token":%q,"expires_in":3600,"token_type":"Bearer","scope":"companyinformation"}`, token))
	}
	// invalidClient is the token endpoint's answer to wrong client
	// credentials (accodeing/fortnox-api cassette invalid_authorization.yml;
	// fortnox.md §1).
	invalidClient = jsonFixture(http.StatusUnauthorized, `{"error":"invalid_client","error_description":"Client authentication failed"}`)
)

// secretEchoed is the token endpoint's refusal that repeats the secret it
// was sent.
func secretEchoed(secret string) Fixture {
	body, _ := json.Marshal(map[string]string{"error": "invalid_client", "error_description": "Client authentication failed for secret " + secret + " (plain)"})
	return jsonFixture(http.StatusUnauthorized, string(body))
}

// listBody is a list answer with limit=1: MetaInformation and one item,
// the way the spec's *_List and *_Wrap schemas put them (a MetaInformation
// object and an array named after the resource).
func listBody(key, item string) Fixture {
	return jsonFixture(http.StatusOK, fmt.Sprintf(`{"MetaInformation":{"@TotalResources":1,"@TotalPages":1,"@CurrentPage":1},%q:[%s]}`, key, item))
}

// lists are the list endpoints the checker probes, each with its array's
// name in the spec and a minimal item.
var lists = map[string]string{
	"/3/archive":                "Folder",
	"/3/articles":               "Articles",
	"/3/financialyears":         "FinancialYears",
	"/3/articlefileconnections": "ArticleFileConnections",
	"/3/costcenters":            "CostCenters",
	"/3/currencies":             "Currencies",
	"/3/customers":              "Customers",
	"/3/inbox":                  "Folder",
	"/3/invoices":               "Invoices",
	"/3/offers":                 "Offers",
	"/3/orders":                 "Orders",
	"/3/invoicepayments":        "InvoicePayments",
	"/3/pricelists":             "PriceLists",
	"/3/printtemplates":         "PrintTemplates",
	"/3/projects":               "Projects",
	"/3/employees":              "Employees",
	"/3/labels":                 "Labels",
	"/3/suppliers":              "Suppliers",
	"/3/supplierinvoices":       "SupplierInvoices",
}

// noRightInvoice is an invoice list whose amounts read API_NORIGHT: a 200
// in which the company lacks the license for a field (softwerkab
// fortnox-csharp-api-sdk NoRightValueConverter; fortnox.md §7).
var noRightInvoice = listBody("Invoices", `{"DocumentNumber":"1","Total":"API_NORIGHT","Balance":"API_NORIGHT"}`)

// Customer data in the privacy scenarios' bodies, invented: no output may
// hold any of it.
const (
	CustomerName  = "Hemlig Kund AB"
	CustomerEmail = "kund@hemlig.se"
	// PersonalNumber is Skatteverket's test personnummer.
	PersonalNumber = "19121212-1212"
	// CustomerOrganisationNumber is not the double's company's number
	// (556677-8899, which check shows as the company's).
	CustomerOrganisationNumber = "559999-0009"
)

// CustomerData is what no output may show, whatever the body that holds
// it: the user's e-mail, the customer's, and the two numbers, each also
// written without its hyphen. The name is not in it, since a message Fortnox writes may
// name a customer and is shown; a test of a body that is not a Fortnox
// error looks for CustomerName too.
func CustomerData() []string {
	return []string{
		Email, CustomerEmail, PersonalNumber, "191212121212", "121212-1212", "1212121212",
		CustomerOrganisationNumber, "5599990009",
	}
}

// customerJSON is one customer of a list, with fields named as in
// Fortnox's customer list and invented values. The name, e-mail and number
// come first, so that any window onto the start of a body holds them.
const customerJSON = `{"Name":"` + CustomerName + `","Email":"` + CustomerEmail + `","OrganisationNumber":"` + PersonalNumber + `","@url":"https://api.fortnox.se/3/customers/1","Address1":"Hemliga gatan 1","City":"Lund","CustomerNumber":"1","Phone":"046-123 45 67","ZipCode":"222 22"}`

var (
	// errorWithEmail is 2000663 whose message echoes the request's bearer
	// token, the user's e-mail and customer data: invented, to show that a
	// message Fortnox writes is shown only with these hidden.
	errorWithEmail = func(token string) Fixture {
		return errorInformation(http.StatusForbidden, 2000663, fmt.Sprintf(
			"Har inte behörighet för scope. Bearer %s %s (kund %s, personnummer %s, org.nr %s)",
			token, Email, CustomerEmail, PersonalNumber, CustomerOrganisationNumber))
	}
	// customerList500 is a 500 whose body is a customer list, not an error.
	customerList500 = jsonFixture(http.StatusInternalServerError,
		`{"Customers":[`+customerJSON+`],"MetaInformation":{"@TotalResources":1,"@TotalPages":1,"@CurrentPage":1}}`)
	// htmlWithCustomerData is an HTML page (a proxy's or a portal's) that
	// holds customer data near its start.
	htmlWithCustomerData = func(status int) Fixture {
		return Fixture{
			Status: status, ContentType: "text/html; charset=utf-8",
			Body: "<html><body>" + CustomerName + " " + CustomerEmail + " " + PersonalNumber + "<p>Logga in igen.</p></body></html>\n",
		}
	}
	// teapot is a 418 with a plain-text body that holds customer data.
	teapot = Fixture{
		Status: http.StatusTeapot, ContentType: "text/plain; charset=utf-8",
		Body: "I'm a teapot. Kund " + CustomerName + ", personnummer " + PersonalNumber + ", " + CustomerEmail + "\n",
	}
	// hugeBody is a 500 whose body is a customer list of more than 1 MiB.
	hugeBody = jsonFixture(http.StatusInternalServerError,
		`{"Customers":[`+strings.Repeat(customerJSON+",", (1<<20)/len(customerJSON)+1)+customerJSON+`]}`)
)
