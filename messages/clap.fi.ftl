# Komentorivin omat sanat (suomi): `--help`-ohjeet ja komentorivin virheet. Nimet:
# cmd-<komento>-about, arg-<komento>-<argumentti>, value-<komento>-<argumentti>-<arvo>;
# `seloste` on pääkomento.

cmd-seloste-about = seloste: tietosuojaselosteet koodina. Tarkistaa, että rekisteritiedostot täyttävät tietosuoja-asetuksen vaatimukset, ja muodostaa niistä tietosuojaselosteet
cmd-check-about = Tarkistaa, että rekisteritiedostot noudattavat skeemaa ja tietosuoja-asetukseen perustuvia sääntöjä
cmd-build-about = Muodostaa jokaisesta virheettömästä rekisteristä tietosuojaselosteen HTML-, PDF- ja Markdown-muodossa
cmd-diff-about = Näyttää, mikä käsittelyssä muuttui kahden version välillä ja onko muutos olennainen
cmd-schema-about = Tulostaa rekisteritiedostojen (tai organisaatiotiedostojen) JSON-skeeman
cmd-explain-about = Selittää säännön: mitä se tarkistaa, miksi ja miten puutteen voi korjata
cmd-rules-about = Luettelee kaikki säännöt tunnisteineen, vakavuuksineen ja lainkohtineen
cmd-templates-about = Kirjoittaa ohjelman omat sivupohjat ja käännöstiedostot kansioon muokattaviksi
cmd-init-about = Kirjoittaa täytettävän rekisteritiedoston rungon kommentteineen
cmd-completions-about = Tulostaa komentotulkin täydennysskriptin (bash, zsh, fish, powershell, elvish)
cmd-man-about = Tulostaa seloste-ohjelman ja sen alikomentojen englanninkielisen man-sivun (roff)
cmd-lsp-about = Käynnistää kielipalvelimen (language server) vakiosyötteeseen ja -tulosteeseen: check-komennon havainnot näkyvät editorissa kirjoitettaessa
cmd-serve-about = Näyttää selosteiden esikatselun tämän tietokoneen selaimessa, havainnot kunkin selosteen yläpuolella; sivu latautuu uudelleen, kun tiedosto muuttuu

arg-check-paths = Rekisteritiedostot tai kansiot, joista etsitään *.yaml- ja *.yml-tiedostot (oletus: nykyinen kansio)
arg-check-format = Tulosteen muoto
value-check-format-human = Tekstiä ja otteita lähdetiedostoista, ihmisen luettavaksi
value-check-format-json = JSON, koneen luettavaksi: yksi objekti, jossa on yhteenveto ja havainnot (kenttiä vain lisätään)
value-check-format-github = GitHub Actionsin työnkulkukomennot: huomautukset pull requestin muutoksiin (ja GitHub Actionsissa kaikki havainnot työn yhteenvetoon)
value-check-format-gitlab = GitLabin Code Quality -raportti JSON-muodossa (artifacts:reports:codequality)
value-check-format-junit = JUnit XML, CI-palveluiden testiraporteiksi (GitLabin artifacts:reports:junit, Jenkins)
value-check-format-sarif = SARIF 2.1.0, koodin tarkistustyökaluille (GitHubin upload-sarif, GitLab, kehitysympäristöt)
arg-check-deny-warnings = Päättyy paluuarvoon 1 myös, jos löytyy varoituksia
arg-check-docs-url = Osoite, josta sääntöjen ohjeet löytyvät, SARIF-raportin helpUri-kenttään: URL, jossa {"{"}rule{"}"} korvataan säännön tunnuksella (muuten tunnus lisätään loppuun)
arg-check-lang = Viestien kieli: fi, sv tai en (oletus: LC_ALL-, LC_MESSAGES- tai LANG-muuttujan mukaan, muuten englanti)
arg-check-ropa = Tarkistaa lisäksi, mitä seloste käsittelytoimista (30 artikla) edellyttää: turvatoimien kuvauksen sekä vaikutustenarvioinnin tilan, kun käsitellään erityisiä henkilötietoryhmiä tai käsittely on laajamittaista
arg-lsp-lang = Viestien kieli: fi, sv tai en (oletus: editorin initializationOptions.lang-asetuksen mukaan, muuten editorin kielen mukaan, muuten LC_ALL-, LC_MESSAGES- tai LANG-muuttujan mukaan, muuten englanti)
arg-serve-paths = Rekisteritiedostot tai kansiot, joista etsitään *.yaml- ja *.yml-tiedostot (oletus: nykyinen kansio)
arg-serve-port = Portti, jota kuunnellaan, vain osoitteessa 127.0.0.1 (0: mikä tahansa vapaa portti, joka tulostetaan käynnistettäessä)

