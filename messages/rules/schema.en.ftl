# Messages of `schema` (en).
schema-missing = { $place } is missing `{ $key }`
schema-missing-label = `{ $key }` is required here
schema-missing-help = add `{ $key }:`
# $description: the key's description in the schema (English).
schema-missing-help-described = add `{ $key }:` ({ $description })
schema-type = { $place } should be { $expected }
schema-type-label = expected { $expected }
schema-type-help = write { $place } as { $expected }
schema-type-help-colon = YAML reads `{ $key }:{ $value }` as one text: put a space after the colon of each key, e.g. `{ $key }: { $value }`
schema-one-basis = a purpose has exactly one legal basis: if it rests on two, split it into two purposes
schema-enum-not-a-word = { $place } should be one of: { $allowed }
schema-enum-not-a-word-label = expected one word from the list
schema-enum = `{ $value }` is not a valid value for { $place }
schema-enum-label = not one of the allowed values
schema-enum-help = use one of: { $allowed }
schema-enum-help-event = use one of: { $allowed }; for another event, write it in words in `from:` instead of `event:`
schema-enum-help-closest = did you mean `{ $value }`? Allowed: { $allowed }
schema-enum-help-translated = { $suggestion } The values are English words: { $allowed }
schema-enum-help-translated-basis = { $suggestion } The values are English words: { $allowed }. A purpose has exactly one legal basis: if it rests on two, split it into two purposes
schema-form = `{ $value }` is not valid for { $place }
schema-form-label = wrong form
schema-form-help-write = write { $expected }
schema-form-help-date = write { $date } ({ $day }): seloste reads dates as year-month-day, YYYY-MM-DD
schema-form-help-no-such-date = { $why }: check the date and write it as year-month-day, YYYY-MM-DD, e.g. 2026-03-01
schema-form-help-period = write { $period } ({ $words }): periods are written in ISO 8601 form, e.g. P10Y = 10 years, P6M = 6 months, P30D = 30 days
schema-form-help-not-a-period = write { $expected }; a time that is not a fixed period goes under `until:` or `criteria:`
schema-form-help-code = { $suggestion } Write { $expected }
schema-form-help-id = write it as `{ $id }`: { $expected }
schema-form-help-id-example = write { $expected }, e.g. `customer-service`
schema-text = { $place } should be a text, or a text per language
schema-text-label = expected text
schema-text-help = write either `key: text` or one line per language, e.g. `fi: …` and `en: …` indented under the key
schema-no-form = { $place } does not have an allowed form
schema-no-form-help = see `seloste schema` for the forms allowed here
schema-min-items = { $place } needs at least { $limit } item(s)
schema-min-items-help = add the missing items
# $error: the validator's own words (English); $bound (min or max) and $limit say the same.
schema-range = { $place } is out of range: { $error }
schema-range-help = use a value in the allowed range
schema-range-help-version = this version of seloste reads `schema_version: 1`
schema-no-value = { $place } does not have an allowed value
schema-other = { $place }: { $error }
schema-other-help = see `seloste schema` for what is allowed here
schema-model-help = correct the value; `seloste schema` shows what is allowed here

## What a value should be
schema-expected-list = a list (`- item` lines or `[a, b]`)
schema-expected-mapping = a mapping of `key: value` lines
schema-expected-text = a text
schema-expected-boolean = true or false
schema-expected-integer = a whole number
# $kind: the JSON type's name (number, null).
schema-expected-kind = { $kind }
# $description: the first sentence of the key's description in the schema (English).
schema-expected-described = as described: { $description }
schema-expected-schema = in the form that `seloste schema` describes
# Named for the schema's patterns in data/enum_words.yaml.
schema-expected-id64 = an id of lower-case letters a–z, digits and hyphens (at most 64), starting with a letter or a digit
schema-expected-id = an id of lower-case letters a–z, digits and hyphens, starting with a letter or a digit
schema-expected-language = a language code of two or three lower-case letters, e.g. fi, sv or en
schema-expected-country = a two-letter country code (ISO 3166) in capitals, e.g. FI, SE, IE or US
schema-expected-list-or-none = a list of entries, or the word `none` to state that there are none
schema-expected-date = a date written year-month-day (YYYY-MM-DD), e.g. 2026-03-01
schema-expected-period = a period in ISO 8601 form: P10Y (10 years), P6M (6 months), P2W (2 weeks), P30D (30 days), P1Y6M
schema-expected-real-date = a date written year-month-day (YYYY-MM-DD), e.g. 2026-03-01, on a day that exists
schema-expected-count = a whole number, 0 or more
