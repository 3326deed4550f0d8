package flows

import "github.com/fortnox-doctor/fortnox-doctor/i18n"

// Fixes for bookkeeping settings in the customer's Fortnox that stop a
// transfer: locked periods, preferred accounts, financial years, voucher
// series and cost centres.

var lockedPeriod = Fix{
	ID: "locked-period",
	Title: i18n.Text{
		En: "The period is locked (2000401, 2002141)",
		Sv: "Perioden är låst (2000401, 2002141)",
	},
	Summary: i18n.Text{
		En: "The date sent falls in a locked accounting period: unlock the period in Fortnox's accounting settings, or send a date in an open period.",
		Sv: "Datumet som skickas ligger i en låst bokföringsperiod: lås upp perioden i bokföringsinställningarna i Fortnox, eller skicka ett datum i en öppen period.",
	},
	Cause: i18n.Text{
		En: "A company can lock its accounting up to a date. Fortnox then refuses anything dated in the locked period: 2000401 (“har låst perioden t.o.m. …”), 2002141 when an invoice would be posted into it.",
		Sv: "Ett företag kan låsa sin bokföring fram till ett datum. Fortnox nekar då allt som är daterat i den låsta perioden: 2000401 (”har låst perioden t.o.m. …”), 2002141 när en faktura skulle bokföras i den.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Note the date of the refused voucher or invoice, and which date the integration sends (invoice date, payment date or posting date).", Sv: "Notera datumet på verifikationen eller fakturan som nekades, och vilket datum integrationen skickar (fakturadatum, betaldatum eller bokföringsdatum)."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has given the date, decide whether the period should stay locked.", Sv: "När integratören har sagt vilket datum det gäller, bestäm om perioden ska förbli låst."}},
		{Actor: User, Text: i18n.Text{En: "If it may be opened, open it under Settings → Accounting → Period locking (Inställningar → Bokföring → Periodlåsning), and lock it again when the integrator has sent the transfer again.", Sv: "Om den får öppnas, öppna den under Inställningar → Bokföring → Periodlåsning och lås den igen när integratören har skickat om överföringen."}, AsConsultant: i18n.Text{En: "If the client agrees, open the period under Settings → Accounting → Period locking (Inställningar → Bokföring → Periodlåsning) in the client's Fortnox, and lock it again when the integrator has sent the transfer again.", Sv: "Om klienten går med på det, öppna perioden under Inställningar → Bokföring → Periodlåsning i klientens Fortnox och lås den igen när integratören har skickat om överföringen."}},
		{Actor: Developer, Text: i18n.Text{En: "If the period stays locked, send a date in an open period, for example today's date as the posting date, if the company's routines allow it.", Sv: "Förblir perioden låst, skicka ett datum i en öppen period, till exempel dagens datum som bokföringsdatum, om företagets rutiner tillåter det."}},
		{Actor: Developer, Text: i18n.Text{En: "When the period is open or the date is changed, send the refused transfer again.", Sv: "När perioden är öppen eller datumet ändrat, skicka den nekade överföringen igen."}},
	},
	Who: []Role{Customer, User, Developer},
	Where: i18n.Text{
		En: "Fortnox → Settings → Accounting → Period locking (Inställningar → Bokföring → Periodlåsning)",
		Sv: "Fortnox → Inställningar → Bokföring → Periodlåsning",
	},
	DocsURL: docsErrors,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused a transfer from us because its date falls in a period you have locked: [date]. Could you tell us whether the period may be opened for it (the period locking is under Settings → Accounting, Inställningar → Bokföring), or whether we should book it on a date in an open period?",
		Sv: "Hej! Fortnox nekade en överföring från oss eftersom datumet ligger i en period som ni har låst: [datum]. Kan ni säga om perioden får öppnas för den (periodlåsningen finns under Inställningar → Bokföring), eller om vi ska bokföra den på ett datum i en öppen period?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refuses transfers from your integration because their date falls in a period we have locked. Which date does the integration send? Then we can decide whether to open the period or whether the integration should send a date in an open period.",
		Sv: "Hej! Fortnox nekar överföringar från er integration eftersom datumet ligger i en period som vi har låst. Vilket datum skickar integrationen? Då kan vi avgöra om perioden ska öppnas eller om integrationen ska skicka ett datum i en öppen period.",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refuses transfers from your integration because their date falls in a period the customer has locked. If the customer keeps it locked, could the integration send a date in an open period instead?",
		Sv: "Fortnox nekar överföringar från er integration eftersom datumet ligger i en period som kunden har låst. Behåller kunden perioden låst, kan integrationen då skicka ett datum i en öppen period i stället?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! A transfer to Fortnox was refused because its date falls in a locked period. May I unlock the period for it for a while, or should the integration use a date in an open period?",
		Sv: "Hej! En överföring till Fortnox nekades eftersom datumet ligger i en låst period. Får jag tillfälligt låsa upp perioden för den, eller ska integrationen använda ett datum i en öppen period?",
	},
	Sources: []Source{srcErrors, srcSharespine2000401, srcSharespine2002141, srcPleoLockedPeriod},
	Signals: Signals{
		Codes:          []int{2000401, 2002141},
		Phrases:        []string{"har låst perioden", "Lås upp perioden"},
		ContextPhrases: []string{"The period is locked"},
		Synonyms:       []string{"locked period", "period is locked", "period locked", "låst period", "perioden är låst", "periodlåsning", "låsning av perioden", "locking of period", "period locking", "cut-off period", "automatlåst period", "unlock the period", "lås upp perioden", "accounting period", "closed period", "bokföringsperiod", "financial year is locked", "räkenskapsåret är låst", "låst räkenskapsår", "locked financial year"},
	},
}

