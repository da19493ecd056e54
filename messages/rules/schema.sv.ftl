# Messages of `schema` (sv).
schema-missing = { $place } saknar `{ $key }`
schema-missing-label = `{ $key }` krävs här
schema-missing-help = lägg till `{ $key }:`
# Schemats beskrivning ($description) är på engelska och visas därför inte.
schema-missing-help-described = lägg till `{ $key }:`
schema-type = { $place } ska vara { $expected }
schema-type-label = förväntat: { $expected }
schema-type-help = skriv { $place } som { $expected }
schema-type-help-colon = YAML läser `{ $key }:{ $value }` som en enda text: skriv ett mellanslag efter kolonet i varje nyckel, t.ex. `{ $key }: { $value }`
schema-one-basis = ett ändamål har exakt en rättslig grund: om behandlingen vilar på två, dela upp den i två ändamål
schema-enum-not-a-word = { $place } ska vara ett av följande: { $allowed }
schema-enum-not-a-word-label = ett ord ur listan förväntades
schema-enum = `{ $value }` är inte ett giltigt värde för { $place }
schema-enum-label = inte ett av de tillåtna värdena
schema-enum-help = använd ett av följande: { $allowed }
schema-enum-help-event = använd ett av följande: { $allowed }; en annan händelse skriver du i ord under `from:` i stället för `event:`
schema-enum-help-closest = menade du `{ $value }`? Tillåtna värden: { $allowed }
schema-enum-help-translated = { $suggestion } Värdena är engelska ord: { $allowed }
schema-enum-help-translated-basis = { $suggestion } Värdena är engelska ord: { $allowed }. Ett ändamål har exakt en rättslig grund: om behandlingen vilar på två, dela upp den i två ändamål
schema-form = `{ $value }` är inte giltigt för { $place }
schema-form-label = fel form
schema-form-help-write = skriv { $expected }
schema-form-help-date = skriv { $date } ({ $day }): seloste läser datum som år-månad-dag, ÅÅÅÅ-MM-DD
schema-form-help-no-such-date = { $why }: kontrollera datumet och skriv det som år-månad-dag, ÅÅÅÅ-MM-DD, t.ex. 2026-03-01
schema-form-help-period = skriv { $period } ({ $words }): tidsperioder skrivs i ISO 8601-form, t.ex. P10Y = 10 år, P6M = 6 månader, P30D = 30 dagar
schema-form-help-not-a-period = skriv { $expected }; en tid som inte är en fast period hör under `until:` eller `criteria:`
schema-form-help-code = { $suggestion } Skriv { $expected }
schema-form-help-id = skriv det som `{ $id }`: { $expected }
schema-form-help-id-example = skriv { $expected }, t.ex. `customer-service`
schema-text = { $place } ska vara en text eller en text per språk
schema-text-label = en text förväntades
schema-text-help = skriv antingen `nyckel: text` eller en rad per språk, t.ex. `fi: …` och `sv: …`, med indrag under nyckeln
schema-no-form = { $place } har inte någon tillåten form
schema-no-form-help = se `seloste schema` för de former som är tillåtna här
schema-min-items = { $place } måste ha minst { $limit ->
        [one] en post
       *[other] { $limit } poster
    }
schema-min-items-help = lägg till de poster som saknas
schema-range = { $place } ligger utanför det tillåtna intervallet: värdet är { $bound ->
        [min] mindre än det minsta tillåtna värdet { $limit }
       *[max] större än det största tillåtna värdet { $limit }
    }
schema-range-help = använd ett värde inom det tillåtna intervallet
schema-range-help-version = den här versionen av seloste läser `schema_version: 1`
schema-no-value = { $place } har inte ett tillåtet värde
schema-other = { $place }: { $error }
schema-other-help = se `seloste schema` för vad som är tillåtet här
schema-model-help = rätta värdet; `seloste schema` visar vad som är tillåtet här

## Vad ett värde ska vara
schema-expected-list = en lista (rader `- post` eller `[a, b]`)
schema-expected-mapping = en mappning med rader `nyckel: värde`
schema-expected-text = en text
schema-expected-boolean = true eller false
schema-expected-integer = ett heltal
# $kind: JSON-typens namn (number, null).
schema-expected-kind = { $kind }
# $description: första meningen i nyckelns beskrivning i schemat (på engelska).
schema-expected-described = ett värde enligt schemat: { $description }
schema-expected-schema = i den form som `seloste schema` beskriver
# Anges för schemats mönster i data/enum_words.yaml.
schema-expected-id64 = ett id av små bokstäver a–z, siffror och bindestreck (högst 64 tecken) som börjar med en bokstav eller en siffra
schema-expected-id = ett id av små bokstäver a–z, siffror och bindestreck som börjar med en bokstav eller en siffra
schema-expected-language = en språkkod med två eller tre små bokstäver, t.ex. fi, sv eller en
schema-expected-country = en landskod med två versaler (ISO 3166), t.ex. FI, SE, IE eller US
schema-expected-list-or-none = en lista med poster, eller ordet `none` om det inte finns några
schema-expected-date = ett datum skrivet år-månad-dag (ÅÅÅÅ-MM-DD), t.ex. 2026-03-01
schema-expected-period = en tidsperiod i ISO 8601-form: P10Y (10 år), P6M (6 månader), P2W (2 veckor), P30D (30 dagar), P1Y6M
schema-expected-real-date = ett datum som finns, skrivet år-månad-dag (ÅÅÅÅ-MM-DD), t.ex. 2026-03-01
schema-expected-count = ett heltal, 0 eller större
