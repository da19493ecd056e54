# Meddelanden för `references` (sv).
# $kind: purpose, category, source, data-subject eller recipient.
references-message-duplicate = två { $kind ->
        [purpose] ändamål
        [category] kategorier
        [source] källor
        [data-subject] kategorier av registrerade
        [retention-group] lagringstidsgrupper
       *[recipient] mottagare
    } har samma id `{ $id }`
references-label-duplicate = upprepat id
references-help-duplicate = ge varje post i listan ett eget id
references-message-dangling = det finns { $kind ->
        [purpose] inget ändamål
        [category] ingen kategori av personuppgifter
        [source] ingen källa
        [data-subject] ingen kategori av registrerade
       *[recipient] ingen mottagare
    } med id `{ $id }`
references-label-dangling = okänt id
references-help-did-you-mean = menade du `{ $id }`?
references-help-none-yet = registret anger ännu { $kind ->
        [purpose] inga ändamål
        [category] inga kategorier av personuppgifter
        [source] inga källor
        [data-subject] inga kategorier av registrerade
       *[recipient] inga mottagare
    }: lägg till en post med detta id
# $ids: listans id:n, t.ex. "contact, orders".
references-help-known = kända id:n: { $ids }