var preferredAccountMissing = Fix{
	ID: "preferred-account-missing",
	Title: i18n.Text{
		En: "A preferred account is missing (2001403, “Förvalt konto saknas”)",
		Sv: "Förvalt konto saknas (2001403)",
	},
	Summary: i18n.Text{
		En: "The request relies on a preferred (default) account that is not set: set it under Settings → Accounting → Preferred accounts, or send the account in the request.",
		Sv: "Anropet förlitar sig på ett förvalt konto som inte är inställt: ställ in det under Inställningar → Bokföring → Förvalda konton, eller skicka kontot i anropet.",
	},
	Cause: i18n.Text{
		En: "When a request leaves an account out, Fortnox uses the company's preferred accounts. If the one it needs (for example for an invoice fee) is empty, Fortnox answers 2001403, “Förvalt konto saknas”.",
		Sv: "När ett anrop inte anger något konto använder Fortnox företagets förvalda konton. Är det konto som behövs tomt (till exempel för fakturaavgift) svarar Fortnox 2001403, ”Förvalt konto saknas”.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Find which line of the request had no account (for example an invoice fee).", Sv: "Se vilken rad i anropet som saknade konto (till exempel en fakturaavgift)."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has said which line had no account, decide which account should be the preferred one; Fortnox support can help with the choice.", Sv: "När integratören har sagt vilken rad som saknade konto, bestäm vilket konto som ska vara förvalt; Fortnox support kan hjälpa till med valet."}},
		{Actor: User, Text: i18n.Text{En: "Set that account under Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton).", Sv: "Ställ in kontot under Inställningar → Bokföring → Förvalda konton."}, AsConsultant: i18n.Text{En: "When the client has agreed on the account, set it under Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton) in the client's Fortnox.", Sv: "När klienten har godkänt kontot, ställ in det under Inställningar → Bokföring → Förvalda konton i klientens Fortnox."}},
		{Actor: Developer, Text: i18n.Text{En: "If the preferred account is not set, send the account explicitly in the request instead.", Sv: "Ställs det förvalda kontot inte in, skicka kontot uttryckligen i anropet i stället."}},
		{Actor: Developer, Text: i18n.Text{En: "When the preferred account is set or the request names the account, send the refused request again.", Sv: "När det förvalda kontot är inställt eller anropet anger kontot, skicka det nekade anropet igen."}},
	},
	Who: []Role{Customer, User, Developer},
	Where: i18n.Text{
		En: "Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton)",
		Sv: "Inställningar → Bokföring → Förvalda konton",
	},
	DocsURL: docsFAQ,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused a transfer from us because a preferred account is not set in your Fortnox: [for example the invoice fee]. Could you set it under Settings → Accounting → Preferred accounts (Inställningar → Bokföring → Förvalda konton)? Fortnox support can help if you are unsure which account to choose.",
		Sv: "Hej! Fortnox nekade en överföring från oss eftersom ett förvalt konto inte är inställt i ert Fortnox: [till exempel fakturaavgift]. Kan ni ställa in det under Inställningar → Bokföring → Förvalda konton? Fortnox support kan hjälpa till om ni är osäkra på vilket konto ni ska välja.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox answers 2001403 “Förvalt konto saknas” to your integration. Which preferred account does it concern (for example the invoice fee)? Then we can set it; otherwise, can the integration send the account in the request?",
		Sv: "Hej! Fortnox svarar 2001403 ”Förvalt konto saknas” till er integration. Vilket förvalt konto gäller det (till exempel fakturaavgift)? Då kan vi ställa in det. Eller kan integrationen skicka kontot i anropet i stället?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox answers 2001403 “Förvalt konto saknas” to your integration. Which preferred account does it concern (for example the invoice fee)? Then it can be set in the customer's Fortnox; otherwise, can the integration send the account in the request?",
		Sv: "Fortnox svarar 2001403 ”Förvalt konto saknas” till er integration. Vilket förvalt konto gäller det (till exempel fakturaavgift)? Då kan det ställas in i kundens Fortnox. Eller kan integrationen skicka kontot i anropet i stället?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! A transfer was refused because a preferred account is missing in your Fortnox. May I set it under Settings → Accounting → Preferred accounts, or would you like to choose the account yourselves?",
		Sv: "Hej! En överföring nekades eftersom ett förvalt konto saknas i ert Fortnox. Får jag ställa in det under Inställningar → Bokföring → Förvalda konton, eller vill ni välja kontot själva?",
	},
	Sources: []Source{srcPreferredMiss, srcFAQ, srcNoxFinansAccount, srcGoFortnoxSDK},
	Signals: Signals{
		// 2003095 "Det saknas ett förvalt konto för Inköp SE, omvänd
		// skattskyldighet" (in English "Account is missing for Purchase SE
		// reversed tax liability"): Fortnox's errors page as
		// go-fortnox-sdk copies it.
		Codes:    []int{2001403, 2003095},
		Phrases:  []string{"Förvalt konto saknas", "Det saknas ett förvalt konto", "Account is missing for Purchase"},
		Synonyms: []string{"preferred account", "preferred accounts", "förvalt konto", "förvalda konton", "default account", "default accounts", "predefined account", "predefinedaccounts", "standardkonto", "förvalt konto saknas"},
	},
}

