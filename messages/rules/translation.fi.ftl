# Säännön `translation` viestit (fi).
# Luettelon viimeisen liittäminen: "fi, sv ja en".
translation-and = { $rest } ja { $last }
# Kenttä niin kuin lukija sen löytää: kohdan `customers` kenttä `name` tai kenttä `meta.name`.
translation-field-of = kohdan `{ $id }` kenttä `{ $field }`
translation-field = kenttä `{ $field }`
# $what: translation-field-of tai translation-field; $langs: selosteen kielet;
# $example: esim. "name: {fi: …, en: …}".
translation-message-one-language = { $what } on annettu vain yhdellä kielellä
translation-label-one-language = kääntämättä
translation-help-one-language = anna teksti kielillä { $langs }, kukin oman kielikoodinsa alle, esim. `{ $example }`
translation-message-undeclared = { $what } sisältää tekstin kielellä `{ $key }`, joka ei kuulu selosteen kieliin
translation-label-undeclared = kieli, jota ei ole ilmoitettu
translation-help-undeclared = seloste julkaistaan kielillä { $langs } (`meta.languages`): poista `{ $key }:` tai lisää `{ $key }` kohtaan `meta.languages`
translation-message-blank = { $what } sisältää tyhjän tekstin kielellä `{ $key }`
translation-label-blank = tyhjä
translation-help-blank = kirjoita kentän `{ $field }` teksti kielellä `{ $key }`
# $list: puuttuvat kielikoodit, esim. "`sv`, `en`"; $n: montako.
translation-message-missing = { $what } ei sisällä tekstiä { $n ->
        [one] kielellä
       *[other] kielillä
    } { $list }
translation-label-missing = puuttuu: { $missing }
# $keys: esim. "`sv: …` ja `en: …`".
translation-help-missing = lisää kentän `{ $field }` alle { $keys }
