# Kommandoradens egna ord (svenska): hjälptexterna (`--help`) och felen på kommandoraden.
# Namn: cmd-<kommando>-about, arg-<kommando>-<argument>, value-<kommando>-<argument>-<värde>;
# `seloste` är huvudkommandot.

cmd-seloste-about = seloste: dataskyddsbeskrivningar som kod. Kontrollerar att registerfilerna uppfyller kraven i dataskyddsförordningen och gör dataskyddsbeskrivningar av dem
cmd-check-about = Kontrollerar att registerfilerna följer schemat och reglerna som bygger på dataskyddsförordningen
cmd-build-about = Gör en dataskyddsbeskrivning av varje felfritt register i HTML-, PDF- och Markdownformat
cmd-diff-about = Visar vad som ändrats i behandlingen mellan två versioner och om ändringen är väsentlig
cmd-schema-about = Skriver ut JSON-schemat för registerfiler (eller för organisationsfiler)
cmd-explain-about = Förklarar en regel: vad den kontrollerar, varför och hur du åtgärdar bristen
cmd-rules-about = Listar alla regler med id, allvarlighetsgrad och lagrum
cmd-templates-about = Skriver programmets egna mallar och översättningsfiler till en mapp där du kan redigera dem
cmd-init-about = Skriver en kommenterad stomme till en registerfil som du fyller i
cmd-completions-about = Skriver ut ett kompletteringsskript för skalet (bash, zsh, fish, powershell, elvish)
cmd-man-about = Skriver ut den engelskspråkiga man-sidan (roff) för seloste och dess underkommandon
cmd-lsp-about = Startar en språkserver (language server) på standardin- och standardutmatningen: check-kommandots fynd syns i editorn medan du skriver
cmd-serve-about = Visar en förhandsvisning av beskrivningarna i en webbläsare på den här datorn, med fynden ovanför varje beskrivning; sidan laddas om när en fil ändras

arg-check-paths = Registerfiler, eller mappar där *.yaml- och *.yml-filer söks (standard: den aktuella mappen)
arg-check-format = Format för utdata
value-check-format-human = Text med utdrag ur källfilerna, för människor att läsa
value-check-format-json = JSON, för maskinell läsning: ett objekt med en sammanfattning och fynden (fält läggs bara till)
value-check-format-github = Arbetsflödeskommandon för GitHub Actions: anteckningar i pull requestens ändringar (och i GitHub Actions alla fynd i jobbsammanfattningen)
value-check-format-gitlab = GitLabs Code Quality-rapport i JSON (artifacts:reports:codequality)
value-check-format-junit = JUnit XML, för CI-tjänsternas testrapporter (GitLabs artifacts:reports:junit, Jenkins)
value-check-format-sarif = SARIF 2.1.0, för kodgranskningsverktyg (GitHubs upload-sarif, GitLab, utvecklingsmiljöer)
arg-check-deny-warnings = Avslutar med koden 1 också om det finns varningar
arg-check-docs-url = Var reglerna är dokumenterade, för SARIF-rapportens helpUri: en URL där {"{"}rule{"}"} ersätts med regelns id (annars läggs id:t till i slutet)
arg-check-lang = Meddelandenas språk: fi, sv eller en (standard: enligt LC_ALL, LC_MESSAGES eller LANG, annars engelska)
arg-check-ropa = Kontrollerar också vad registret över behandling (artikel 30) kräver: en beskrivning av säkerhetsåtgärderna och konsekvensbedömningens status när särskilda kategorier av personuppgifter behandlas eller behandlingen sker i stor omfattning
arg-lsp-lang = Meddelandenas språk: fi, sv eller en (standard: enligt editorns initializationOptions.lang, annars enligt editorns språk, annars enligt LC_ALL, LC_MESSAGES eller LANG, annars engelska)
arg-serve-paths = Registerfiler, eller mappar där *.yaml- och *.yml-filer söks (standard: den aktuella mappen)
arg-serve-port = Porten som lyssnas på, endast på 127.0.0.1 (0: vilken ledig port som helst, som skrivs ut vid start)

