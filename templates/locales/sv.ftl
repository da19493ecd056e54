# Svensk ordlista. Varje ord i en dataskyddsbeskrivning kommer från den här filen.
# Termerna följer den svenska texten i EU:s allmänna dataskyddsförordning (2016/679) och
# den finlandssvenska förvaltningsterminologin (Finlex svenska översättningar).

lang-name = svenska
notice-title = Dataskyddsbeskrivning
notice-legal-ground = Information om behandlingen av personuppgifter enligt artiklarna 13 och 14 i EU:s allmänna dataskyddsförordning (2016/679).
notice-created = Upprättad
notice-updated = Uppdaterad
notice-effective = Gäller från
notice-version = Version
notice-other-languages = Andra språk
index-title = Dataskyddsbeskrivningar
index-intro = Den personuppgiftsansvariges dataskyddsbeskrivningar, en för varje register.
index-updated = uppdaterad { $date }
pdf-footer = { $name } · Uppdaterad { $date }
page-label = Sida

# Rubriker
heading-controller = Personuppgiftsansvarig
heading-contact-person = Kontaktperson för registret
heading-dpo = Dataskyddsombud
heading-representative = Den personuppgiftsansvariges företrädare i EU
heading-joint-controllers = Gemensamt personuppgiftsansvariga
heading-data-subjects = Registrerade
heading-purposes = Ändamålen med behandlingen och de rättsliga grunderna
heading-categories = Personuppgiftskategorier och lagringstider
heading-sources = Uppgiftskällor
heading-recipients = Mottagare
heading-transfers = Överföring av uppgifter till länder utanför EU eller EES
heading-automated = Automatiserade individuella beslut och profilering
heading-provision = Skyldighet att lämna uppgifter
heading-security = Skydd av uppgifterna
heading-rights = { $voice ->
    [data-subject] Den registrerades rättigheter
   *[you] Dina rättigheter
}
heading-exercise = { $voice ->
    [data-subject] Hur den registrerade utövar sina rättigheter
   *[you] Hur du utövar dina rättigheter
}
heading-complaint = Rätt att lämna in klagomål till tillsynsmyndigheten
heading-changes = Ändringar i dataskyddsbeskrivningen
heading-change-history = Ändringshistorik
change-material = väsentlig ändring

# Fältnamn
label-name = Namn
label-business-id = FO-nummer
label-visiting-address = Besöksadress
label-postal-address = Postadress
label-address = Adress
label-phone = Telefon
label-email = E-post
label-website = Webbplats
label-web-form = Webbformulär
label-title = Befattning
label-responsibilities = Ansvarsfördelning
label-purpose = Ändamål
label-basis = Rättslig grund
label-legitimate-interest = Berättigat intresse
label-law = Författning
label-data-used = Uppgifter som behandlas
label-category = Personuppgiftskategori
label-retention = Lagringstid
label-special = Särskild kategori av personuppgifter
label-special-condition = Villkor för behandlingen
label-criminal = Uppgifter om fällande domar i brottmål och överträdelser
label-criminal-authority = Grund för behandlingen
label-sources = Källor
label-publicly-accessible = Allmänt tillgänglig
label-recipient = Mottagare
label-role = Roll
label-country = Land
label-purposes = Ändamål
label-mechanism = Grund för överföringen
label-derogation = Undantag
label-safeguard-copy = Kopia av skyddsåtgärderna
label-logic = Logiken bakom behandlingen
label-significance = { $voice ->
    [data-subject] Betydelse för den registrerade
   *[you] Betydelse för dig
}
label-consequences = Följder
label-response-time = Svarstid: { $period }.
label-direct-marketing = Direktmarknadsföring

