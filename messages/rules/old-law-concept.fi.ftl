# Messages of `old-law-concept` (fi).
# The quoted words and examples of the help follow the language of the notice's text ($lang).
old-law-concept-message-ground = ”{ $words }” on kumotun henkilötietolain mukainen käsittelyn edellytys
old-law-concept-label-ground = vanhan lain käsittelyedellytys
old-law-concept-help-ground = nimeä sen sijaan EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan mukainen oikeusperuste: jäsenyys tai asiakassuhde (`basis: contract`), nimetty oikeutettu etu (`basis: legitimate-interests`{ $lang ->
        [fi] , esim. ”seuran tiedottaminen entisille jäsenille”
       *[other] {""}
    }) tai suostumus (`basis: consent`); { $lang ->
        [fi] ”asiallinen yhteys”
        [sv] ”sakligt samband”
       *[other] ”appropriate connection”
    } oli kumotun henkilötietolain 8 §:n mukainen käsittelyn edellytys
old-law-concept-message-section = ”{ $words }” esittää kumotun henkilötietolain pykälän käsittelyn oikeusperusteena
old-law-concept-label-section = vanhan lain pykälä perusteena
old-law-concept-help-section = ilmoita EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan mukainen oikeusperuste (esimerkiksi `basis: contract` { $lang ->
        [fi] jäsenyydelle
        [sv] jäsenyydelle
       *[other] asiakassuhteelle
    } tai `basis: legal-obligation` ja laki, joka velvoittaa käsittelyyn) ja erityisten henkilötietoryhmien osalta 9 artiklan 2 kohdan mukainen edellytys; viittaa tarvittaessa tietosuojalakiin (1050/2018{ $lang ->
        [fi] {""}
        [sv] , ruotsiksi ”dataskyddslagen”
       *[other] , englanniksi ”Data Protection Act”
    }) äläkä henkilötietolakiin
old-law-concept-message-access = ”{ $words }” rajoittaa oikeutta saada pääsy tietoihin samoin kuin kumottu henkilötietolaki
old-law-concept-label-access = vanha tarkastusoikeuden rajoitus
old-law-concept-help-access = poista rajoitus, jonka mukaan tietoja voi pyytää vain kerran vuodessa: EU:n yleisen tietosuoja-asetuksen 15 artiklan mukaan rekisteröity voi pyytää tietonsa maksutta, esimerkiksi ”{ old-law-concept-access-example }”; maksu tai kieltäytyminen on sallittu vain, jos pyynnöt ovat ilmeisen perusteettomia tai kohtuuttomia (12 artiklan 5 kohta)
old-law-concept-access-example = { $lang ->
        [fi] Voit pyytää jäljennöksen tiedoistasi maksutta.
        [sv] Du kan begära en kopia av dina uppgifter kostnadsfritt.
       *[other] You can ask for a copy of your data free of charge.
    }
