# Kommandoradens egna ord (svenska): hjälptexterna (`--help`) och felen på kommandoraden.
# Namn: cmd-<kommando>-about, arg-<kommando>-<argument>, value-<kommando>-<argument>-<värde>;
# `seloste` är huvudkommandot.

cmd-seloste-about = seloste: dataskyddsbeskrivningar som kod. Kontrollerar att registerfilerna uppfyller kraven i dataskyddsförordningen och gör dataskyddsbeskrivningar av dem
cmd-check-about = Kontrollerar att registerfilerna följer schemat och reglerna som bygger på dataskyddsförordningen
cmd-build-about = Gör en dataskyddsbeskrivning av varje felfritt register i HTML-, PDF- och Markdownformat
cmd-schema-about = Skriver ut JSON-schemat för registerfiler (eller för organisationsfiler)
cmd-explain-about = Förklarar en regel: vad den kontrollerar, varför och hur du åtgärdar bristen
cmd-rules-about = Listar alla regler med id, allvarlighetsgrad och lagrum
cmd-templates-about = Skriver programmets egna mallar och översättningsfiler till en mapp där du kan redigera dem
cmd-init-about = Skriver en kommenterad stomme till en registerfil som du fyller i
cmd-completions-about = Skriver ut ett kompletteringsskript för skalet (bash, zsh, fish, powershell, elvish)
cmd-man-about = Skriver ut den engelskspråkiga man-sidan (roff) för seloste och dess underkommandon

arg-check-paths = Registerfiler, eller mappar där *.yaml- och *.yml-filer söks (standard: den aktuella mappen)
arg-check-format = Format för utdata
value-check-format-human = Text med utdrag ur källfilerna, för människor att läsa
value-check-format-json = JSON, för maskinell läsning (strukturen beskrivs i README.md)
value-check-format-github = Arbetsflödeskommandon för GitHub Actions: anteckningar i pull requestens ändringar
value-check-format-sarif = SARIF 2.1.0, för kodgranskningsverktyg (GitHubs upload-sarif, GitLab, utvecklingsmiljöer)
arg-check-deny-warnings = Avslutar med koden 1 också om det finns varningar
arg-check-lang = Meddelandenas språk: fi, sv eller en (standard: enligt LC_ALL, LC_MESSAGES eller LANG, annars engelska)

arg-build-paths = Registerfiler, eller mappar där *.yaml- och *.yml-filer söks (standard: den aktuella mappen)
arg-build-out = Mappen som dataskyddsbeskrivningarna skrivs till
arg-build-format = Format som skrivs (standard: alla)
arg-build-lang = Beskrivningarnas språk (standard: alla språk som registret anger)
arg-build-templates = En mapp vars filer ersätter programmets egna mallar och översättningsfiler med samma namn
arg-build-fragment = Skriver HTML som ett <section>-element att bädda in i en sida, i stället för som en fristående sida
arg-build-no-cache = Gör om beskrivningen för varje register, också för dem som inte har ändrats sedan den senaste körningen till samma --out-mapp
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

# Platshållare för värden på användningsraden och i flaggorna (`<FORMAT>`, `[SÖKVÄGAR]...`).
meta-check-paths = SÖKVÄGAR
meta-check-format = FORMAT
meta-check-lang = SPRÅK
meta-build-paths = SÖKVÄGAR
meta-build-out = MAPP
meta-build-format = FORMAT
meta-build-lang = SPRÅK
meta-build-templates = MALLMAPP
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
clap-command-placeholder = KOMMANDO
clap-options-placeholder = [FLAGGOR]

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
