# Messages of `authority-address` (sv).

authority-address-message = ”{ $words }” är inte tillsynsmyndighetens adress
authority-address-label = föråldrad adress
authority-address-help = { $note ->
        [old-street] Byrån har flyttat från Bangårdsvägen 9 (Ratapihantie 9) till Fågelviksgränden 4 (Lintulahdenkuja 4).{" "}
        [old-postcode] 00520 och 00521 är postnumren till den gamla adressen.{" "}
        [misspelt] Gatan heter Lintulahdenkuja (på svenska Fågelviksgränden), inte Lintulahdenkatu.{" "}
        [data] {""}
       *[none] {""}
    }Aktuell adress: { $name }, { $visiting } (postadress { $postal }). Ännu bättre är att ta bort adressen ur texten: seloste skriver själv ut tillsynsmyndighetens aktuella kontaktuppgifter i dataskyddsbeskrivningen

# The editor's quick fix (seloste lsp). $address: the current address, in the text's language.
authority-address-fix = Ersätt den föråldrade adressen med `{ $address }`
