package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for licenses: the customer's integration license, purchasable
// integrations, and the product licenses each scope needs.

var missingLicense = Fix{
	ID: "missing-license",
	Title: i18n.Text{
		En: "Missing license",
		Sv: "”Missing license” – integrationslicens saknas",
	},
	Summary: i18n.Text{
		En: "The company has no integration license: a system administrator orders one under Manage users → Add-on order (Administrera användare → Tilläggsbeställning) and assigns it.",
		Sv: "Företaget saknar integrationslicens: en systemadministratör beställer en under Administrera användare → Tilläggsbeställning och tilldelar den.",
	},
	Cause: i18n.Text{
		En: "Integrations need an integration license in the Fortnox company. Without one, activation stops with “Missing license” and the API answers 2001103 “Api-licens saknas.” Ordering takes a system administrator, and a license ordered is then assigned to the users who work with it.",
		Sv: "Integrationer kräver en integrationslicens i Fortnox-företaget. Utan den stoppas aktiveringen med ”Missing license” och API:t svarar 2001103 ”Api-licens saknas.” Beställningen kräver en systemadministratör, och en beställd licens tilldelas sedan de användare som ska arbeta med den.",
	},
	Steps: []Step{
		{Actor: Customer, Text: i18n.Text{En: "Log in to Fortnox as a system administrator and open Manage users (Administrera användare).", Sv: "Logga in i Fortnox som systemadministratör och öppna Administrera användare."}},
		{Actor: Customer, Text: i18n.Text{En: "Order the integration license there under Add-on order (Tilläggsbeställning).", Sv: "Beställ integrationslicensen där under Tilläggsbeställning."}},
		{Actor: Customer, Text: i18n.Text{En: "When the order is done, assign the license and the rights to the user who will activate the integration.", Sv: "När beställningen är klar, tilldela licensen och behörigheten till användaren som ska aktivera integrationen."}, AsConsultant: i18n.Text{En: "When the order is done, assign the license to the users who will work with it.", Sv: "När beställningen är klar, tilldela licensen till de användare som ska arbeta med den."}},
		{Actor: User, Text: i18n.Text{En: "Once the license is assigned to you, activate the integration again.", Sv: "När licensen är tilldelad dig, aktivera integrationen igen."}, AsConsultant: i18n.Text{En: "When the client has ordered the integration license and it is active, open the activation link again, log in through Digital byrå and choose the client.", Sv: "När klienten har beställt integrationslicensen och den är aktiv, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten."}},
	},
	Who: []Role{Customer, User},
	Where: i18n.Text{
		En: "Fortnox → Manage users (Administrera användare) → Add-on order (Tilläggsbeställning)",
		Sv: "Fortnox → Administrera användare → Tilläggsbeställning",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! To connect our integration, your Fortnox company needs an integration license. A system administrator can order it in Fortnox under Manage users → Add-on order (Administrera användare → Tilläggsbeställning). When it is active, please assign it to the user who will activate, and activate our integration again.",
		Sv: "Hej! För att koppla vår integration behöver ert Fortnox-företag en integrationslicens. En systemadministratör kan beställa den i Fortnox under Administrera användare → Tilläggsbeställning. När den är aktiv behöver ni tilldela den till användaren som ska aktivera och sedan aktivera vår integration igen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox says our company lacks the integration license (“Missing license” when activating, “Api-licens saknas” from the API). We will order one in Fortnox; is any other license needed for your integration?",
		Sv: "Hej! Fortnox säger att vårt företag saknar integrationslicens (”Missing license” vid aktiveringen, ”Api-licens saknas” från API:t). Vi beställer en i Fortnox; behövs någon annan licens för er integration?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! To connect the integration, your Fortnox company needs an integration license. Could your system administrator order it under Manage users → Add-on order (Administrera användare → Tilläggsbeställning)? I will then activate the integration through Digital byrå.",
		Sv: "Hej! För att koppla integrationen behöver ert Fortnox-företag en integrationslicens. Kan er systemadministratör beställa den under Administrera användare → Tilläggsbeställning? Sedan aktiverar jag integrationen via Digital byrå.",
	},
	Sources: []Source{srcFAQ, srcAddOnOrder, srcErrors},
	Signals: Signals{
		Codes:          []int{2001103},
		Phrases:        []string{"Api-licens saknas", "does not have a license to use the API"},
		ContextPhrases: []string{"Missing license"},
		Synonyms:       []string{"license missing", "no license", "licence", "integration license", "integration licence", "API license", "API licence", "licence to use the API", "integrationslicens", "licens saknas", "saknar licens", "Api-licens", "no API access", "API access", "order an integration license", "Tilläggsbeställning", "add-on order", "add-on", "ingen licens", "beställa licens", "licens för integration", "tilläggstjänst", "integration module"},
	},
}

