# Messages of `authority-address` (en).

# $words: the outdated form as the text has it.
authority-address-message = "{ $words }" is not the supervisory authority's address
authority-address-label = outdated address
# $note: which outdated form, `old-street`, `old-postcode` or `misspelt`; `data` for another
# form of data/wording.yaml, whose note ($note_text, English) is shown as it is; `none`.
# $name, $visiting, $postal: the authority's current details in the notice text's language.
authority-address-help = { $note ->
        [old-street] The office moved from Ratapihantie 9 to Lintulahdenkuja 4.{" "}
        [old-postcode] 00520 and 00521 are the postcodes of the old address.{" "}
        [misspelt] The street is Lintulahdenkuja, not Lintulahdenkatu.{" "}
        [data] { $note_text }{" "}
       *[none] {""}
    }Current address: { $name }, { $visiting } (postal address { $postal }). Better still, remove the address from the text: seloste prints the authority's current contact details in the notice itself

# The editor's quick fix (seloste lsp). $address: the current address, in the text's language.
authority-address-fix = Replace the outdated address with `{ $address }`
