# Messages of `authority-address` (fi).

authority-address-message = ”{ $words }” ei ole valvontaviranomaisen osoite
authority-address-label = vanhentunut osoite
authority-address-help = { $note ->
        [old-street] Toimisto on muuttanut osoitteesta Ratapihantie 9 osoitteeseen Lintulahdenkuja 4.{" "}
        [old-postcode] 00520 ja 00521 ovat vanhan osoitteen postinumeroita.{" "}
        [misspelt] Kadun nimi on Lintulahdenkuja, ei Lintulahdenkatu.{" "}
        [data] {""}
       *[none] {""}
    }Nykyinen osoite: { $name }, { $visiting } (postiosoite { $postal }). Vielä parempi on poistaa osoite tekstistä: seloste-ohjelma lisää valvontaviranomaisen ajantasaiset yhteystiedot itse tietosuojaselosteeseen

# The editor's quick fix (seloste lsp). $address: the current address, in the text's language.
authority-address-fix = Korvaa vanhentunut osoite osoitteella `{ $address }`
