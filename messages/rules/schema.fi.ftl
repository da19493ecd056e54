# Messages of `schema` (fi).
schema-missing = { $place }: avain `{ $key }` puuttuu
schema-missing-label = `{ $key }` on tässä pakollinen
schema-missing-help = lisää `{ $key }:`
# Skeeman kuvaus ($description) on englanniksi, joten sitä ei näytetä.
schema-missing-help-described = lisää `{ $key }:`
schema-type = { $place }: arvon on oltava { $expected }
schema-type-label = odotettiin: { $expected }
schema-type-help = kirjoita { $place } oikeassa muodossa: { $expected }
schema-type-help-colon = YAML lukee `{ $key }:{ $value }` yhdeksi tekstiksi: kirjoita jokaisen avaimen kaksoispisteen perään välilyönti, esim. `{ $key }: { $value }`
schema-one-basis = käsittelyn tarkoituksella on täsmälleen yksi oikeusperuste: jos käsittely perustuu kahteen, jaa se kahdeksi käsittelyn tarkoitukseksi
schema-enum-not-a-word = { $place }: arvon on oltava jokin seuraavista: { $allowed }
schema-enum-not-a-word-label = odotettiin yhtä luettelon sanoista
schema-enum = { $place }: `{ $value }` ei ole sallittu arvo
schema-enum-label = ei mikään sallituista arvoista
schema-enum-help = käytä jotakin näistä: { $allowed }
schema-enum-help-event = käytä jotakin näistä: { $allowed }; muun tapahtuman voit kirjoittaa sanoin kohtaan `from:` kohdan `event:` sijaan
schema-enum-help-closest = tarkoititko `{ $value }`? Sallitut arvot: { $allowed }
schema-enum-help-translated = { $suggestion } Arvot ovat englanninkielisiä sanoja: { $allowed }
schema-enum-help-translated-basis = { $suggestion } Arvot ovat englanninkielisiä sanoja: { $allowed }. Käsittelyn tarkoituksella on täsmälleen yksi oikeusperuste: jos käsittely perustuu kahteen, jaa se kahdeksi käsittelyn tarkoitukseksi
schema-form = { $place }: `{ $value }` ei ole oikeassa muodossa
schema-form-label = väärä muoto
schema-form-help-write = kirjoita { $expected }
schema-form-help-date = kirjoita { $date } ({ $day }): seloste-ohjelma lukee päivämäärät muodossa vuosi-kuukausi-päivä, VVVV-KK-PP
schema-form-help-no-such-date = { $why }: tarkista päivämäärä ja kirjoita se muodossa vuosi-kuukausi-päivä, VVVV-KK-PP, esim. 2026-03-01
schema-form-help-period = kirjoita { $period } ({ $words }): ajanjaksot kirjoitetaan ISO 8601 -muodossa, esim. P10Y = 10 vuotta, P6M = 6 kuukautta, P30D = 30 päivää
schema-form-help-not-a-period = kirjoita { $expected }; aika, joka ei ole kiinteä ajanjakso, kuuluu kohtaan `until:` tai `criteria:`
schema-form-help-code = { $suggestion } Kirjoita { $expected }
schema-form-help-id = kirjoita se muodossa `{ $id }`: { $expected }
schema-form-help-id-example = kirjoita { $expected }, esim. `customer-service`
schema-text = { $place }: arvon on oltava teksti tai teksti kullakin kielellä
schema-text-label = odotettiin tekstiä
schema-text-help = kirjoita joko `avain: teksti` tai yksi rivi kullekin kielelle, esim. `fi: …` ja `sv: …`, avaimen alle sisennettyinä
schema-no-form = { $place }: arvo ei ole missään sallitussa muodossa
schema-no-form-help = `seloste schema` näyttää, mitkä muodot tässä ovat sallittuja
schema-min-items = { $place }: kohtia on oltava vähintään { $limit }
schema-min-items-help = lisää puuttuvat kohdat
schema-range = { $place }: arvo on { $bound ->
        [min] pienempi kuin pienin sallittu arvo { $limit }
       *[max] suurempi kuin suurin sallittu arvo { $limit }
    }
schema-range-help = käytä sallitulla välillä olevaa arvoa
schema-range-help-version = tämä seloste-ohjelman versio lukee vain muotoa `schema_version: 1`
schema-no-value = { $place }: arvo ei ole sallittu
schema-other = { $place }: { $error }
schema-other-help = `seloste schema` näyttää, mitä tässä sallitaan
schema-model-help = korjaa arvo; `seloste schema` näyttää, mitä tässä sallitaan

## Millainen arvon on oltava
schema-expected-list = luettelo (`- kohta` -rivejä tai `[a, b]`)
schema-expected-mapping = avainjoukko (`avain: arvo` -rivejä)
schema-expected-text = teksti
schema-expected-boolean = true tai false
schema-expected-integer = kokonaisluku
# $kind: JSON-tyypin nimi (number, null).
schema-expected-kind = { $kind }
# $description: avaimen skeemakuvauksen ensimmäinen virke (englanniksi).
schema-expected-described = kuvauksen mukainen arvo: { $description }
schema-expected-schema = arvo siinä muodossa, jonka `seloste schema` kuvaa
# Skeeman kuvioille data/enum_words.yaml-tiedostossa.
schema-expected-id64 = tunniste, jossa on vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä (enintään 64 merkkiä) ja joka alkaa kirjaimella tai numerolla
schema-expected-id = tunniste, jossa on vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä ja joka alkaa kirjaimella tai numerolla
schema-expected-language = kaksi- tai kolmikirjaiminen kielikoodi pienin kirjaimin, esim. fi, sv tai en
schema-expected-country = kaksikirjaiminen maakoodi (ISO 3166) isoin kirjaimin, esim. FI, SE, IE tai US
schema-expected-list-or-none = luettelo kohdista tai sana `none`, jos niitä ei ole
schema-expected-date = päivämäärä muodossa vuosi-kuukausi-päivä (VVVV-KK-PP), esim. 2026-03-01
schema-expected-period = ajanjakso ISO 8601 -muodossa: P10Y (10 vuotta), P6M (6 kuukautta), P2W (2 viikkoa), P30D (30 päivää), P1Y6M
schema-expected-real-date = todellinen päivämäärä muodossa vuosi-kuukausi-päivä (VVVV-KK-PP), esim. 2026-03-01
schema-expected-count = kokonaisluku, 0 tai suurempi
