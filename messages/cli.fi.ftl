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