# Gemensamt personuppgiftsansvariga (artikel 26), uppgifter som inte samlas in från den registrerade (artikel 14), barn (artikel 8)
label-joint-arrangement = Det väsentliga innehållet i arrangemanget
joint-contact-point = Kontaktpunkt för de registrerade (artikel 26.1)
joint-any-controller = { $voice ->
    [data-subject] Oavsett villkoren i arrangemanget mellan de personuppgiftsansvariga kan den registrerade utöva sina rättigheter med avseende på och gentemot var och en av dem (artikel 26.3).
   *[you] Oavsett villkoren i arrangemanget mellan de personuppgiftsansvariga kan du utöva dina rättigheter med avseende på och gentemot var och en av dem (artikel 26.3).
}
label-children = gruppen omfattar barn
label-guardian-consent = Samtycke av vårdnadshavare
third-person-intro = { $voice ->
    [data-subject] Dessa uppgifter har inte erhållits av den registrerade själv. Denna information gäller också den registrerade: den beskriver hur uppgifterna behandlas och vilka rättigheter den registrerade har (artikel 14).
   *[you] Vi har inte fått dessa uppgifter av dig själv. Denna information gäller också dig: den beskriver hur dina uppgifter behandlas och vilka rättigheter du har (artikel 14).
}
label-third-person-data = { $voice ->
    [data-subject] Uppgifter om den registrerade som sparas
   *[you] Uppgifter om dig som sparas
}
label-third-person-source = Varifrån uppgifterna kommer

yes = ja
no = nej

# Rättslig grund för behandlingen (artikel 6.1)
basis-consent = Samtycke
basis-contract = Fullgörande av avtal
basis-legal-obligation = Fullgörande av en rättslig förpliktelse som åvilar den personuppgiftsansvarige
basis-vital-interests = Skydd av intressen som är av grundläggande betydelse för den registrerade eller för en annan fysisk person
basis-public-task = Utförande av en uppgift av allmänt intresse eller som ett led i myndighetsutövning
basis-legitimate-interests = Den personuppgiftsansvariges eller en tredje parts berättigade intressen
basis-ref-consent = artikel 6.1 a
basis-ref-contract = artikel 6.1 b
basis-ref-legal-obligation = artikel 6.1 c
basis-ref-vital-interests = artikel 6.1 d
basis-ref-public-task = artikel 6.1 e
basis-ref-legitimate-interests = artikel 6.1 f

# Särskilda kategorier av personuppgifter (artikel 9.1)
special-racial-or-ethnic-origin = ras eller etniskt ursprung
special-political-opinions = politiska åsikter
special-religious-or-philosophical-beliefs = religiös eller filosofisk övertygelse
special-trade-union-membership = medlemskap i fackförening
special-genetic = genetiska uppgifter
special-biometric = biometriska uppgifter för att entydigt identifiera en fysisk person
special-health = uppgifter om hälsa
special-sex-life-or-orientation = uppgifter om sexualliv eller sexuell läggning

# Villkor enligt artikel 9.2
art9-explicit-consent = den registrerades uttryckliga samtycke (artikel 9.2 a)
art9-employment-law = skyldigheter inom arbetsrätten och på områdena social trygghet och socialt skydd (artikel 9.2 b)
art9-vital-interests = skydd av grundläggande intressen (artikel 9.2 c)
art9-not-for-profit-members = medlemmar i en ideell organisation (artikel 9.2 d)
art9-made-public = uppgifter som den registrerade på ett tydligt sätt har offentliggjort (artikel 9.2 e)
art9-legal-claims = fastställande, utövande eller försvar av rättsliga anspråk (artikel 9.2 f)
art9-substantial-public-interest = viktigt allmänintresse med stöd av lag (artikel 9.2 g)
art9-health-care = förebyggande hälso- och sjukvård, yrkesmedicin, hälso- och sjukvård eller social omsorg (artikel 9.2 h)
art9-public-health = folkhälsa (artikel 9.2 i)
art9-archiving-research = arkivändamål, forskning eller statistik (artikel 9.2 j)

# Uppgiftskällor
source-data-subject = { $voice ->
    [data-subject] den registrerade själv
   *[you] du själv
}
source-observation = { $voice ->
    [data-subject] observation av den registrerades aktiviteter
   *[you] observation av dina aktiviteter
}
source-public-register = offentligt register
source-public-source = allmänt tillgänglig källa
source-other-organisation = annan organisation
source-own-system = ett annat register eller system hos den personuppgiftsansvarige

