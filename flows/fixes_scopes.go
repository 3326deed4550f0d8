package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for a token that lacks a scope the call needs.

var tokenMissingScope = Fix{
	ID: "token-missing-scope",
	Title: i18n.Text{
		En: "“Har inte behörighet för scope” (2000663): the token lacks the scope",
		Sv: "”Har inte behörighet för scope” (2000663): token saknar scopet",
	},
	Summary: i18n.Text{
		En: "The access token was created without the scope this endpoint needs: the integrator adds the scope to the activation link (and ticks it in the developer portal), then a user activates again.",
		Sv: "Access-token skapades utan det scope som den här endpointen kräver: integratören lägger till scopet i aktiveringslänken (och kryssar i det i Utvecklarportalen), och sedan aktiverar en användare igen.",
	},
	Cause: i18n.Text{
		En: "A token holds the scopes that were requested in the activation link and granted when its authorization code was created. Calling an endpoint outside them gives 2000663 “Har inte behörighet för scope”, sometimes with HTTP 400 rather than 403. Ticking the scope in the developer portal later adds nothing to tokens that already exist.",
		Sv: "En token har de scopes som begärdes i aktiveringslänken och godkändes när auktoriseringskoden skapades. Ett anrop till en endpoint utanför dem ger 2000663 ”Har inte behörighet för scope”, ibland med HTTP 400 i stället för 403. Att kryssa i scopet i Utvecklarportalen i efterhand tillför inget till tokens som redan finns.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Find the scope the failing endpoint needs on Fortnox's scopes page, and compare it with the scope field of the token response.", Sv: "Leta upp vilket scope endpointen kräver på Fortnox sida om scopes och jämför med fältet scope i token-svaret."}},
		{Actor: Developer, Text: i18n.Text{En: "Add the scope to the activation link's scope parameter (separated by spaces) and tick it for the app in the developer portal.", Sv: "Lägg till scopet i aktiveringslänkens parameter scope (separerat med mellanslag) och kryssa i det för appen i Utvecklarportalen."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has sent the new activation link, open it and approve the integration again.", Sv: "När integratören har skickat den nya aktiveringslänken, öppna den och godkänn integrationen igen."}, AsConsultant: i18n.Text{En: "When the integrator has sent the new activation link, open it, log in through Digital byrå, choose the client and approve the integration again.", Sv: "När integratören har skickat den nya aktiveringslänken, öppna den, logga in med Digital byrå, välj klienten och godkänn integrationen igen."}},
		{Actor: Developer, Text: i18n.Text{En: "When the connection has been approved again, store the new tokens and check that the scope field now lists the scope.", Sv: "När kopplingen har godkänts igen, spara de nya tokens och kontrollera att fältet scope nu har med scopet."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "The activation link's scope parameter; developer portal → the app → scopes",
		Sv: "Aktiveringslänkens parameter scope; Utvecklarportalen → appen → scopes",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! Part of our integration needs access in Fortnox that the current connection does not have. Please open our activation link, log in to Fortnox and approve the integration again; it only takes a minute.",
		Sv: "Hej! En del av vår integration behöver åtkomst i Fortnox som den nuvarande kopplingen inte har. Öppna vår aktiveringslänk, logga in i Fortnox och godkänn integrationen igen; det tar bara en minut.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox answers 2000663 “Har inte behörighet för scope” to your integration. Could you add the scope it needs to your activation link and send us the new link, so that we can approve it again?",
		Sv: "Hej! Fortnox svarar 2000663 ”Har inte behörighet för scope” till er integration. Kan ni lägga till scopet som behövs i er aktiveringslänk och skicka den nya länken, så att vi kan godkänna igen?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox answers 2000663 “Har inte behörighet för scope” to your integration. Could you add the scope it needs to your activation link and send me the new link, so that I can approve it again?",
		Sv: "Fortnox svarar 2000663 ”Har inte behörighet för scope” till er integration. Kan ni lägga till scopet som behövs i er aktiveringslänk och skicka den nya länken till mig, så att jag kan godkänna igen?",
	},
	Sources: []Source{srcScopes, srcAccounted1761, srcAccounted1738},
	Signals: Signals{
		Codes:    []int{2000663},
		Phrases:  []string{"Har inte behörighet för scope", "No access to the current scope"},
		Synonyms: []string{"missing scope", "scope missing", "lacks the scope", "token lacks the scope", "not authorised for scope", "not authorized for scope", "saknar scope", "scopet saknas", "behörighet för scope", "re-authorize to pick up the new scopes", "scopes in the authorize request", "required scopes", "missing scopes", "saknar behörighet för scope", "lägg till scope", "godkänn behörigheterna", "behörigheterna i aktiveringslänken", "scope enabled"},
	},
}

var archiveScopeMissing = Fix{
	ID: "archive-scope-missing",
	Title: i18n.Text{
		En: "Attachments fail: the archive and connectfile scopes are missing",
		Sv: "Uppladdning av bilagor misslyckas: scopen archive och connectfile saknas",
	},
	Summary: i18n.Text{
		En: "Uploading a file and attaching it to a voucher needs the scopes archive and connectfile in the activation link, and the Arkivplats license in the company.",
		Sv: "Att ladda upp en fil och koppla den till en verifikation kräver scopen archive och connectfile i aktiveringslänken, och licensen Arkivplats i företaget.",
	},
	Cause: i18n.Text{
		En: "Files go to Fortnox's archive (/3/archive, /3/inbox) and are attached with /3/voucherfileconnections. A token without the scopes archive and connectfile (and inbox for /3/inbox) gets 403 on those endpoints, and the company needs the Arkivplats license for the archive.",
		Sv: "Filer hamnar i Fortnox arkiv (/3/archive, /3/inbox) och kopplas med /3/voucherfileconnections. En token utan scopen archive och connectfile (och inbox för /3/inbox) får 403 på de endpointerna, och företaget behöver licensen Arkivplats för arkivet.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Add archive and connectfile to the activation link's scope parameter and tick them for the app in the developer portal.", Sv: "Lägg till archive och connectfile i aktiveringslänkens parameter scope och kryssa i dem för appen i Utvecklarportalen."}},
		{Actor: Customer, Text: i18n.Text{En: "Check that the company has the Arkivplats license, and order it if it is missing.", Sv: "Kontrollera att företaget har licensen Arkivplats, och beställ den om den saknas."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has sent the new activation link and the company has Arkivplats, open the link and approve the integration again.", Sv: "När integratören har skickat den nya aktiveringslänken och företaget har Arkivplats, öppna länken och godkänn integrationen igen."}, AsConsultant: i18n.Text{En: "When the integrator has sent the new activation link and the client's company has Arkivplats, open the link, log in through Digital byrå, choose the client and approve the integration again.", Sv: "När integratören har skickat den nya aktiveringslänken och klientens företag har Arkivplats, öppna länken, logga in med Digital byrå, välj klienten och godkänn integrationen igen."}},
		{Actor: Developer, Text: i18n.Text{En: "When the connection has been approved again, check that the scope field of the new token response lists archive and connectfile, then upload again.", Sv: "När kopplingen har godkänts igen, kontrollera att fältet scope i det nya token-svaret har med archive och connectfile och ladda sedan upp igen."}},
	},
	Who: []Role{Developer, Customer, User},
	Where: i18n.Text{
		En: "The activation link's scope parameter; the company's licenses (Arkivplats)",
		Sv: "Aktiveringslänkens parameter scope; företagets licenser (Arkivplats)",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! To send attachments to Fortnox, our integration needs access to the archive, and your company needs the Arkivplats license. Please check that you have Arkivplats, then open our activation link and approve the integration again.",
		Sv: "Hej! För att skicka bilagor till Fortnox behöver vår integration åtkomst till arkivet, och ert företag behöver licensen Arkivplats. Kontrollera att ni har Arkivplats, och öppna sedan vår aktiveringslänk och godkänn integrationen igen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Attachments from your integration do not reach Fortnox. Does your activation link ask for the scopes archive and connectfile? If you send us a new link we will approve again; we will check that we have the Arkivplats license.",
		Sv: "Hej! Bilagor från er integration kommer inte fram till Fortnox. Ber er aktiveringslänk om scopen archive och connectfile? Skickar ni en ny länk godkänner vi igen; vi kontrollerar att vi har licensen Arkivplats.",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Attachments from your integration do not reach the customer's Fortnox. Does your activation link ask for the scopes archive and connectfile? If you send me a new link I will approve it again; the customer will check that they have the Arkivplats license.",
		Sv: "Bilagor från er integration kommer inte fram till kundens Fortnox. Ber er aktiveringslänk om scopen archive och connectfile? Skickar ni en ny länk till mig godkänner jag igen; kunden kontrollerar att de har licensen Arkivplats.",
	},
	ClientMessage: i18n.Text{
		En: "Hi! For the integration to send attachments, your company needs the Arkivplats license in Fortnox. Could you check that you have it, and order it if not?",
		Sv: "Hej! För att integrationen ska kunna skicka bilagor behöver ert företag licensen Arkivplats i Fortnox. Kan ni kontrollera att ni har den, och beställa den om inte?",
	},
	Sources: []Source{srcScopes, srcAccounted1761, srcAccounted1776},
	Signals: Signals{
		Phrases:      []string{"voucherfileconnections"},
		HTTPStatuses: []int{403},
		Synonyms:     []string{"attachments", "bilagor", "attached files", "kopplade filer", "receipts", "underlag", "archive", "arkiv", "arkivplats", "connectfile", "koppla fil", "voucherfileconnections", "supplierinvoicefileconnections", "inbox", "inkorg", "files", "kvitton", "filer", "bifogade filer"},
	},
}