var missingLicensePurchasable = Fix{
	ID: "missing-license-purchasable",
	Title: i18n.Text{
		En: "Missing license for a purchasable integration",
		Sv: "Licens saknas för en köpbar integration",
	},
	Summary: i18n.Text{
		En: "The integration is sold through Fortnox: it must be bought on Fortnox's Integrations page before it can be activated.",
		Sv: "Integrationen säljs via Fortnox: den måste köpas under Integrationer hos Fortnox innan den kan aktiveras.",
	},
	Cause: i18n.Text{
		En: "A purchasable integration gets its license when the company buys it in Fortnox. Activating it before it has been bought fails for a missing license.",
		Sv: "En köpbar integration får sin licens när företaget köper den i Fortnox. Aktiveras den innan den är köpt misslyckas aktiveringen för att licens saknas.",
	},
	Steps: []Step{
		{Actor: Customer, Text: i18n.Text{En: "Log in to Fortnox and open the Integrations page (Integrationer, fortnox.se/integrationer).", Sv: "Logga in i Fortnox och öppna Integrationer (fortnox.se/integrationer)."}},
		{Actor: Customer, Text: i18n.Text{En: "Search for the integration and click Buy.", Sv: "Sök fram integrationen och klicka på Köp."}},
		{Actor: User, Text: i18n.Text{En: "When the integration has been bought, follow Fortnox's guidance to activate it.", Sv: "När integrationen är köpt, följ Fortnox anvisningar för att aktivera den."}, AsConsultant: i18n.Text{En: "When the client has bought the integration, follow Fortnox's guidance to activate it, logging in through Digital byrå and choosing the client.", Sv: "När klienten har köpt integrationen, följ Fortnox anvisningar för att aktivera den; logga in med Digital byrå och välj klienten."}},
	},
	Who: []Role{Customer, User},
	Where: i18n.Text{
		En: "Fortnox → Integrations (Integrationer), fortnox.se/integrationer",
		Sv: "Fortnox → Integrationer, fortnox.se/integrationer",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Our integration is bought through Fortnox. Please log in to Fortnox, open Integrations (Integrationer), search for our integration and click buy; Fortnox then guides you through the activation.",
		Sv: "Hej! Vår integration köps via Fortnox. Logga in i Fortnox, öppna Integrationer, sök fram vår integration och klicka på köp; Fortnox guidar er sedan genom aktiveringen.",
	},
	ClientMessage: i18n.Text{
		En: "Hi! The integration is bought through Fortnox. Could you log in to Fortnox, open Integrations (Integrationer), search for it and click buy? Then I can activate it for you.",
		Sv: "Hej! Integrationen köps via Fortnox. Kan ni logga in i Fortnox, öppna Integrationer, söka fram den och klicka på köp? Sedan kan jag aktivera den åt er.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration says a license is missing. Should we buy it on Fortnox's Integrations page first, and under which name is it listed there?",
		Sv: "Hej! Vid aktiveringen av er integration står det att licens saknas. Ska vi köpa den under Integrationer hos Fortnox först, och under vilket namn finns den där?",
	},
	Sources: []Source{srcFAQ},
	Signals: Signals{
		OAuthErrors: []string{"error_missing_app_license"},
		Synonyms:    []string{"purchasable integration", "buy the integration", "purchase the integration", "köp integrationen", "köpbar integration", "integrations page", "Integrationer", "click on buy", "köpa integrationen", "Marknadsplatsen", "marketplace"},
	},
}