# Mottagare
role-processor = personuppgiftsbiträde
role-controller = personuppgiftsansvarig
role-joint-controller = gemensamt personuppgiftsansvarig
role-authority = myndighet
recipients-none = Uppgifterna lämnas inte ut till andra än den personuppgiftsansvarige.

# Överföringar
mechanism-adequacy = Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45)
mechanism-dpf = Ramen för dataskydd mellan EU och USA (kommissionens beslut (EU) 2023/1795)
mechanism-sccs = Standardavtalsklausuler som Europeiska kommissionen har antagit (beslut (EU) 2021/914, artikel 46.2 c)
mechanism-sccs-pre-2021 = föråldrade standardavtalsklausuler
mechanism-privacy-shield = skölden för skydd av privatlivet i EU och Förenta staterna, Privacy Shield (inte längre giltig)
mechanism-bcr = bindande företagsbestämmelser (artikel 47)
mechanism-code-of-conduct = godkänd uppförandekod (artikel 46.2 e)
mechanism-certification = godkänd certifieringsmekanism (artikel 46.2 f)
mechanism-derogation = undantag i särskilda situationer (artikel 49)
derogation-explicit-consent = den registrerades uttryckliga samtycke (artikel 49.1 a)
derogation-contract-with-subject = fullgörande av ett avtal mellan den registrerade och den personuppgiftsansvarige (artikel 49.1 b)
derogation-contract-in-interest = ingående eller fullgörande av ett avtal i den registrerades intresse (artikel 49.1 c)
derogation-public-interest = viktiga skäl som rör allmänintresset (artikel 49.1 d)
derogation-legal-claims = fastställande, utövande eller försvar av rättsliga anspråk (artikel 49.1 e)
derogation-vital-interests = skydd av grundläggande intressen (artikel 49.1 f)
derogation-public-register = överföring från ett offentligt register (artikel 49.1 g)
derogation-compelling-legitimate-interests = tvingande berättigade intressen (artikel 49.1 andra stycket)
transfers-none = Uppgifterna överförs inte till länder utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet.

# Lagring
duration-years = { $n ->
    [one] { $n } år
   *[other] { $n } år
}
duration-months = { $n ->
    [one] { $n } månad
   *[other] { $n } månader
}
duration-weeks = { $n ->
    [one] { $n } vecka
   *[other] { $n } veckor
}
duration-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}
list-and = { $head } och { $last }
retention-period = { $period }
retention-period-from = { $period } från { $from }
retention-until-consent-withdrawn = tills samtycket återkallas
retention-until-objection = { $voice ->
    [data-subject] tills den registrerade invänder mot behandlingen eller avslutar prenumerationen
   *[you] tills du invänder mot behandlingen eller avslutar prenumerationen
}
retention-minimum = minst { $period }
retention-minimum-from = minst { $period } från { $from }
retention-until-date = till och med { $date }
retention-event-end-of-customer-relationship = det att kundrelationen har upphört
retention-event-end-of-contract = det att avtalet har upphört
retention-event-end-of-financial-year = räkenskapsperiodens utgång
retention-event-end-of-employment = det att anställningen har upphört
retention-event-end-of-membership = det att medlemskapet har upphört
retention-event-end-of-recruitment = det att rekryteringen har avslutats
retention-event-last-contact = den senaste kontakten
retention-event-collection = insamlingen av uppgifterna
date = { $day } { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }

# Automatiserade beslut
automated-none = { $voice ->
    [data-subject] Uppgifterna används inte för automatiserade individuella beslut som har rättsliga följder för den registrerade eller på liknande sätt i betydande grad påverkar den registrerade.
   *[you] Uppgifterna används inte för automatiserade individuella beslut som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig.
}
automated-no-profiling = Uppgifterna används inte för profilering.
automated-profiling = Uppgifterna används för profilering.
automated-exists = Uppgifterna används för automatiserade individuella beslut (artikel 22).

