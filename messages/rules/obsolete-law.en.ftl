# Messages of `obsolete-law` (en).
# The document's name in the help is quoted in the language of the notice's text ($lang).
obsolete-law-message = "{ $words }" refers to law that no longer applies
obsolete-law-label = repealed law
obsolete-law-help = cite the GDPR (EU) 2016/679 (Art 13 and 14 for this notice) and the Data Protection Act, tietosuojalaki 1050/2018; call the document { obsolete-law-name }
obsolete-law-help-noted = { $notes } Instead, { obsolete-law-help }
obsolete-law-name = { $lang ->
        [fi] "tietosuojaseloste" or "tietosuojailmoitus"
        [sv] "dataskyddsbeskrivning"
       *[other] a "privacy notice"
    }