var notLicensedForScope = Fix{
	ID: "not-licensed-for-scope",
	Title: i18n.Text{
		En: "Not licensed for requested scope",
		Sv: "”Not licensed for requested scope” – licens saknas för ett scope",
	},
	Summary: i18n.Text{
		En: "At activation, the activating user lacks a license a scope needs: activate again with a user who has it. On an API call (2001101), the company lacks the product license: order it; no new activation is needed unless the token also lacks the scope.",
		Sv: "Vid aktiveringen saknar användaren som aktiverar en licens som ett scope kräver: aktivera igen med en användare som har den. Vid ett API-anrop (2001101) saknar företaget produktlicensen: beställ den; en ny aktivering behövs inte om inte token också saknar scopet.",
	},
	Cause: i18n.Text{
		En: "Every scope needs a license in the company (for example supplier and supplierinvoice need Bokföring, salary needs Lön, offer and order need Order). At activation Fortnox checks the activating user's licenses and answers error_missing_license (“Resource owner is not licensed for the requested scope(s).”). On an API call, 2001101 “Det finns ingen aktiv licens för önskat scope” means the company lacks the license. A field value API_NORIGHT in an answer means the same for one feature.",
		Sv: "Varje scope kräver en licens i företaget (till exempel kräver supplier och supplierinvoice Bokföring, salary kräver Lön, offer och order kräver Order). Vid aktiveringen kontrollerar Fortnox licenserna hos användaren som aktiverar och svarar error_missing_license (”Resource owner is not licensed for the requested scope(s).”). Vid ett API-anrop betyder 2001101 ”Det finns ingen aktiv licens för önskat scope” att företaget saknar licensen. Ett fältvärde API_NORIGHT i ett svar betyder detsamma för en enskild funktion.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "See which scope is refused and which Fortnox product it needs (Fortnox's scopes page lists them); if the app does not need the scope, remove it from the activation link.", Sv: "Se vilket scope som nekas och vilken Fortnox-produkt det kräver (Fortnox sida om scopes listar dem); behöver appen inte scopet, ta bort det från aktiveringslänken."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has named the license the scope needs, check that the company has it, and order it if it is missing.", Sv: "När integratören har sagt vilken licens scopet behöver, kontrollera att företaget har den, och beställ den om den saknas."}},
		{Actor: User, Text: i18n.Text{En: "Only if the error came at activation, and once the company has the license, activate again with a user who has the license and the permissions.", Sv: "Aktivera igen bara om felet kom vid aktiveringen, och först när företaget har licensen; använd en användare som har licensen och behörigheten."}, AsConsultant: i18n.Text{En: "Only if the error came at activation, and once the client's company has the license, activate again, logging in through Digital byrå and choosing the client. If it is refused again, ask a user of the client's who has the license to activate.", Sv: "Aktivera igen bara om felet kom vid aktiveringen, och först när klientens företag har licensen; logga in med Digital byrå och välj klienten. Nekas det igen, be en användare hos klienten som har licensen att aktivera."}},
	},
	Who: []Role{Developer, Customer, User},
	Where: i18n.Text{
		En: "Fortnox → Manage users (Administrera användare): the company's licenses and the activating user's",
		Sv: "Fortnox → Administrera användare: företagets och användarens licenser",
	},
	DocsURL: docsScopes,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox says a license is missing for a part of Fortnox our integration uses. Could you check that your company has that license and order it if not? If the message came when you activated, please activate again with a user who has the license.",
		Sv: "Hej! Fortnox säger att en licens saknas för en del av Fortnox som vår integration använder. Kan ni kontrollera att ert företag har den licensen och beställa den om inte? Kom meddelandet när ni aktiverade, aktivera då igen med en användare som har licensen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox says we are not licensed for something your integration asks for. Which Fortnox licenses does your integration need, so that we can check ours?",
		Sv: "Hej! Fortnox säger att vi saknar licens för något som er integration ber om. Vilka Fortnox-licenser behöver er integration, så att vi kan kontrollera våra?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox says the customer is not licensed for something your integration asks for. Which Fortnox licenses does your integration need, so that the customer can check theirs?",
		Sv: "Fortnox säger att kunden saknar licens för något som er integration ber om. Vilka Fortnox-licenser behöver er integration, så att kunden kan kontrollera sina?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! Fortnox refuses the integration for a missing license. If the integration handles quotes, orders or invoices: since autumn 2025 our bureau package no longer covers quotes and orders, and sending invoices needs your own invoicing license. Could you order the license the integration needs?",
		Sv: "Hej! Fortnox nekar integrationen för att en licens saknas. Om integrationen hanterar offerter, order eller fakturor: sedan hösten 2025 täcker vårt byråpaket inte längre offerter och order, och för att skicka fakturor behövs en egen faktureringslicens. Kan ni beställa licensen som integrationen behöver?",
	},
	Note: i18n.Text{
		En: "Since autumn 2025 an accounting firm's bureau package no longer covers quotes and orders, and a client needs its own invoicing license to send invoices.",
		Sv: "Sedan hösten 2025 täcker en redovisningsbyrås byråpaket inte längre offerter och order, och en klient behöver en egen faktureringslicens för att skicka fakturor.",
	},
	Sources: []Source{srcScopes, srcFAQ, srcErrors, srcBureauChange, srcSoftwerk245},
	Signals: Signals{
		Codes:       []int{2001101},
		OAuthErrors: []string{"error_missing_license"},
		Phrases: []string{
			"Not licensed for requested scope",
			"Resource owner is not licensed for the requested scope",
			"Det finns ingen aktiv licens för önskat scope",
			"There is no active licens for the desired scope",
			"API_NORIGHT",
		},
		Synonyms: []string{"no active license", "no active licence", "aktiv licens", "licens för önskat scope", "module license", "module licence", "modullicens", "not licensed", "licensed for requested scope", "the company lacks the module", "ingen aktiv licens", "licens för modulen", "modulen saknas"},
	},
}

