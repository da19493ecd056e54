# Messages of `obsolete-law` (fi).
# The document's name in the help is quoted in the language of the notice's text ($lang).
obsolete-law-message = ”{ $words }” viittaa lakiin, joka ei ole enää voimassa
obsolete-law-label = kumottu laki
obsolete-law-help = viittaa EU:n yleiseen tietosuoja-asetukseen (EU) 2016/679 (tämän selosteen osalta sen 13 ja 14 artiklaan) ja tietosuojalakiin (1050/2018); käytä asiakirjasta nimeä { obsolete-law-name }
obsolete-law-help-noted = { $notes } Viittaa sen sijaan EU:n yleiseen tietosuoja-asetukseen (EU) 2016/679 (tämän selosteen osalta sen 13 ja 14 artiklaan) ja tietosuojalakiin (1050/2018); käytä asiakirjasta nimeä { obsolete-law-name }
obsolete-law-name = { $lang ->
        [fi] ”tietosuojaseloste” tai ”tietosuojailmoitus”
        [sv] ”dataskyddsbeskrivning”
       *[other] ”privacy notice”
    }