# Skyldighet att lämna uppgifter
provision-statutory = Att lämna uppgifterna är ett lagstadgat krav.
provision-contractual = Att lämna uppgifterna är ett avtalsenligt krav.
provision-contract-prerequisite = { $voice ->
    [data-subject] Uppgifterna är en förutsättning för att ingå avtal: utan dem kan avtal inte ingås med den registrerade.
   *[you] Uppgifterna är en förutsättning för att ingå avtal: utan dem kan vi inte ingå avtal med dig.
}
provision-voluntary = Det är frivilligt att lämna uppgifterna.
provision-obligatory = { $voice ->
    [data-subject] Den registrerade är skyldig att lämna uppgifterna.
   *[you] Du är skyldig att lämna uppgifterna.
}
provision-not-obligatory = { $voice ->
    [data-subject] Den registrerade är inte skyldig att lämna uppgifterna.
   *[you] Du är inte skyldig att lämna uppgifterna.
}

# Rättigheter
rights-intro = { $voice ->
    [data-subject] Enligt dataskyddsförordningen har den registrerade följande rättigheter. Den registrerade kan utöva dem avgiftsfritt.
   *[you] Enligt dataskyddsförordningen har du följande rättigheter. Du kan utöva dem avgiftsfritt.
}
right-access = Rätt till tillgång (artikel 15)
right-access-text = { $voice ->
    [data-subject] Den registrerade kan begära bekräftelse på om hans eller hennes personuppgifter behandlas och få en kopia av de uppgifter som behandlas.
   *[you] Du kan begära bekräftelse på om dina personuppgifter behandlas och få en kopia av de uppgifter som behandlas.
}
right-rectification = Rätt till rättelse (artikel 16)
right-rectification-text = { $voice ->
    [data-subject] Den registrerade kan kräva att felaktiga uppgifter rättas och att ofullständiga uppgifter kompletteras.
   *[you] Du kan kräva att felaktiga uppgifter rättas och att ofullständiga uppgifter kompletteras.
}
right-erasure = Rätt till radering (artikel 17)
right-erasure-text = { $voice ->
    [data-subject] Den registrerade kan begära att uppgifterna raderas när de inte längre behövs, när behandlingen är olaglig eller när det finns någon annan grund för radering enligt förordningen.
   *[you] Du kan begära att dina uppgifter raderas när de inte längre behövs, när behandlingen är olaglig eller när det finns någon annan grund för radering enligt förordningen.
}
right-restriction = Rätt till begränsning av behandling (artikel 18)
right-restriction-text = { $voice ->
    [data-subject] Den registrerade kan begära att behandlingen begränsas, till exempel medan det utreds om uppgifterna är korrekta.
   *[you] Du kan begära att behandlingen begränsas, till exempel medan det utreds om uppgifterna är korrekta.
}
right-portability = Rätt till dataportabilitet (artikel 20)
right-portability-text = { $voice ->
    [data-subject] När behandlingen grundar sig på samtycke eller avtal och sker automatiserat har den registrerade rätt att få de uppgifter som han eller hon själv har lämnat i ett maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.
   *[you] När behandlingen grundar sig på samtycke eller avtal och sker automatiserat har du rätt att få de uppgifter som du själv har lämnat i ett maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig.
}
right-withdraw-consent = Rätt att återkalla samtycke (artikel 7.3)
right-withdraw-consent-text = { $voice ->
    [data-subject] Den registrerade kan när som helst återkalla sitt samtycke. Återkallelsen påverkar inte lagligheten av behandling som har skett innan samtycket återkallades.
   *[you] Du kan när som helst återkalla ditt samtycke. Återkallelsen påverkar inte lagligheten av behandling som har skett innan samtycket återkallades.
}
right-objection = Rätt att göra invändningar (artikel 21)
right-objection-text = { $voice ->
    [data-subject] När behandlingen grundar sig på en uppgift av allmänt intresse eller på berättigat intresse har den registrerade rätt att av skäl som hänför sig till hans eller hennes specifika situation invända mot behandlingen av sina uppgifter.
   *[you] När behandlingen grundar sig på en uppgift av allmänt intresse eller på berättigat intresse har du rätt att av skäl som hänför sig till din specifika situation invända mot behandlingen av dina uppgifter.
}
right-objection-direct-marketing-text = { $voice ->
    [data-subject] Den registrerade har rätt att när som helst invända mot att hans eller hennes uppgifter behandlas för direktmarknadsföring, inbegripet profilering som hänför sig till sådan marknadsföring. Därefter behandlas uppgifterna inte längre för detta ändamål.
   *[you] Du har rätt att när som helst invända mot att dina uppgifter behandlas för direktmarknadsföring, inbegripet profilering som hänför sig till sådan marknadsföring. Därefter behandlas dina uppgifter inte längre för detta ändamål.
}
complaint-text = { $voice ->
    [data-subject] Om den registrerade anser att behandlingen av hans eller hennes personuppgifter strider mot dataskyddsförordningen har den registrerade rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där han eller hon har sin hemvist eller sin arbetsplats eller där den påstådda överträdelsen har begåtts (artikel 77).
   *[you] Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen har du rätt att lämna in klagomål till en tillsynsmyndighet, särskilt i den medlemsstat där du bor eller arbetar eller där den påstådda överträdelsen har begåtts (artikel 77).
}
complaint-authority = Den personuppgiftsansvariges tillsynsmyndighet är:
# After an authority's name that is not in the page's language (a Swedish authority on a Finnish page).
authority-name-note = { $country }; på engelska { $english }
authority-name-note-country = { $country }
label-complaint-web = Att lämna in klagomål på webben
exercise-intro = { $voice ->
    [data-subject] Kontaktuppgifter för begäranden som gäller den registrerades rättigheter:
   *[you] Kontaktuppgifter för begäranden som gäller dina rättigheter:
}

