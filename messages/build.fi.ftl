# Mitä `seloste build` ja tulosteiden muodostajat sanovat, kun selostetta ei voida
# kirjoittaa (suomi): tulostekansio, mallit, sanastot ja PDF. Muualta tulevat tekstit
# (malliohjelman ja käyttöjärjestelmän virheteksti, polut) ovat argumentteja.

## Koonti

build-bad-id = rekisterin tunnusta `{ $id }` ei voi käyttää kansion nimenä
build-bad-lang = kielitunnusta `{ $lang }` ei voi käyttää tiedoston nimenä
build-bad-base-url = --base-url { $url } ei ole verkko-osoite, johon seloste voi linkittää
build-bad-base-url-help = anna osoite, jossa tulostekansio julkaistaan: alussa https:// tai http:// (tai /-merkillä alkava polku), ei välilyöntejä, lainausmerkkejä eikä kulmasulkeita, esim. --base-url https://esimerkki.fi/tietosuoja/
build-register-failed = { $id }: { $error }
build-index-not-updated = { $out }: selosteiden luettelosivuja ei päivitetty, jotta yksikään seloste ei putoa niiltä pois vain siksi, että sen tiedostoja ei voitu kirjoittaa
build-index-not-updated-help = korjaa yllä luetellut ongelmat ja aja koonti uudelleen
build-path-error = { $path }: { $error }

## Tulostekansio (--out)

out-link = { $path }: tämä on symbolinen linkki, eikä seloste kirjoita koskaan tulostekansiossa olevan linkin kautta (linkki voi osoittaa minne tahansa)
out-link-help = poista linkki tai valitse toinen --out-kansio
out-not-folder = { $path }: tämä on tiedosto eikä kansio, joten selosteita ei voi kirjoittaa siihen
out-not-folder-help = siirrä tiedosto muualle tai valitse toinen --out-kansio
out-cannot-create = { $path }: kansiota ei voi luoda: { $error }
out-cannot-create-help = tarkista, että ylempi kansio on olemassa ja että siihen saa kirjoittaa, tai valitse toinen --out-kansio
out-cannot-use = { $path }: tätä kansiota ei voi käyttää: { $error }
out-choose-another-help = valitse toinen --out-kansio
out-keeps-changing = { $path }: kansio muuttuu koko ajan
out-lock-cannot-open = { $path }: lukitustiedostoa ei voi avata: { $error }
out-lock-cannot-open-help = poista se, jos se on linkki tai jokin muu kuin tavallinen tiedosto, tai valitse toinen --out-kansio
out-lock-not-file = { $path }: lukitustiedosto ei ole tavallinen tiedosto
out-lock-not-file-help = poista se tai valitse toinen --out-kansio
out-busy = { $path }: toinen seloste-koonti kirjoittaa parhaillaan tähän kansioon
out-busy-help = odota, että se valmistuu, ja aja koonti sitten uudelleen, tai valitse toinen --out-kansio
out-cannot-lock = { $path }: tiedostoa ei voi lukita: { $error }
out-cannot-write = { $path }: tiedostoa ei voi kirjoittaa: { $error }; aiemmin kirjoitetut tiedostot jätettiin ennalleen
out-disk-full-help = vapauta levytilaa (tai pyydä suurempaa levykiintiötä) ja aja koonti sitten uudelleen
out-cannot-write-help = tarkista, että tulostekansioon saa kirjoittaa, ja aja koonti sitten uudelleen

## Mallit (--templates)

template-unreadable = mallitiedostoa { $file } ei voi lukea ({ $error }); korjaa tai poista se
template-link-outside = mallitiedosto { $file } on linkki mallikansion ulkopuolelle ({ $target }); kopioi tiedosto mallikansioon linkin sijaan
# $kind: Folder, Fifo, Socket, Device tai Other.
template-not-regular = mallitiedosto { $file } ei ole tavallinen tiedosto vaan { $kind ->
        [Folder] kansio
        [Fifo] nimetty putki
        [Socket] pistoke
        [Device] laitetiedosto
       *[other] erikoistiedosto
    }; korvaa se tekstitiedostolla tai poista se
