# Messages of `old-law-concept` (en).
# The quoted words and examples of the help follow the language of the notice's text ($lang).
old-law-concept-message-ground = "{ $words }" is the ground of processing of the repealed Personal Data Act
old-law-concept-label-ground = old ground of processing
old-law-concept-help-ground = name the GDPR Art 6(1) basis instead: { $lang ->
        [fi] jäsenyys tai asiakassuhde (`basis: contract`), oikeutettu etu nimettynä (`basis: legitimate-interests`, esim. "seuran tiedottaminen entisille jäsenille") tai suostumus (`basis: consent`); "asiallinen yhteys" was a ground of the repealed henkilötietolaki 8 §
        [sv] medlemskap eller kundförhållande (`basis: contract`), ett namngivet berättigat intresse (`basis: legitimate-interests`) eller samtycke (`basis: consent`); "sakligt samband" was a ground of the repealed personuppgiftslag 8 §
       *[other] the membership or customer contract (`basis: contract`), a named legitimate interest (`basis: legitimate-interests`) or consent (`basis: consent`); "appropriate connection" was a ground of the repealed Personal Data Act, section 8
    }
old-law-concept-message-section = "{ $words }" gives a section of the repealed Personal Data Act as the basis
old-law-concept-label-section = old act's section as basis
old-law-concept-help-section = give the GDPR Art 6(1) basis (e.g. `basis: contract` for a { $lang ->
        [fi] membership
        [sv] membership
       *[other] customer relationship
    }, `basis: legal-obligation` with the law that requires it) and, for special categories, the Art 9(2) condition; cite { $lang ->
        [fi] tietosuojalaki 1050/2018 where it applies, not henkilötietolaki
        [sv] dataskyddslagen 1050/2018 where it applies, not personuppgiftslagen
       *[other] the Data Protection Act 1050/2018 where it applies, not the Personal Data Act
    }
old-law-concept-message-access = "{ $words }" limits the right of access as the repealed Personal Data Act did
old-law-concept-label-access = old limit on access
old-law-concept-help-access = delete the yearly limit: under GDPR Art 15 the reader can ask for their data free of charge, e.g. "{ old-law-concept-access-example }"; a fee or refusal is allowed only for manifestly unfounded or excessive requests (Art 12(5))
old-law-concept-access-example = { $lang ->
        [fi] Voit pyytää jäljennöksen tiedoistasi maksutta.
        [sv] Du kan begära en kopia av dina uppgifter kostnadsfritt.
       *[other] You can ask for a copy of your data free of charge.
    }
