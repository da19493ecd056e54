# Messages of `obsolete-law` (sv).
# The document's name in the help is quoted in the language of the notice's text ($lang).
obsolete-law-message = ”{ $words }” hänvisar till lagstiftning som inte längre gäller
obsolete-law-label = upphävd lag
obsolete-law-help = hänvisa till EU:s allmänna dataskyddsförordning (EU) 2016/679 (för denna dataskyddsbeskrivning artiklarna 13 och 14) och dataskyddslagen (1050/2018); kalla dokumentet { obsolete-law-name }
obsolete-law-help-noted = { $notes } Hänvisa i stället till EU:s allmänna dataskyddsförordning (EU) 2016/679 (för denna dataskyddsbeskrivning artiklarna 13 och 14) och dataskyddslagen (1050/2018); kalla dokumentet { obsolete-law-name }
obsolete-law-name = { $lang ->
        [fi] ”tietosuojaseloste” eller ”tietosuojailmoitus”
        [sv] ”dataskyddsbeskrivning”
       *[other] ”privacy notice”
    }
