# Mitä komennot sanovat päätteessä (suomi). Raportin sanat ovat tiedostossa seloste.fi.ftl.

cli-error = virhe: { $text }
cli-help = ohje: { $text }
check-no-project = projektikansiota ei löydy: nykyistä kansiota ei voi lukea: { $error }
check-no-project-help = aja seloste projektikansiossa eli siinä kansiossa, jossa rekisteritiedostosi ovat
explain-no-rule = tarkistusta `{ $rule }` ei ole
explain-did-you-mean = tarkoititko `{ $id }`? `seloste rules` luettelee kaikki tarkistukset
explain-list-rules = `seloste rules` luettelee kaikkien sääntöjen tunnisteet
build-not-built = ei koottu: rekisterissä `{ $id }` on virheitä (sille aiemmin kootut tiedostot, jos niitä on, jätettiin ennalleen)
build-withdrawn = poistettu: `{ $id }`: rekisteriä ei enää ole (tai sillä on nyt toinen tunniste), joten seloste-ohjelman sille aiemmin kirjoittamat sivut poistettiin
build-done = koottu { $notices ->
        [one] 1 seloste
       *[other] { $notices } selostetta
    }, { $files ->
        [one] 1 tiedosto
       *[other] { $files } tiedostoa
    } kansioon { $out }{ $reused ->
        [0] {""}
        [one] , 1 muuttumaton seloste säilytettiin
       *[other] , { $reused } muuttumatonta selostetta säilytettiin
    }, { $seconds } s
templates-not-empty = { $dir } on jo olemassa eikä ole tyhjä; anna uusi kansio
templates-written = sisäänrakennetut mallipohjat ja käännöstiedostot kirjoitettiin kansioon { $dir }; käytä niitä komennolla `seloste build --templates { $dir }`
templates-cannot-write = kansioon { $dir } ei voi kirjoittaa: { $error }
man-cannot-write = man-sivua ei voi kirjoittaa: { $error }
init-bad-lang = --lang-valitsimelle annetaan kielikoodit, esimerkiksi `fi,en` (kaksi tai kolme pientä kirjainta)
init-exists = { $name } on jo olemassa; `seloste init` ei koskaan korvaa tiedostoa. Anna toinen tiedostonimi tai siirrä nykyinen tiedosto ensin muualle.
init-no-folder = kansiota { $dir } ei ole; luo se ensin
init-cannot-render = pohjaa ei voitu muodostaa: { $error }
init-cannot-write = tiedostoa { $name } ei voi kirjoittaa: { $error }
init-wrote = tiedosto { $name } kirjoitettiin. Seuraavaksi: avaa se editorissa, joka tukee YAML-skeemoja (VS Coden YAML-laajennus lukee ensimmäisen rivin), korvaa jokainen TODO oikealla tiedolla, poista kommenttimerkit `basis:`-, `period:`- ja `requirement:`-riveiltä ja aja `seloste check { $name }`, kunnes virheitä ei enää ole; `seloste explain <tarkistus>` selittää jokaisen havainnon, ja `seloste build { $name } --out dist` muodostaa selosteen.
init-no-schema = huom.: tiedoston kansiosta tai sen yläkansioista ei löytynyt tiedostoa { $schema }; tiedoston { $name } ensimmäinen rivi kertoo, miten sen voi lisätä editorin avuksi.
# Desimaalierotin ohjelman tulostamissa luvuissa ("2,30 s").
decimal-separator = {","}
config-unreadable = asetustiedostoa { $path } ei voi lukea: { $error }
config-unknown-key = { $place }: asetuksissa ei ole avainta `{ $key }`
config-did-you-mean = tarkoititko `{ $key }`?
config-keys-here = tässä kohdassa käytettävät avaimet ovat: { $keys }
config-invalid = { $place }: { $error }
config-invalid-help = `seloste config` tulostaa kelvolliset asetukset ja `seloste schema --config-file` kunkin avaimen muodon
config-bad-language = { $place }: seloste puhuu kieliä fi, sv ja en, ei kieltä `{ $lang }`
config-bad-language-help = kirjoita `language = "fi"`, `"sv"` tai `"en"`, tai jätä avain pois, jolloin kieli määräytyy LC_ALL-, LC_MESSAGES- tai LANG-muuttujan mukaan
config-unknown-rule = { $place }: tarkistusta `{ $rule }` ei ole
config-fixed-rule = { $place }: tarkistusta `{ $rule }` ei voi poistaa käytöstä eikä sen vakavuutta muuttaa
config-fixed-rule-help = se ilmoittaa tiedostosta, jota ei voitu lukea, eikä lukukelvotonta tiedostoa voi tarkistaa; korjaa tiedosto tai jätä se pois `exclude`-avaimella
config-bad-glob = { $place }: `{ $glob }` ei ole seloste-ohjelman ymmärtämä hakulauseke: { $error }
check-matched-nothing = varoitus: kohteessa { $path } ei ole yhtään rekisteri- tai organisaatiotiedostoa (siellä ei tarkistettu mitään)
check-cannot-write = raporttia ei voi kirjoittaa tiedostoon { $path }: { $error }
build-no-out = kohdekansio puuttuu: anna se valitsimella `--out`
build-no-out-help = tai kirjoita se kerralla seloste.toml-tiedostoon: `[build]` ja sen alle `out = "public/notices"`