arg-build-paths = Registerfiler, eller mappar där *.yaml- och *.yml-filer söks (standard: den aktuella mappen)
arg-build-out = Mappen som dataskyddsbeskrivningarna skrivs till (standard: build.out i seloste.toml)
arg-build-format = Format som skrivs (standard: alla)
arg-build-lang = Beskrivningarnas språk (standard: alla språk som registret anger)
arg-build-templates = En mapp vars filer ersätter programmets egna mallar och översättningsfiler med samma namn
arg-build-fragment = Skriver HTML som ett <section>-element att bädda in i en sida, i stället för som en fristående sida
arg-build-no-cache = Gör om beskrivningen för varje register, också för dem som inte har ändrats sedan den senaste körningen till samma --out-mapp
arg-build-base-url = Adressen där utdatamappen publiceras (https://…): länkarna mellan beskrivningarna, deras språkversioner, PDF-filer och indexsidor skrivs som fullständiga adresser under den, så att de fungerar också från ett avsnitt som bäddats in i en annan sida

arg-diff-paths = Utan --since: den gamla och den nya versionen (två filer eller två mappar). Med --since: filerna eller mapparna som jämförs (standard: den aktuella mappen)
arg-diff-since = Jämför filerna som de är med git-versionen REV (en gren, tagg eller commit)
arg-diff-format = Utdataformat
value-diff-format-human = Text för människor, register för register, väsentliga ändringar först
value-diff-format-json = JSON, för maskinell läsning: ett objekt med registren och deras ändringar (fält läggs bara till)
value-diff-format-markdown = Markdown, som kommentar till en pull request
value-diff-format-github = GitHub Actions: anteckningar och Markdown-rapporten i jobbsammanfattningen
arg-diff-fail-on = Avsluta med 1 när en väsentlig ändring saknar post i `changes:`
value-diff-fail-on-material = Avsluta med 1 när en väsentlig ändring saknar post i ändringshistoriken
arg-diff-lang = Meddelandenas språk: fi, sv eller en (standard: från LC_ALL, LC_MESSAGES eller LANG, annars engelska)
arg-build-pdf-standard = Standarden som PDF-filerna skrivs enligt (varje PDF-fil är taggad)
value-build-pdf-standard-ua-1 = PDF/UA-1 (tillgänglig): Typst kontrollerar den när filen skrivs
value-build-pdf-standard-a-2b = PDF/A-2b (för arkivering) samt PDF/UA-1
value-build-pdf-standard-a-3b = PDF/A-3b (för arkivering) samt PDF/UA-1

arg-schema-organisation = Skriver ut schemat för organisationsfiler i stället för registerfiler

arg-explain-rule = Regelns id, till exempel `purpose-basis`
arg-explain-lang = Språket: fi, sv eller en (standard: enligt LC_ALL, LC_MESSAGES eller LANG, annars engelska)
arg-rules-lang = Språket: fi, sv eller en (standard: enligt LC_ALL, LC_MESSAGES eller LANG, annars engelska)

arg-templates-dir = Mappen som filerna skrivs till; den får inte finnas ännu, eller så måste den vara tom

arg-init-file = Registerfilen som skrivs; den får inte finnas ännu
arg-init-lang = Beskrivningens språk; varje text får en platshållare på vart och ett av dem. Till finska och svenska (`fi,sv`, en tvåspråkig kommun) läggs engelska: `fi,sv,en`
arg-init-kind = Vilket slags organisation den personuppgiftsansvarige är (en myndighets beskrivning har ett avsnitt om dataskyddsombudet)
value-init-kind-company = Ett aktiebolag eller annat företag
value-init-kind-association = En registrerad förening, också en handelskammare
value-init-kind-foundation = En stiftelse
value-init-kind-cooperative = Ett andelslag
value-init-kind-public-authority = En myndighet eller ett annat offentligt organ: staten, en kommun, en samkommun
value-init-kind-sole-trader = En enskild näringsidkare (firma)
value-init-kind-other = Något annat
arg-init-vendors = En tjänst som du använder (till exempel `mailchimp`, `google-workspace`, `zoom`; upprepa flaggan eller skilj tjänsterna åt med kommatecken): skrivs in som mottagare, och dess överföringar till länder utanför EU och EES fylls i från seloste-programmets leverantörsförteckning (data/vendors.yaml)

arg-completions-shell = Skalet som kompletteringsskriptet skrivs för

# Projektets konfiguration (seloste.toml) och kontrollens utdata.
arg-check-select = Kör endast dessa kontroller (id:n åtskilda med kommatecken, eller ALL) i stället för rules.select i seloste.toml
arg-check-ignore = Kör inte dessa kontroller (id:n åtskilda med kommatecken), utöver rules.ignore i seloste.toml
arg-check-color = När rapporten färgläggs (auto: i en terminal, utom när NO_COLOR är satt eller TERM är dumb; CLICOLOR_FORCE tvingar fram färg)
value-check-color-auto = I en terminal, utom när NO_COLOR är satt eller TERM är dumb (CLICOLOR_FORCE tvingar fram färg)
value-check-color-always = Alltid, även till en fil eller ett rör
value-check-color-never = Aldrig
arg-check-quiet = Skriver endast ut fynden: ingen sammanfattningsrad och ingen lista över det som återstår
arg-check-output-file = Skriver rapporten till denna fil i stället för till standardutdata
arg-check-exit-zero = Avslutar med koden 0 även om fel hittas (2 betyder fortfarande att en fil inte kunde läsas)
arg-check-statistics = Skriver i stället för fynden ut hur många fynd varje kontroll har
arg-check-config = Läser denna konfigurationsfil i stället för projektmappens seloste.toml
arg-check-isolated = Läser ingen konfigurationsfil: endast selostes standardvärden och kommandoraden
arg-build-config = Läser denna konfigurationsfil i stället för projektmappens seloste.toml
arg-build-isolated = Läser ingen konfigurationsfil: endast selostes standardvärden och kommandoraden
arg-schema-config-file = Skriver i stället ut schemat för projektets konfigurationsfil seloste.toml
cmd-config-about = Skriver ut den gällande konfigurationen (seloste.toml och standardvärden) som TOML
arg-config-config = Läser denna konfigurationsfil i stället för projektmappens seloste.toml
arg-config-isolated = Läser ingen konfigurationsfil: endast selostes standardvärden och kommandoraden

# Platshållare för värden på användningsraden och i flaggorna (`<FORMAT>`, `[SÖKVÄGAR]...`).
meta-check-paths = SÖKVÄGAR
meta-check-format = FORMAT
meta-check-lang = SPRÅK
meta-lsp-lang = SPRÅK
meta-serve-paths = SÖKVÄGAR
meta-serve-port = PORT
meta-check-docs-url = URL
meta-build-paths = SÖKVÄGAR
meta-build-out = MAPP
meta-build-format = FORMAT
meta-build-lang = SPRÅK
meta-build-templates = MALLMAPP
meta-diff-paths = SÖKVÄGAR
meta-diff-since = VERSION
meta-diff-format = FORMAT
meta-diff-fail-on = VILLKOR
meta-diff-lang = SPRÅK
meta-build-base-url = URL
meta-build-pdf-standard = STANDARD
meta-explain-rule = REGEL
meta-explain-lang = SPRÅK
meta-rules-lang = SPRÅK
meta-templates-dir = MAPP
meta-init-file = FIL
meta-init-lang = SPRÅK
meta-init-kind = TYP
meta-init-vendors = TJÄNST
meta-completions-shell = SKAL
meta-check-select = KONTROLLER
meta-check-ignore = KONTROLLER
meta-check-color = NÄR
meta-check-output-file = FIL
meta-check-config = FIL
meta-build-config = FIL
meta-config-config = FIL
clap-command-placeholder = KOMMANDO
clap-options-placeholder = [FLAGGOR]


# Slutstatus, efter --help för seloste, check och build, och på man-sidan.
clap-exit-status = Slutstatus
clap-exit-0 = lyckades: inga fel (varningar leder till misslyckande endast med --deny-warnings)
clap-exit-1 = fel hittades (eller varningar, med --deny-warnings), eller ett register byggdes inte
clap-exit-2 = seloste kunde inte utföra sitt arbete: ett misstag på kommandoraden eller i seloste.toml, eller en fil som inte kan läsas eller skrivas

# claps egna ord.
clap-usage = Användning
clap-commands = Kommandon
clap-arguments = Argument
clap-options = Flaggor
clap-possible-values = Möjliga värden
clap-default = [standard: { $value }]
clap-possible-values-list = [möjliga värden: { $values }]
clap-print-help = Skriver ut hjälpen
clap-print-help-short = Skriver ut hjälpen (mer med '--help')
clap-print-help-long = Skriver ut hjälpen (en sammanfattning med '-h')
clap-print-version = Skriver ut versionen
clap-help-about = Skriver ut den här hjälpen eller hjälpen för de angivna underkommandona

# Fel på kommandoraden.
clap-invalid-value = `{ $arg }` godtar inte värdet `{ $value }`
clap-invalid-value-list = `{ $arg }` godtar inte värdet `{ $value }`; möjliga värden är { $values }
clap-value-required = `{ $arg }` behöver ett värde, men inget angavs
clap-value-required-list = `{ $arg }` behöver ett värde, men inget angavs; möjliga värden är { $values }
clap-value-validation = `{ $arg }` godtar inte värdet `{ $value }`: { $reason }
clap-unknown-argument = oväntat argument `{ $arg }`
clap-unknown-subcommand = okänt underkommando `{ $name }`
clap-missing-required = obligatoriska argument saknas: { $args }
clap-conflict = `{ $arg }` kan inte användas tillsammans med { $other }
clap-no-equals = värdet för `{ $arg }` anges efter ett likhetstecken
clap-too-many-values = `{ $arg }` tar inte fler värden, men fick också `{ $value }`
clap-wrong-number-of-values = `{ $arg }` tar { $expected } värden, men fick { $actual }
clap-missing-subcommand = `{ $name }` behöver ett underkommando, men inget angavs
clap-invalid-utf8 = argumenten innehåller ogiltig UTF-8
clap-did-you-mean = menade du { $suggestion }?
clap-similar-subcommands = menade du något av dessa: { $names }?
clap-value-with-dashes = om `{ $arg }` är ett värde och inte en flagga, skriv två streck före det: `-- { $arg }`
clap-more-information = `{ $command } --help` visar mer

# `seloste ropa`
cmd-ropa-about = Skriver registret över behandling (artikel 30 i dataskyddsförordningen) i XLSX-, CSV-, HTML- eller Markdownformat
arg-ropa-paths = Registerfiler, eller mappar där *.yaml- och *.yml-filer söks (standard: den aktuella mappen)
arg-ropa-out = Filen som registret skrivs till
arg-ropa-format = Formatet (standard: enligt filändelsen i --out)
value-ropa-format-xlsx = En Excelarbetsbok: ett blad med behandlingarna och ett med de personuppgiftsansvariga
value-ropa-format-csv = CSV (RFC 4180, UTF-8 med byteordningsmarkering för Excel): tabellen över behandlingarna
value-ropa-format-html = En utskrivbar HTML-tabell
value-ropa-format-md = Markdown: ett avsnitt per behandling
arg-ropa-lang = Registrets språk: fi, sv eller en (standard: meddelandenas språk)
arg-ropa-templates = En mapp vars filer ersätter programmets egna mallar och översättningsfiler med samma namn
meta-ropa-paths = SÖKVÄGAR
meta-ropa-out = FIL
meta-ropa-format = FORMAT
meta-ropa-lang = SPRÅK
meta-ropa-templates = MALLMAPP
