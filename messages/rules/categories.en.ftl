# Messages of `categories` (en).
categories-message-none = data is obtained from other sources (`{ $source }`) but the register lists no data categories
categories-label-none = data not from the person
categories-help-none = add `categories:` with an entry per kind of data (`id:`, `name:`, `retention:`)
categories-message-blank-name = category `{ $category }` has a blank name
categories-label-blank-name = blank name
# $lang: the notice's language; the example is notice text.
categories-help-blank-name = give the category a name, e.g. `name: { $lang ->
        [sv] Kontaktuppgifter
        [en] Contact details
       *[other] Yhteystiedot
    }`
