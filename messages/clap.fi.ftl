# Komentorivin omat sanat (suomi): `--help`-ohjeet ja komentorivin virheet. Nimet:
# cmd-<komento>-about, arg-<komento>-<argumentti>, value-<komento>-<argumentti>-<arvo>;
# `seloste` on pääkomento.

cmd-seloste-about = seloste: tietosuojaselosteet koodina. Tarkistaa, että rekisteritiedostot täyttävät tietosuoja-asetuksen vaatimukset, ja muodostaa niistä tietosuojaselosteet
cmd-check-about = Tarkistaa, että rekisteritiedostot noudattavat skeemaa ja tietosuoja-asetukseen perustuvia sääntöjä
cmd-build-about = Muodostaa jokaisesta virheettömästä rekisteristä tietosuojaselosteen HTML-, PDF- ja Markdown-muodossa
cmd-schema-about = Tulostaa rekisteritiedostojen (tai organisaatiotiedostojen) JSON-skeeman
cmd-explain-about = Selittää säännön: mitä se tarkistaa, miksi ja miten puutteen voi korjata
cmd-rules-about = Luettelee kaikki säännöt tunnisteineen, vakavuuksineen ja lainkohtineen
cmd-templates-about = Kirjoittaa ohjelman omat sivupohjat ja käännöstiedostot kansioon muokattaviksi
cmd-init-about = Kirjoittaa täytettävän rekisteritiedoston rungon kommentteineen
cmd-completions-about = Tulostaa komentotulkin täydennysskriptin (bash, zsh, fish, powershell, elvish)
cmd-man-about = Tulostaa seloste-ohjelman ja sen alikomentojen englanninkielisen man-sivun (roff)

arg-check-paths = Rekisteritiedostot tai kansiot, joista etsitään *.yaml- ja *.yml-tiedostot (oletus: nykyinen kansio)
arg-check-format = Tulosteen muoto
value-check-format-human = Tekstiä ja otteita lähdetiedostoista, ihmisen luettavaksi
value-check-format-json = JSON, koneen luettavaksi (rakenne on kuvattu README.md-tiedostossa)
value-check-format-github = GitHub Actionsin työnkulkukomennot: huomautukset pull requestin muutoksiin
value-check-format-sarif = SARIF 2.1.0, koodin tarkistustyökaluille (GitHubin upload-sarif, GitLab, kehitysympäristöt)
arg-check-deny-warnings = Päättyy paluuarvoon 1 myös, jos löytyy varoituksia
arg-check-lang = Viestien kieli: fi, sv tai en (oletus: LC_ALL-, LC_MESSAGES- tai LANG-muuttujan mukaan, muuten englanti)

arg-build-paths = Rekisteritiedostot tai kansiot, joista etsitään *.yaml- ja *.yml-tiedostot (oletus: nykyinen kansio)
arg-build-out = Kansio, johon selosteet kirjoitetaan
arg-build-format = Muodostettavat tiedostomuodot (oletus: kaikki)
arg-build-lang = Selosteiden kielet (oletus: jokainen kieli, jonka rekisteri ilmoittaa)
arg-build-templates = Kansio, jonka tiedostot korvaavat samannimiset ohjelman omat sivupohjat ja käännöstiedostot
arg-build-fragment = Kirjoittaa HTML:n sivuun upotettavana <section>-elementtinä eikä erillisenä sivuna
arg-build-no-cache = Muodostaa jokaisen rekisterin selosteen uudelleen, myös niiden, jotka eivät ole muuttuneet edellisen samaan --out-kansioon tehdyn ajon jälkeen
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

# Arvojen paikkamerkit käyttöohjeen rivillä ja valitsimissa (`<MUOTO>`, `[POLUT]...`).
meta-check-paths = POLUT
meta-check-format = MUOTO
meta-check-lang = KIELI
meta-build-paths = POLUT
meta-build-out = KANSIO
meta-build-format = MUOTO
meta-build-lang = KIELI
meta-build-templates = POHJAKANSIO
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
clap-command-placeholder = KOMENTO
clap-options-placeholder = [VALITSIMET]

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