var financialYearMissing = Fix{
	ID: "financial-year-missing",
	Title: i18n.Text{
		En: "No financial year covers the date",
		Sv: "Inget räkenskapsår täcker datumet",
	},
	Summary: i18n.Text{
		En: "The date sent lies outside every financial year in the company's Fortnox: create the financial year, or send a date inside one.",
		Sv: "Datumet som skickas ligger utanför alla räkenskapsår i företagets Fortnox: lägg upp räkenskapsåret, eller skicka ett datum inom ett.",
	},
	Cause: i18n.Text{
		En: "Vouchers and invoices are booked in a financial year (räkenskapsår). When the date sent is in a year that has not been created in Fortnox, the transfer is refused.",
		Sv: "Verifikationer och fakturor bokförs i ett räkenskapsår. När datumet som skickas ligger i ett år som inte har lagts upp i Fortnox nekas överföringen.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Note the date of the refused transfer.", Sv: "Notera datumet på den nekade överföringen."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has given the date, decide whether to create the financial year that covers it, or to have the integration send a date inside an existing one.", Sv: "När integratören har sagt vilket datum det gäller, bestäm om räkenskapsåret som täcker det ska läggas upp, eller om integrationen ska skicka ett datum inom ett befintligt räkenskapsår."}},
		{Actor: User, Text: i18n.Text{En: "If it is to be created, create that financial year in Fortnox.", Sv: "Ska det läggas upp, lägg upp räkenskapsåret i Fortnox."}, AsConsultant: i18n.Text{En: "When the client has agreed, create that financial year in the client's Fortnox.", Sv: "När klienten har godkänt det, lägg upp räkenskapsåret i klientens Fortnox."}},
		{Actor: Developer, Text: i18n.Text{En: "When the financial year has been created, send the transfer again.", Sv: "När räkenskapsåret har lagts upp, skicka överföringen igen."}},
		{Actor: Developer, Text: i18n.Text{En: "If it is not created, send a date inside an existing financial year.", Sv: "Läggs det inte upp, skicka ett datum inom ett befintligt räkenskapsår."}},
	},
	Who: []Role{Customer, User, Developer},
	Where: i18n.Text{
		En: "Fortnox: the company's financial years (räkenskapsår)",
		Sv: "Fortnox: företagets räkenskapsår",
	},
	DocsURL: docsErrors,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused a transfer from us because no financial year in your Fortnox covers its date: [date]. Could you create the financial year for that date in Fortnox? We will send the transfer again afterwards.",
		Sv: "Hej! Fortnox nekade en överföring från oss eftersom inget räkenskapsår i ert Fortnox täcker datumet: [datum]. Kan ni lägga upp räkenskapsåret för det datumet i Fortnox? Vi skickar överföringen igen efteråt.",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refused a transfer from your integration because no financial year in our Fortnox covers its date. Which date does the integration send? Once we have created the financial year, could you send the transfer again?",
		Sv: "Hej! Fortnox nekade en överföring från er integration eftersom inget räkenskapsår i vårt Fortnox täcker datumet. Vilket datum skickar integrationen? Kan ni skicka överföringen igen när vi har lagt upp räkenskapsåret?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refused a transfer from your integration because no financial year in the customer's Fortnox covers its date. Once the financial year is created, could you send the transfer again?",
		Sv: "Fortnox nekade en överföring från er integration eftersom inget räkenskapsår i kundens Fortnox täcker datumet. Kan ni skicka överföringen igen när räkenskapsåret är upplagt?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! A transfer was refused because the financial year of its date has not been created in your Fortnox. May I create it for you?",
		Sv: "Hej! En överföring nekades eftersom räkenskapsåret för dess datum inte har lagts upp i ert Fortnox. Får jag lägga upp det åt er?",
	},
	Sources: []Source{srcErrors, srcJunipeerErrors},
	Signals: Signals{
		Phrases:        []string{"inget räkenskapsår", "Fiscal year not available"},
		ContextPhrases: []string{"no financial year", "räkenskapsår saknas"},
		Synonyms:       []string{"financial year", "fiscal year", "räkenskapsår", "räkenskapsåret", "bokföringsår", "accounting year", "create the financial year", "skapa räkenskapsår", "no financial year", "skapa nytt räkenskapsår", "räkenskapsåret finns inte"},
	},
}