# Ländernas namn kommer från CLDR (ICU4X). Här står bara namn där EU:s interinstitutionella
# skrivregler har ett annat officiellt kortnamn än CLDR; country-<kod> ersätter CLDR:s namn.
country-US = Förenta staterna
country-GB = Förenade kungariket

## Register över behandling (artikel 30), `seloste ropa`

ropa-title = Register över behandling (artikel 30 i dataskyddsförordningen)
ropa-sheet = Behandlingar
ropa-controllers = Personuppgiftsansvariga
ropa-col-controller = Personuppgiftsansvarig
ropa-col-register = Register
ropa-col-purpose = Ändamålen med behandlingen
ropa-col-description = Beskrivning av behandlingen
ropa-col-basis = Rättslig grund (artikel 6)
ropa-col-basis-detail = Lag eller berättigat intresse
ropa-col-art9-condition = Villkor för särskilda kategorier (artikel 9.2)
ropa-col-data-subjects = Kategorier av registrerade
ropa-col-categories = Kategorier av personuppgifter
ropa-col-special-categories = Särskilda kategorier och uppgifter om lagöverträdelser
ropa-col-sources = Uppgiftskällor
ropa-col-processors = Personuppgiftsbiträden
ropa-col-recipients = Övriga mottagare
ropa-col-transfers = Överföringar till tredjeland och skyddsåtgärder
ropa-col-retention = Tidsfrister för radering
ropa-col-security = Tekniska och organisatoriska säkerhetsåtgärder
ropa-col-automated = Automatiserat beslutsfattande och profilering
ropa-col-rights = Den registrerades rättigheter
ropa-col-contracts = Avtal med mottagare
ropa-col-lia = Intresseavvägning
ropa-col-consent-records = Dokumentation av samtycken
ropa-col-dpia = Konsekvensbedömning avseende dataskydd
ropa-col-systems = Informationssystem
ropa-col-owner = Ansvarig för registret
ropa-col-controller-contact = Den personuppgiftsansvariges kontaktuppgifter
ropa-col-joint-controllers = Gemensamt personuppgiftsansvariga
ropa-col-representative = Den personuppgiftsansvariges företrädare i EU
ropa-col-dpo = Dataskyddsombud
ropa-col-updated = Dataskyddsbeskrivningen uppdaterad
ropa-controller-col-name = Namn
ropa-controller-col-business-id = FO-nummer
ropa-controller-col-postal-address = Postadress
ropa-controller-col-visiting-address = Besöksadress
ropa-controller-col-email = E-post
ropa-controller-col-phone = Telefon
ropa-controller-col-website = Webbplats
ropa-controller-col-dpo = Dataskyddsombud
ropa-controller-col-representative = Den personuppgiftsansvariges företrädare i EU
ropa-controller-col-owner = Ansvarig för dataskyddet
ropa-basis = { $name } ({ $article })
ropa-criminal = { $category }: personuppgifter som rör fällande domar i brottmål och lagöverträdelser (artikel 10)
ropa-right-complaint = Rätt att lämna in klagomål till en tillsynsmyndighet (artikel 77)
ropa-automated-none = Inga automatiserade individuella beslut (artikel 22)
ropa-automated-exists = Automatiserade individuella beslut (artikel 22)
ropa-profiling = Profilering
ropa-no-profiling = Ingen profilering
ropa-large-scale = Behandling i stor omfattning (artikel 35.3)
ropa-status-not-needed = Behövs inte
ropa-status-planned = Planerad
ropa-status-in-progress = Pågår
ropa-status-done = Genomförd
# Sammanfattning, innehåll, länkar och dataskyddsramen
sources-subject = { $voice ->
    [data-subject] Uppgifterna fås av den registrerade själv.
   *[you] Uppgifterna fås av dig själv.
}
sources-other = { $voice ->
    [data-subject] Uppgifterna fås från andra källor än från den registrerade själv. Källorna är:
   *[you] Uppgifterna fås från andra källor än från dig själv. Källorna är:
}
sources-both = { $voice ->
    [data-subject] En del av uppgifterna fås av den registrerade själv och en del från andra källor. Källorna är:
   *[you] En del av uppgifterna fås av dig själv och en del från andra källor. Källorna är:
}
summary-heading = I korthet
summary-intro = { $voice ->
    [data-subject] Det viktigaste om hur den registrerades personuppgifter behandlas. Hela beskrivningen följer efter sammanfattningen.
   *[you] Det viktigaste om hur dina personuppgifter behandlas. Hela beskrivningen följer efter sammanfattningen.
}
summary-who = Vem som behandlar uppgifterna
summary-why = För vilka ändamål och med vilken rättslig grund
summary-recipients = Vem uppgifterna lämnas ut till
summary-processors = Dessutom behandlar personuppgiftsbiträden uppgifterna för den personuppgiftsansvariges räkning.
summary-processors-only = Uppgifterna behandlas för den personuppgiftsansvariges räkning endast av personuppgiftsbiträden.
summary-transfers = Överföringar utanför EU och EES
summary-retention = Hur länge uppgifterna sparas
summary-rights-how = { $voice ->
    [data-subject] Den registrerade kan utöva sina rättigheter genom att kontakta:
   *[you] Du kan utöva dina rättigheter genom att kontakta:
}
summary-right-access = tillgång till uppgifterna
summary-right-rectification = rättelse
summary-right-erasure = radering
summary-right-restriction = begränsning av behandlingen
summary-right-portability = dataportabilitet
summary-right-objection = invändning mot behandlingen
summary-right-withdraw-consent = återkallelse av samtycke
summary-right-complaint = klagomål till tillsynsmyndigheten
toc-heading = Innehåll
notice-pdf = Beskrivningen som PDF-fil
index-pdf = PDF
index-controller-title = { $title }: { $controller }
dpf-certified-entity = Det amerikanska bolag som är certifierat enligt ramen är { $entity }.
dpf-certified-recipient = Mottagaren är certifierad enligt ramen.
dpf-certified-group = Certifierat enligt ramen är mottagarens amerikanska koncernbolag.

# Sammanfattning, innehåll, länkar och dataskyddsramen
section-title = { $number }. { $heading }
