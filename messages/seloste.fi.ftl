# Mitä seloste itse sanoo käyttäjälle (suomi). Kunkin tarkistuksen omat viestit ovat
# tiedostoissa rules/<id>.fi.ftl. Kolmen kielen avainten on oltava samat (testi tarkistaa).

## Raportti

summary-files = { $errors ->
        [one] 1 virhe
       *[other] { $errors } virhettä
    }, { $warnings ->
        [one] 1 varoitus
       *[other] { $warnings } varoitusta
    }{ $suppressed ->
        [0] {""}
        [one] , 1 vaiennettu
       *[other] , { $suppressed } vaiennettua
    } { $files ->
        [one] 1 tiedostossa
       *[other] { $files } tiedostossa
    } ({ $registers ->
        [one] 1 rekisteri
       *[other] { $registers } rekisteriä
    })
report-see = katso: { $article }
report-file = tiedosto: { $file }
report-also = myös: { $place }: { $label }
remaining-heading = Korjattavana ({ $counts }):
remaining-errors = { $n ->
        [one] 1 virhe
       *[other] { $n } virhettä
    }
remaining-warnings = { $n ->
        [one] 1 varoitus
       *[other] { $n } varoitusta
    }
remaining-line = rivi { $line }
remaining-lines = rivit { $lines }
remaining-lines-more = rivit { $lines } ja { $more } muuta
remaining-warning = (varoitus)
remaining-more-errors = … ja { $n } muuta virhelajia, jotka on lueteltu edellä
remaining-more-warnings = … ja { $n } muuta varoituslajia, jotka on lueteltu edellä
not-checked-heading = { $n ->
        [one] Jäi tarkistamatta (1), koska kohta ei latautunut
       *[other] Jäi tarkistamatta ({ $n }), koska kohdat eivät latautuneet
    }; korjaa edellä luetellut virheet ja aja tarkistus uudelleen:
not-checked-line = rivi { $line }
not-checked-file-line = { $file } rivi { $line }
not-checked-rules = (joten { $n ->
        [one] tarkistus { $rules } jäi tekemättä
       *[other] tarkistukset { $rules } jäivät tekemättä
    })
not-checked-more = … ja { $n } muuta
# The word before each finding's help in the human report (miette writes "help:").
report-help-word = ohje
report-help = ohje: { $help }

## seloste explain, seloste rules

severity-error = virhe
severity-warning = varoitus
explain-heading = # { $id } ({ $severity }, { $article })
explain-reads = Avaimet, joita sääntö lukee: { $keys }.
explain-reads-texts = Sääntö lukee kaikki tietosuojaselosteen tekstit.

## Sanalistojen huomautukset

# Sanalistan kohdan huomautus (data/wording.yaml, data/special_words.yaml), joka annetaan
# siellä kullakin kielellä: suomenkielinen teksti.
word-list-note = { $fi }

## Paikat, joissa sama havainto toistuu

report-same-text = sama teksti myös tässä
report-same-text-labelled = { $label } (sama teksti myös tässä)

## Kohdat tiedostossa, kuten latauksen tarkistukset ja raportin Tarkistamatta-luettelo ne
## nimeävät: luettelon kohta tunnisteellaan (tai nimellään), muuten järjestysnumerollaan.
## `-gen`-muodot ovat genetiivejä ("käsittelyn tarkoituksen `x` kohta `basis`").

place-file = tiedosto
place-key = kohta `{ $key }`
place-key-of = { $chain_gen } kohta `{ $key }`
place-entry = kohdan `{ $key }` { $n }. arvo
place-entry-in = { $chain_gen } kohdan `{ $key }` { $n }. arvo
place-in = { $outer_gen } { $inner }
place-in-gen = { $outer_gen } { $inner_gen }
# Luettelon `$list` yksi kohta.
place-noun = { $list ->
        [purposes] käsittelyn tarkoitus
        [categories] henkilötietoryhmä
        [data_subjects] rekisteröityjen ryhmä
        [sources] tietolähde
        [recipients] vastaanottaja
        [transfers] siirto
        [joint_controllers] yhteisrekisterinpitäjä
        [suppress] vaiennus
       *[other] `{ $list }`-luettelon kohta
    }
place-noun-gen = { $list ->
        [purposes] käsittelyn tarkoituksen
        [categories] henkilötietoryhmän
        [data_subjects] rekisteröityjen ryhmän
        [sources] tietolähteen
        [recipients] vastaanottajan
        [transfers] siirron
        [joint_controllers] yhteisrekisterinpitäjän
        [suppress] vaiennuksen
       *[other] `{ $list }`-luettelon kohdan
    }
place-item = { place-noun } `{ $name }`
place-item-gen = { place-noun-gen } `{ $name }`
place-nth = { $n }. { place-noun }
place-nth-gen = { $n }. { place-noun-gen }
place-entry-named = kohta `{ $name }`
place-entry-named-gen = kohdan `{ $name }`
place-entry-nth = { $n }. kohta
place-entry-nth-gen = { $n }. kohdan
place-any-item = `{ $list }`-luettelon kohta
place-any-item-gen = `{ $list }`-luettelon kohdan

## Latauksen tarkistusten yhteiset sanat

load-did-you-mean = { $n ->
        [one] tarkoititko { $last }?
       *[other] tarkoititko { $first } vai { $last }?
    }
# Kuukauden nimi partitiivissa ("1. maaliskuuta 2026").
load-month = { $month ->
        [1] tammikuuta
        [2] helmikuuta
        [3] maaliskuuta
        [4] huhtikuuta
        [5] toukokuuta
        [6] kesäkuuta
        [7] heinäkuuta
        [8] elokuuta
        [9] syyskuuta
        [10] lokakuuta
        [11] marraskuuta
       *[12] joulukuuta
    }