var voucherSeriesProblem = Fix{
	ID: "voucher-series-problem",
	Title: i18n.Text{
		En: "The voucher series does not exist or does not allow manual posting",
		Sv: "Verifikationsserien finns inte eller tillåter inte manuell kontering",
	},
	Summary: i18n.Text{
		En: "The voucher series the integration sends must exist, with manual posting ticked, in the financial year of the date: create it or tick it in Fortnox's settings for voucher series.",
		Sv: "Verifikationsserien som integrationen skickar måste finnas, med manuell kontering ikryssad, i räkenskapsåret för datumet: skapa serien eller kryssa i manuell kontering i Fortnox inställningar för verifikationsserier.",
	},
	Cause: i18n.Text{
		En: "Voucher series (verifikationsserier) belong to a financial year. An integration that books in its own series is refused when that series does not exist in the year of the date (“Ogiltig verifikationsserie angiven”), or when manual posting (manuell kontering) is not ticked for it (“Verifikationsserien är inte manuell”).",
		Sv: "Verifikationsserier hör till ett räkenskapsår. En integration som bokför i en egen serie nekas när serien inte finns i datumets räkenskapsår (”Ogiltig verifikationsserie angiven”), eller när manuell kontering inte är ikryssad för den (”Verifikationsserien är inte manuell”).",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Note which voucher series the integration sends and the date of the voucher.", Sv: "Notera vilken verifikationsserie integrationen skickar och verifikationens datum."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has named the series and the date, decide whether that series may be created, or opened to manual posting (manuell kontering), in the financial year of the date.", Sv: "När integratören har sagt vilken serie och vilket datum det gäller, bestäm om serien får skapas, eller öppnas för manuell kontering, i räkenskapsåret för datumet."}},
		{Actor: User, Text: i18n.Text{En: "If so, choose the financial year of the date in Fortnox, open the settings for voucher series (verifikationsserier, under Inställningar), and create the series if it is missing.", Sv: "Välj i så fall räkenskapsåret för datumet i Fortnox, öppna inställningarna för verifikationsserier (under Inställningar) och skapa serien om den saknas."}, AsConsultant: i18n.Text{En: "When the client has agreed, choose the financial year of the date in the client's Fortnox, open the settings for voucher series (verifikationsserier, under Inställningar), and create the series if it is missing.", Sv: "När klienten har godkänt det, välj räkenskapsåret för datumet i klientens Fortnox, öppna inställningarna för verifikationsserier (under Inställningar) och skapa serien om den saknas."}},
		{Actor: User, Text: i18n.Text{En: "Tick manual posting (manuell kontering) for the series and save.", Sv: "Kryssa i manuell kontering för serien och spara."}, AsConsultant: i18n.Text{En: "Tick manual posting (manuell kontering) for the series and save.", Sv: "Kryssa i manuell kontering för serien och spara."}},
		{Actor: Developer, Text: i18n.Text{En: "When the series exists and allows manual posting, send the refused voucher again.", Sv: "När serien finns och tillåter manuell kontering, skicka den nekade verifikationen igen."}},
	},
	Who: []Role{Customer, User, Developer},
	Where: i18n.Text{
		En: "Fortnox: the settings for voucher series (verifikationsserier) of the right financial year, under Inställningar (exact path unconfirmed)",
		Sv: "Fortnox: inställningarna för verifikationsserier i rätt räkenskapsår, under Inställningar (exakt menyväg inte bekräftad)",
	},
	DocsURL: docsErrors,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused a voucher from us because of its voucher series: series [series], dated [date]. Could you check, in the financial year of the voucher, that the series we use exists and has manual posting (manuell kontering) ticked in the settings for voucher series?",
		Sv: "Hej! Fortnox nekade en verifikation från oss på grund av verifikationsserien: serie [serie], daterad [datum]. Kan ni kontrollera, i verifikationens räkenskapsår, att serien vi använder finns och har manuell kontering ikryssad i inställningarna för verifikationsserier?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refuses vouchers from your integration because of the voucher series. Which series do you book in, so that we can create it or tick manual posting for it?",
		Sv: "Hej! Fortnox nekar verifikationer från er integration på grund av verifikationsserien. Vilken serie bokför ni i, så att vi kan skapa den eller kryssa i manuell kontering för den?",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refuses vouchers from your integration because of the voucher series. Which series do you book in, so that it can be created, or opened to manual posting, in the customer's Fortnox?",
		Sv: "Fortnox nekar verifikationer från er integration på grund av verifikationsserien. Vilken serie bokför ni i, så att den kan skapas, eller öppnas för manuell kontering, i kundens Fortnox?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! A voucher from the integration was refused because of its voucher series. May I create the series, or tick manual posting for it, in your Fortnox?",
		Sv: "Hej! En verifikation från integrationen nekades på grund av verifikationsserien. Får jag skapa serien, eller kryssa i manuell kontering för den, i ert Fortnox?",
	},
	Sources: []Source{srcOnslipErrors, srcGastrogateErrors, srcPleoSeriesManual, srcPleoSeriesYear},
	Signals: Signals{
		Phrases:        []string{"Verifikationsserien är inte manuell", "Ogiltig verifikationsserie"},
		ContextPhrases: []string{"is not marked as manual"},
		Synonyms:       []string{"voucher series", "verification series", "verifikationsserie", "verifikationsserien", "verifikationsserier", "manual posting", "manuell kontering", "not marked as manual", "series does not exist", "serien finns inte", "F-serien"},
	},
}

