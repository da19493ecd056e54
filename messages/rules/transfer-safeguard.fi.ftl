# Messages of `transfer-safeguard` (fi).

transfer-safeguard-message-no-country = siirrosta puuttuu kohdemaa
transfer-safeguard-message-no-country-to = vastaanottajalle `{ $recipient }` tehtävästä siirrosta puuttuu kohdemaa
transfer-safeguard-label-no-country = kohdemaa puuttuu
transfer-safeguard-help-no-country = lisää `country:` ja sen arvoksi sen maan ISO-koodi, johon tiedot siirretään, esimerkiksi `country: US`
transfer-safeguard-message-eu = { $country } kuuluu { $area ->
        [eea] Euroopan talousalueeseen
       *[other] Euroopan unioniin
    }: kyse ei ole siirrosta EU:n tai ETA:n ulkopuolelle
transfer-safeguard-label-eu = EU- tai ETA-valtio
transfer-safeguard-help-eu = tämä ei ole siirto: poista kohta. EU:ssa tai ETA:ssa käsiteltäviin tietoihin ei tarvita siirron suojatoimia; mainitse vastaanottaja vain kohdassa `recipients`
transfer-safeguard-message-lacks-mechanism = siirron perustetta ei ole ilmoitettu
transfer-safeguard-message-lacks-mechanism-to = vastaanottajalle `{ $recipient }` tehtävän siirron perustetta ei ole ilmoitettu
transfer-safeguard-label-no-mechanism = siirtoperuste puuttuu
transfer-safeguard-help-no-mechanism = lisää `mechanism:`: `adequacy`, jos maata { $country } koskee komission päätös tietosuojan riittävyydestä, `dpf` EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti sertifioiduille yhdysvaltalaisille vastaanottajille, `sccs` komission täytäntöönpanopäätöksen { $number } mukaisille vakiosopimuslausekkeille, `bcr`, `code-of-conduct`, `certification` tai `derogation` ja EU:n yleisen tietosuoja-asetuksen 49 artiklan 1 kohdan mukainen peruste
transfer-safeguard-help-no-mechanism-no-country = lisää `mechanism:`: `adequacy`, jos kohdemaata koskee komission päätös tietosuojan riittävyydestä, `dpf` EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti sertifioiduille yhdysvaltalaisille vastaanottajille, `sccs` komission täytäntöönpanopäätöksen { $number } mukaisille vakiosopimuslausekkeille, `bcr`, `code-of-conduct`, `certification` tai `derogation` ja EU:n yleisen tietosuoja-asetuksen 49 artiklan 1 kohdan mukainen peruste
transfer-safeguard-message-no-copy = selosteessa ei kerrota, mistä saa jäljennöksen { $what ->
        [sccs] vakiosopimuslausekkeista
        [bcr] yritystä koskevista sitovista säännöistä
        [code-of-conduct] käytännesäännöistä
       *[other] sertifioinnista
    }
transfer-safeguard-label-no-copy = jäljennöksen saanti ilmoittamatta
transfer-safeguard-help-no-copy = lisää `safeguard_copy:`, jossa kerrotaan, mistä jäljennöksen voi saada, esimerkiksi { $lang ->
        [fi] ”Kopion vakiosopimuslausekkeista saa tietosuojavastaavalta”
        [sv] ”En kopia av standardavtalsklausulerna fås av dataskyddsombudet”
       *[other] ”A copy of the clauses is available from our DPO”
    }, tai verkko-osoite
transfer-safeguard-message-no-derogation = siirto perustuu poikkeukseen, mutta poikkeusta ei ole yksilöity
transfer-safeguard-label-no-derogation = poikkeuksen peruste puuttuu
transfer-safeguard-help-no-derogation = lisää `derogation:` ja sen arvoksi 49 artiklan 1 kohdan mukainen peruste: explicit-consent, contract-with-subject, contract-in-interest, public-interest, legal-claims, vital-interests, public-register tai compelling-legitimate-interests