load-date = { $day }. { load-month } { $year }
load-date-days = { $month ->
        [1] tammikuussa
        [2] helmikuussa
        [3] maaliskuussa
        [4] huhtikuussa
        [5] toukokuussa
        [6] kesäkuussa
        [7] heinäkuussa
        [8] elokuussa
        [9] syyskuussa
        [10] lokakuussa
        [11] marraskuussa
       *[12] joulukuussa
    } { $year } on { $days } päivää
load-date-no-month = kuukautta { $month } ei ole (kuukaudet ovat 1–12)
# Arvo, jota rekisterin tyypit eivät pystyneet lukemaan: $value sellaisenaan.
load-not-a-date = `{ $value }` ei ole kelvollinen päivämäärä muodossa VVVV-KK-PP
load-not-a-period = `{ $value }` ei ole ISO 8601 -muotoinen ajanjakso (esim. P10Y, P6M, P1Y6M tai P30D)
load-period-part = { $unit ->
        [Y] { $n ->
            [one] { $n } vuosi
           *[other] { $n } vuotta
        }
        [M] { $n ->
            [one] { $n } kuukausi
           *[other] { $n } kuukautta
        }
        [W] { $n ->
            [one] { $n } viikko
           *[other] { $n } viikkoa
        }
       *[D] { $n ->
            [one] { $n } päivä
           *[other] { $n } päivää
        }
    }
load-period-and = { $first } { $then }
load-project-folder = seloste-ohjelma lukee vain projektikansion { $folder } tiedostoja ({ $how ->
        [marker] projektikansio on lähin kansio, jossa on seloste.toml
        [git] projektikansio on sen git-työpuun juuri, jossa `seloste`-komentoa ajetaan
        [current] projektikansio on nykyinen kansio, koska minkään sen yläpuolisen kansion sisällä ei ole tiedostoa seloste.toml eikä kansiota .git
       *[given] projektikansion antoi ohjelma
    })
load-project-folder-only = seloste-ohjelma lukee vain projektikansion tiedostoja
load-concealed-help = tarkista, että annoit oikean tiedoston: rekisteritiedosto alkaa avaimella `meta:` ja organisaatiotiedostossa on `organisation: <id>`. Seloste-ohjelma ei näytä mitään muun tiedoston sisällöstä, joten avaa tiedosto editorissa, jos haluat nähdä, mitä siinä on

## meta.organisation (raportoidaan tarkistuksella `references`)

load-organisation-absolute = organisaatiotiedosto `{ $path }` on annettu absoluuttisena polkuna
load-organisation-absolute-label = absoluuttinen polku
load-organisation-absolute-help = anna polku suhteessa tämän tiedoston kansioon ({ $folder }), esimerkiksi `organisation.yaml` tai `../shared/organisation.yaml`; { $project }
load-organisation-missing = organisaatiotiedostoa `{ $path }` ei ole
load-organisation-missing-label = tässä polussa ei ole tiedostoa
load-organisation-missing-help = polku luetaan tämän tiedoston kansiosta ({ $folder }); korjaa polku tai poista `meta.organisation`
load-organisation-link = organisaatiotiedosto `{ $path }` on symbolinen linkki (tai linkitetyssä kansiossa), joka johtaa projektikansion { $folder } ulkopuolelle
load-organisation-outside = organisaatiotiedosto `{ $path }` on projektikansion { $folder } ulkopuolella: polun `..`-askeleet johtavat kansiosta ulos
load-organisation-outside-label = johtaa projektikansion ulkopuolelle
load-organisation-outside-help = { $project }: pidä organisaatiotiedosto projektikansiossa tavallisena tiedostona (ei linkkinä) ja anna sen polku suhteessa tämän tiedoston kansioon ({ $folder })
load-organisation-is-register = `{ $path }` on rekisteritiedosto eikä organisaatiotiedosto
load-organisation-is-register-help = kohdassa `meta.organisation` on mainittava tiedosto, jonka ylätasolla on `organisation: <id>`

# A date of seloste's own facts (the vendor and transfer catalogues), as the officer's language writes it.
fact-date = { $day }.{ $month }.{ $year }

## Maat ja luettelot havainnoissa

# Maa virkkeen sisällä: $name on maan nimi (CLDR), $code sen ISO-koodi.
country-in-sentence = { $name } ({ $code })
# Koodi, jolle CLDR:ssä ei ole nimeä.
country-unknown = { $code }
# Luettelon osien välissä.
list-separator = {", "}

## CI-raportit: --format github (huomautukset ja työn yhteenveto), --format junit

ci-summary-heading = seloste check
ci-summary-file = Tiedosto
ci-summary-line = Rivi
ci-summary-severity = Vakavuus
ci-summary-rule = Tarkistus
ci-summary-message = Viesti
ci-summary-suppressed = { $severity }, vaiennettu: { $reason }
ci-summary-more = … ja { $n } muuta, jätetty pois, jotta työn yhteenveto pysyy GitHubin 1 MiB:n rajassa; työn loki luettelee kaikki havainnot.
ci-left-out = GitHub näyttää vaihetta kohden enintään { $limit } virhe- ja { $limit } varoitushuomautusta; huomautuksina ei näytetty: { $counts }. { $summary ->
        [yes] Kaikki havainnot ovat työn yhteenvedossa.
       *[no] Kaikki havainnot ovat tässä lokissa.
    }
ci-summary-failed = työn yhteenvetoa ei voitu kirjoittaa tiedostoon { $file }: { $error }
ci-junit-clean = ei ongelmia