arg-build-paths = Rekisteritiedostot tai kansiot, joista etsitään *.yaml- ja *.yml-tiedostot (oletus: nykyinen kansio)
arg-build-out = Kansio, johon selosteet kirjoitetaan (oletus: seloste.toml-tiedoston build.out)
arg-build-format = Muodostettavat tiedostomuodot (oletus: kaikki)
arg-build-lang = Selosteiden kielet (oletus: jokainen kieli, jonka rekisteri ilmoittaa)
arg-build-templates = Kansio, jonka tiedostot korvaavat samannimiset ohjelman omat sivupohjat ja käännöstiedostot
arg-build-fragment = Kirjoittaa HTML:n sivuun upotettavana <section>-elementtinä eikä erillisenä sivuna
arg-build-no-cache = Muodostaa jokaisen rekisterin selosteen uudelleen, myös niiden, jotka eivät ole muuttuneet edellisen samaan --out-kansioon tehdyn ajon jälkeen
arg-build-base-url = Osoite, jossa tulostekansio julkaistaan (https://…): selosteiden, niiden kieliversioiden, PDF-tiedostojen ja hakemistosivujen väliset linkit kirjoitetaan sen alle täydellisinä osoitteina, jolloin ne toimivat myös toiselle sivulle upotetusta osasta

arg-diff-paths = Ilman --since-valitsinta: vanha ja uusi versio (kaksi tiedostoa tai kaksi kansiota). --since-valitsimen kanssa: verrattavat tiedostot tai kansiot (oletus: nykyinen kansio)
arg-diff-since = Vertaa tiedostoja sellaisina kuin ne ovat git-versioon REV (haara, tunniste tai commit)
arg-diff-format = Tulostusmuoto
value-diff-format-human = Tekstiä ihmisille, rekisteri kerrallaan, olennaiset muutokset ensin
value-diff-format-json = JSON, koneen luettavaksi: yksi objekti, jossa ovat rekisterit ja niiden muutokset (kenttiä vain lisätään)
value-diff-format-markdown = Markdown pull requestin kommentiksi
value-diff-format-github = GitHub Actions: huomautukset ja Markdown-raportti työn yhteenvetoon
arg-diff-fail-on = Päättyy koodiin 1, kun olennaisesta muutoksesta ei ole `changes:`-merkintää
value-diff-fail-on-material = Päättyy koodiin 1, kun olennaisesta muutoksesta ei ole muutoshistorian merkintää
arg-diff-lang = Viestien kieli: fi, sv tai en (oletus: LC_ALL-, LC_MESSAGES- tai LANG-muuttujasta, muuten englanti)
arg-build-pdf-standard = Standardi, jonka mukaisina PDF-tiedostot kirjoitetaan (jokainen PDF-tiedosto on rakenteistettu eli tagged)
value-build-pdf-standard-ua-1 = PDF/UA-1 (saavutettava): Typst tarkistaa sen tiedostoa kirjoitettaessa
value-build-pdf-standard-a-2b = PDF/A-2b (arkistointiin) sekä PDF/UA-1
value-build-pdf-standard-a-3b = PDF/A-3b (arkistointiin) sekä PDF/UA-1

arg-schema-organisation = Tulostaa organisaatiotiedostojen skeeman rekisteritiedostojen skeeman sijaan

arg-explain-rule = Säännön tunniste, esimerkiksi `purpose-basis`
arg-explain-lang = Kieli: fi, sv tai en (oletus: LC_ALL-, LC_MESSAGES- tai LANG-muuttujan mukaan, muuten englanti)
arg-rules-lang = Kieli: fi, sv tai en (oletus: LC_ALL-, LC_MESSAGES- tai LANG-muuttujan mukaan, muuten englanti)

arg-templates-dir = Kansio, johon tiedostot kirjoitetaan; se ei saa olla vielä olemassa, tai sen on oltava tyhjä

arg-init-file = Kirjoitettava rekisteritiedosto; sitä ei saa olla vielä olemassa
arg-init-lang = Selosteen kielet; jokainen teksti saa paikkamerkin kullakin kielellä. Suomeen ja ruotsiin (`fi,sv`, kaksikielinen kunta) lisätään englanti: `fi,sv,en`
arg-init-kind = Millainen organisaatio rekisterinpitäjä on (viranomaisen selosteessa on tietosuojavastaavan osio)
value-init-kind-company = Osakeyhtiö tai muu yritys
value-init-kind-association = Rekisteröity yhdistys, myös kauppakamari
value-init-kind-foundation = Säätiö
value-init-kind-cooperative = Osuuskunta
value-init-kind-public-authority = Viranomainen tai muu julkisyhteisö: valtio, kunta, kuntayhtymä
value-init-kind-sole-trader = Yksityinen elinkeinonharjoittaja (toiminimi)
value-init-kind-other = Jokin muu
arg-init-vendors = Käyttämäsi palvelu (esimerkiksi `mailchimp`, `google-workspace`, `zoom`; toista valitsin tai erota palvelut pilkuilla): kirjoitetaan vastaanottajaksi, ja sen siirrot EU:n tai ETA:n ulkopuolelle täytetään seloste-ohjelman palveluntarjoajaluettelosta (data/vendors.yaml)

arg-completions-shell = Komentotulkki, jolle täydennysskripti kirjoitetaan

# Projektin asetukset (seloste.toml) ja tarkistuksen tuloste.
arg-check-select = Ajaa vain nämä tarkistukset (tunnisteet pilkuin erotettuina tai ALL) seloste.toml-tiedoston rules.select-avaimen sijaan
arg-check-ignore = Jättää nämä tarkistukset ajamatta (tunnisteet pilkuin erotettuina) seloste.toml-tiedoston rules.ignore-avaimen lisäksi
arg-check-color = Milloin raportti väritetään (auto: päätteessä, paitsi jos NO_COLOR on asetettu tai TERM on dumb; CLICOLOR_FORCE pakottaa värit)
value-check-color-auto = Päätteessä, paitsi jos NO_COLOR on asetettu tai TERM on dumb (CLICOLOR_FORCE pakottaa värit)
value-check-color-always = Aina, myös tiedostoon tai putkeen
value-check-color-never = Ei koskaan
arg-check-quiet = Tulostaa vain havainnot: ei yhteenvetoriviä eikä luetteloa korjattavista
arg-check-output-file = Kirjoittaa raportin tähän tiedostoon vakiotulosteen sijaan
arg-check-exit-zero = Päättyy paluuarvoon 0, vaikka virheitä löytyisi (2 tarkoittaa edelleen, ettei jotakin tiedostoa voitu lukea)
arg-check-statistics = Tulostaa havaintojen sijaan kunkin tarkistuksen havaintojen määrän
arg-check-config = Lukee tämän asetustiedoston projektikansion seloste.toml-tiedoston sijaan
arg-check-isolated = Ei lue asetustiedostoa: vain seloste-ohjelman oletukset ja komentorivi
arg-build-config = Lukee tämän asetustiedoston projektikansion seloste.toml-tiedoston sijaan
arg-build-isolated = Ei lue asetustiedostoa: vain seloste-ohjelman oletukset ja komentorivi
arg-schema-config-file = Tulostaa sen sijaan projektin asetustiedoston seloste.toml skeeman
cmd-config-about = Tulostaa voimassa olevat asetukset (seloste.toml ja oletukset) TOML-muodossa
arg-config-config = Lukee tämän asetustiedoston projektikansion seloste.toml-tiedoston sijaan
arg-config-isolated = Ei lue asetustiedostoa: vain seloste-ohjelman oletukset ja komentorivi

# Arvojen paikkamerkit käyttöohjeen rivillä ja valitsimissa (`<MUOTO>`, `[POLUT]...`).
meta-check-paths = POLUT
meta-check-format = MUOTO
meta-check-lang = KIELI
meta-lsp-lang = KIELI
meta-serve-paths = POLUT
meta-serve-port = PORTTI
meta-check-docs-url = URL
meta-build-paths = POLUT
meta-build-out = KANSIO
meta-build-format = MUOTO
meta-build-lang = KIELI
meta-build-templates = POHJAKANSIO
meta-diff-paths = POLUT
meta-diff-since = VERSIO
meta-diff-format = MUOTO
meta-diff-fail-on = EHTO
meta-diff-lang = KIELI
meta-build-base-url = URL
meta-build-pdf-standard = STANDARDI
meta-explain-rule = SÄÄNTÖ
meta-explain-lang = KIELI
meta-rules-lang = KIELI
meta-templates-dir = KANSIO
meta-init-file = TIEDOSTO
meta-init-lang = KIELI
meta-init-kind = LAJI
meta-init-vendors = PALVELU
meta-completions-shell = KOMENTOTULKKI
meta-check-select = TARKISTUKSET
meta-check-ignore = TARKISTUKSET
meta-check-color = MILLOIN
meta-check-output-file = TIEDOSTO
meta-check-config = TIEDOSTO
meta-build-config = TIEDOSTO
meta-config-config = TIEDOSTO
clap-command-placeholder = KOMENTO
clap-options-placeholder = [VALITSIMET]


# Paluuarvot seloste-, check- ja build-komentojen --help-tulosteen lopussa ja man-sivulla.
clap-exit-status = Paluuarvot
clap-exit-0 = onnistui: ei virheitä (varoitukset johtavat epäonnistumiseen vain valitsimella --deny-warnings)
clap-exit-1 = löytyi virheitä (tai varoituksia, kun käytetään valitsinta --deny-warnings), tai jotakin rekisteriä ei koottu
clap-exit-2 = seloste ei voinut tehdä työtään: virhe komentorivillä tai seloste.toml-tiedostossa, tai tiedosto, jota ei voi lukea tai kirjoittaa

# clapin omat sanat.
clap-usage = Käyttö
clap-commands = Komennot
clap-arguments = Argumentit
clap-options = Valitsimet
clap-possible-values = Mahdolliset arvot
clap-default = [oletus: { $value }]
clap-possible-values-list = [mahdolliset arvot: { $values }]
clap-print-help = Tulostaa ohjeen
clap-print-help-short = Tulostaa ohjeen (laajempi ohje: '--help')
clap-print-help-long = Tulostaa ohjeen (tiivistelmä: '-h')
clap-print-version = Tulostaa version
clap-help-about = Tulostaa tämän ohjeen tai annettujen alikomentojen ohjeen

# Virheet komentorivillä.
clap-invalid-value = `{ $arg }` ei hyväksy arvoa `{ $value }`
clap-invalid-value-list = `{ $arg }` ei hyväksy arvoa `{ $value }`; mahdolliset arvot ovat { $values }
clap-value-required = `{ $arg }` tarvitsee arvon, mutta sitä ei annettu
clap-value-required-list = `{ $arg }` tarvitsee arvon, mutta sitä ei annettu; mahdolliset arvot ovat { $values }
clap-value-validation = `{ $arg }` ei hyväksy arvoa `{ $value }`: { $reason }
clap-unknown-argument = odottamaton argumentti `{ $arg }`
clap-unknown-subcommand = tuntematon alikomento `{ $name }`
clap-missing-required = pakollisia argumentteja puuttuu: { $args }
clap-conflict = `{ $arg }` ei käy yhdessä argumentin { $other } kanssa
clap-no-equals = valitsimen `{ $arg }` arvo annetaan yhtäsuuruusmerkin jälkeen
clap-too-many-values = `{ $arg }` ei ota enempää arvoja, mutta sille annettiin vielä `{ $value }`
clap-wrong-number-of-values = `{ $arg }` ottaa { $expected } arvoa, mutta sille annettiin { $actual }
clap-missing-subcommand = `{ $name }` tarvitsee alikomennon, mutta sitä ei annettu
clap-invalid-utf8 = argumenteissa on virheellistä UTF-8-koodausta
clap-did-you-mean = tarkoititko { $suggestion }?
clap-similar-subcommands = tarkoititko jotakin näistä: { $names }?
clap-value-with-dashes = jos `{ $arg }` on arvo eikä valitsin, kirjoita sen eteen kaksi viivaa: `-- { $arg }`
clap-more-information = `{ $command } --help` kertoo lisää

# `seloste ropa`
cmd-ropa-about = Kirjoittaa selosteen käsittelytoimista (tietosuoja-asetuksen 30 artikla) XLSX-, CSV-, HTML- tai Markdown-muodossa
arg-ropa-paths = Rekisteritiedostot tai kansiot, joista etsitään *.yaml- ja *.yml-tiedostot (oletus: nykyinen kansio)
arg-ropa-out = Tiedosto, johon seloste käsittelytoimista kirjoitetaan
arg-ropa-format = Tiedostomuoto (oletus: --out-tiedoston päätteen mukaan)
value-ropa-format-xlsx = Excel-työkirja: käsittelytoimien taulukko ja rekisterinpitäjien taulukko
value-ropa-format-csv = CSV (RFC 4180, UTF-8 ja Exceliä varten tavujärjestysmerkki): käsittelytoimien taulukko
value-ropa-format-html = Tulostettava HTML-taulukko
value-ropa-format-md = Markdown: oma jakso kullekin käsittelytoimelle
arg-ropa-lang = Selosteen käsittelytoimista kieli: fi, sv tai en (oletus: viestien kieli)
arg-ropa-templates = Kansio, jonka tiedostot korvaavat samannimiset ohjelman omat sivupohjat ja käännöstiedostot
meta-ropa-paths = POLUT
meta-ropa-out = TIEDOSTO
meta-ropa-format = MUOTO
meta-ropa-lang = KIELI
meta-ropa-templates = POHJAKANSIO