template-too-large = mallitiedosto { $file } on suurempi kuin { $kib } KiB; tavallinen malli on muutaman kilotavun kokoinen: lyhennä sitä
template-range-not-whole = range() tarvitsee argumentille `{ $key }` kokonaisluvun, joka on vähintään 0, ei arvoa { $value }
template-range-needs = range() tarvitsee argumentin `{ $key }=`
template-range-too-many = range() pyysi { $count } lukua; selosteen mallit saavat käyttää yhteensä enintään { $budget } lukua: käy silmukassa läpi selosteen omia luetteloita
template-filter-too-big = suodatin `{ $name }` tuotti yli { $mib } MiB tekstiä, vaikka koko seloste on tavallisesti paljon lyhyempi: tarkista mallin silmukat ja `set`-tagit
template-function-too-big = funktio `{ $name }` tuotti yli { $mib } MiB tekstiä, vaikka koko seloste on tavallisesti paljon lyhyempi: tarkista mallin silmukat ja `set`-tagit
template-forbidden-function = malli { $template } kutsuu funktiota `{ $function }()`, jota seloste-malleissa ei voi käyttää (vain { $allowed }): poista kutsu
template-growing-set = malli { $template } asettaa muuttujan `{ $key }` kahdesta tai useammasta muuttujasta, joita myös asetetaan, jolloin sen arvo voi kaksinkertaistua silmukan jokaisella kierroksella: muodosta teksti suoraan mallin tulosteeseen
template-loop = mallit sisällyttävät tai kutsuvat itseään kehässä ({ $cycle }), joka ei päättyisi koskaan: poista sisällytys tai kutsu, joka johtaa takaisin
template-too-deep = mallien sisällytyksiä ja makrokutsuja on sisäkkäin yli { $limit } tasoa ({ $path } …): vähennä sisäkkäisyyttä
template-too-deep-from = mallien sisällytyksiä ja makrokutsuja on sisäkkäin yli { $limit } tasoa mallista { $from } alkaen: vähennä sisäkkäisyyttä
template-folder-missing = mallikansiota { $dir } ei ole olemassa
template-syntax = mallia ei voitu jäsentää: { $error }; korjaa malli mallikansiossa tai poista se, jolloin käytetään sisäänrakennettua mallia
template-t-needs-key = t() tarvitsee argumentin key="…"
template-t-needs-lang = t() tarvitsee argumentin lang=…
template-no-catalog = kielelle `{ $lang }` ei ole sanastoa
template-no-catalog-add = kielelle `{ $lang }` ei ole sanastoa: lisää tiedosto templates/locales/{ $lang }.ftl
template-rendering = mallin { $name } käsittely epäonnistui: { $error }; korjaa { $name } (tai malli, jonka se sisällyttää) mallikansiossa tai poista se, jolloin käytetään sisäänrakennettua mallia
template-output-too-large = mallin { $name } tuottama seloste on yli { $mib } MiB, vaikka tavallinen seloste on paljon lyhyempi: tarkista mallin silmukat
template-context = mallin tietojen kokoaminen epäonnistui: { $error }
# Malliohjelman omat sanat ($text) ja se, mitä se kertoo syyksi.
template-cause = { $text }: { $cause }

## Selosteiden sanastot (templates/locales/<kieli>.ftl)

catalog-syntax = { $origin }: { $count ->
        [one] sanastossa on syntaksivirhe: { $error }
       *[other] sanastossa on { $count } syntaksivirhettä, ensimmäinen: { $error }
    }
catalog-not-language = { $origin }: `{ $lang }` ei ole kielikoodi
catalog-add = { $origin }: { $error }
catalog-no-message = kielen `{ $lang }` sanastossa ei ole viestiä `{ $key }`
catalog-no-value = kielen `{ $lang }` sanaston viestillä `{ $key }` ei ole arvoa
catalog-format = kielen `{ $lang }` sanaston viesti `{ $key }`: { $error }

## PDF

pdf-failed = selosteen { $id } PDF-tiedostoa ({ $lang }) ei voitu tehdä: { $error }
pdf-fonts = selosteen mukana toimitettuja PDF-kirjasimia ei voitu lukea
pdf-template = PDF-pohja { $file }, rivi { $line }: { $error }
pdf-template-no-line = PDF-pohja { $file }: { $error }
pdf-export = PDF-tiedostoa ei voitu kirjoittaa standardin mukaisena: { $error }
pdf-internal = PDF-kirjasto epäonnistui: { $error }