var notEnoughLicenses = Fix{
	ID: "not-enough-licenses",
	Title: i18n.Text{
		En: "Resource owner does not have enough licenses",
		Sv: "”Resource owner does not have enough licenses” – företaget har inte tillräckligt många licenser",
	},
	Summary: i18n.Text{
		En: "The integration is set to be purchasable in Fortnox but is not published: the integrator switches it to purchase via its website in the developer portal.",
		Sv: "Integrationen är inställd som köpbar i Fortnox men är inte publicerad: integratören ändrar den till köp via sin webbplats i Utvecklarportalen.",
	},
	Cause: i18n.Text{
		En: "When an app is set to be bought in Fortnox but is not published on the Integrations page, customers cannot buy it, so the activation finds no license.",
		Sv: "När en app är inställd på att köpas i Fortnox men inte är publicerad under Integrationer kan kunderna inte köpa den, och aktiveringen hittar därför ingen licens.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Log in to the developer portal and open the app.", Sv: "Logga in i Utvecklarportalen och öppna appen."}},
		{Actor: Developer, Text: i18n.Text{En: "Change the integration to purchase via website and save.", Sv: "Ändra integrationen till köp via webbplats och spara."}},
		{Actor: User, Text: i18n.Text{En: "When the integrator has switched the app to purchase via website, open the activation link again.", Sv: "När integratören har ändrat appen till köp via webbplats, öppna aktiveringslänken igen."}, AsConsultant: i18n.Text{En: "When the integrator has switched the app to purchase via website, open the activation link again, log in through Digital byrå and choose the client.", Sv: "När integratören har ändrat appen till köp via webbplats, öppna aktiveringslänken igen, logga in med Digital byrå och välj klienten."}},
	},
	Who: []Role{Developer, User},
	Where: i18n.Text{
		En: "Developer portal → the app → how the integration is purchased",
		Sv: "Utvecklarportalen → appen → hur integrationen köps",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! The activation failed because of a setting on our side, which we have now corrected. Please open the activation link again.",
		Sv: "Hej! Aktiveringen misslyckades på grund av en inställning hos oss, som nu är rättad. Öppna aktiveringslänken igen.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Activating your integration stops with “Resource owner does not have enough licenses”. Could you check how the integration is set to be purchased in Fortnox's developer portal?",
		Sv: "Hej! Aktiveringen av er integration avbryts med ”Resource owner does not have enough licenses”. Kan ni kontrollera hur integrationen är inställd att köpas i Fortnox Utvecklarportal?",
	},
	Sources: []Source{srcFAQ},
	Signals: Signals{
		Phrases:  []string{"Resource owner does not have enough licenses"},
		Synonyms: []string{"enough licenses", "not enough licences", "not published", "inte publicerad", "purchase via website", "köp via webbplatsen", "purchasable but not published", "inte tillräckligt med licenser", "för få licenser"},
	},
}
