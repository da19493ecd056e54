# Mitä `seloste ropa` (seloste käsittelytoimista, 30 artikla) sanoo käyttäjälle (suomi).

ropa-unknown-format = { $out }: selosteen tiedostomuotoa ei voi päätellä tiedoston nimestä
ropa-unknown-format-help = päätä tiedoston nimi .xlsx-, .csv-, .html- tai .md-päätteeseen tai anna --format xlsx, csv, html tai md
ropa-bad-lang = kielelle `{ $lang }` ei ole käännöstiedostoa
ropa-bad-lang-help = anna --lang-valitsimelle jokin näistä: { $languages }
ropa-out-is-folder = { $out }: tämä on kansio; --out-valitsimelle annetaan tiedosto, johon seloste kirjoitetaan
ropa-out-help = anna --out-valitsimelle tiedoston nimi kansiossa, joka on olemassa ja johon voi kirjoittaa, esimerkiksi --out seloste.xlsx
ropa-cannot-write = { $out }: selostetta ei voi kirjoittaa: { $error }
ropa-no-registers = yhtään rekisteriä ei voitu lukea, joten selostetta ei voi kirjoittaa
ropa-no-registers-help = anna rekisteritiedostot tai niiden kansio ja korjaa yllä näytetyt virheet
ropa-xlsx-error = työkirjaa ei voitu muodostaa: { $error }
ropa-done = { $out }: { $activities ->
        [one] 1 käsittelytoimi
       *[other] { $activities } käsittelytointa
    } { $registers } rekisteristä