var costCenterInactive = Fix{
	ID: "cost-center-inactive",
	Title: i18n.Text{
		En: "The cost centre is missing or inactive (2000947)",
		Sv: "Kostnadsstället saknas eller är inaktivt (2000947)",
	},
	Summary: i18n.Text{
		En: "The voucher names a cost centre that is inactive or missing in Fortnox: activate or create it in the cost centre register, or send an active one.",
		Sv: "Verifikationen anger ett kostnadsställe som är inaktivt eller saknas i Fortnox: aktivera eller skapa det i registret över kostnadsställen, eller skicka ett aktivt.",
	},
	Cause: i18n.Text{
		En: "Fortnox answers 2000947 when a voucher uses a cost centre that is no longer active, or that the integration maps wrongly.",
		Sv: "Fortnox svarar 2000947 när en verifikation använder ett kostnadsställe som inte längre är aktivt, eller som integrationen mappar fel.",
	},
	Steps: []Step{
		{Actor: Developer, Text: i18n.Text{En: "Note the cost centre the refused voucher uses.", Sv: "Notera kostnadsstället som den nekade verifikationen använder."}},
		{Actor: Customer, Text: i18n.Text{En: "When the integrator has named the cost centre, decide whether it should still be used.", Sv: "När integratören har sagt vilket kostnadsställe det gäller, bestäm om det fortfarande ska användas."}},
		{Actor: User, Text: i18n.Text{En: "If so, activate the cost centre in Fortnox's cost centre register (kostnadsställen), or create it.", Sv: "Aktivera i så fall kostnadsstället i Fortnox register över kostnadsställen, eller skapa det."}, AsConsultant: i18n.Text{En: "When the client has agreed, activate the cost centre in the cost centre register (kostnadsställen) of the client's Fortnox, or create it.", Sv: "När klienten har godkänt det, aktivera kostnadsstället i registret över kostnadsställen i klientens Fortnox, eller skapa det."}},
		{Actor: Developer, Text: i18n.Text{En: "If the cost centre is no longer used, map it to an active cost centre or leave it out.", Sv: "Används kostnadsstället inte längre, mappa om till ett aktivt kostnadsställe eller skicka verifikationen utan kostnadsställe."}},
		{Actor: Developer, Text: i18n.Text{En: "When the cost centre is active, or mapped to an active one, send the refused voucher again.", Sv: "När kostnadsstället är aktivt, eller har mappats om till ett aktivt, skicka den nekade verifikationen igen."}},
	},
	Who: []Role{Customer, User, Developer},
	Where: i18n.Text{
		En: "Fortnox: the cost centre register (kostnadsställen)",
		Sv: "Fortnox: registret över kostnadsställen",
	},
	DocsURL: docsErrors,
	CustomerMessage: i18n.Text{
		En: "Hi! Fortnox refused a voucher from us because it uses a cost centre that is missing or inactive in your Fortnox: [cost centre]. Could you create or activate it, or tell us which active cost centre to use instead?",
		Sv: "Hej! Fortnox nekade en verifikation från oss eftersom den använder ett kostnadsställe som saknas eller är inaktivt i ert Fortnox: [kostnadsställe]. Kan ni skapa eller aktivera det, eller berätta vilket aktivt kostnadsställe vi ska använda i stället?",
	},
	IntegratorMessage: i18n.Text{
		En: "Hi! Fortnox refuses vouchers from your integration with 2000947 because of a cost centre that is missing or inactive in our Fortnox. Which cost centre does the integration send? Then we can decide whether to activate it or which active cost centre you should use.",
		Sv: "Hej! Fortnox nekar verifikationer från er integration med 2000947 på grund av ett kostnadsställe som saknas eller är inaktivt i vårt Fortnox. Vilket kostnadsställe skickar integrationen? Då kan vi avgöra om det ska aktiveras eller vilket aktivt kostnadsställe ni ska använda.",
	},
	ConsultantToIntegrator: i18n.Text{
		En: "Fortnox refuses vouchers from your integration with 2000947 because of a cost centre that is missing or inactive in the customer's Fortnox. If the customer no longer uses it, could you map it to an active cost centre?",
		Sv: "Fortnox nekar verifikationer från er integration med 2000947 på grund av ett kostnadsställe som saknas eller är inaktivt i kundens Fortnox. Använder kunden det inte längre, kan ni då mappa om det till ett aktivt kostnadsställe?",
	},
	ClientMessage: i18n.Text{
		En: "Hi! A voucher was refused because its cost centre is inactive in your Fortnox. Should I activate it, or should the integration use another cost centre?",
		Sv: "Hej! En verifikation nekades eftersom kostnadsstället är inaktivt i ert Fortnox. Ska jag aktivera det, eller ska integrationen använda ett annat kostnadsställe?",
	},
	Sources: []Source{srcErrors, srcSharespine2000947, srcBRPExport},
	Signals: Signals{
		// 2002821 "Angivet kostnadsställe "X" är inte aktivt." (BRP Systems).
		Codes:    []int{2000947, 2002821},
		Phrases:  []string{"Angivet kostnadsställe"},
		Synonyms: []string{"cost center", "cost centre", "cost centers", "kostnadsställe", "kostnadsstället", "kostnadsställen", "inactive cost center", "inaktivt kostnadsställe", "cost center closed", "avdelning", "kostnadsställe saknas"},
	},
}
