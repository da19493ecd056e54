# Messages of `derogation-routine` (fi).

derogation-routine-message-processor = siirto vastaanottajalle{ $named ->
        [yes] {" "}`{ $recipient }`
       *[other] {""}
    }, joka on henkilötietojen käsittelijä, perustuu { $ground ->
        [explicit-consent] 49 artiklan 1 kohdan a alakohdan mukaiseen poikkeukseen (nimenomainen suostumus)
        [contract-with-subject] 49 artiklan 1 kohdan b alakohdan mukaiseen poikkeukseen (rekisteröidyn kanssa tehty sopimus)
        [contract-in-interest] 49 artiklan 1 kohdan c alakohdan mukaiseen poikkeukseen (rekisteröidyn edun mukainen sopimus)
        [public-interest] 49 artiklan 1 kohdan d alakohdan mukaiseen poikkeukseen (yleistä etua koskevat tärkeät syyt)
        [legal-claims] 49 artiklan 1 kohdan e alakohdan mukaiseen poikkeukseen (oikeusvaateen laatiminen, esittäminen tai puolustaminen)
        [vital-interests] 49 artiklan 1 kohdan f alakohdan mukaiseen poikkeukseen (elintärkeiden etujen suojaaminen)
        [public-register] 49 artiklan 1 kohdan g alakohdan mukaiseen poikkeukseen (julkinen rekisteri)
       *[compelling-legitimate-interests] 49 artiklan 1 kohdan toisen alakohdan mukaiseen poikkeukseen (pakottavat oikeutetut edut)
    }, vaikka poikkeukset on tarkoitettu vain satunnaisiin siirtoihin
derogation-routine-message-regular = siirto vastaanottajalle{ $named ->
        [yes] {" "}`{ $recipient }`
       *[other] {""}
    } on säännöllinen, mutta se perustuu { $ground ->
        [explicit-consent] 49 artiklan 1 kohdan a alakohdan mukaiseen poikkeukseen (nimenomainen suostumus)
        [contract-with-subject] 49 artiklan 1 kohdan b alakohdan mukaiseen poikkeukseen (rekisteröidyn kanssa tehty sopimus)
        [contract-in-interest] 49 artiklan 1 kohdan c alakohdan mukaiseen poikkeukseen (rekisteröidyn edun mukainen sopimus)
        [public-interest] 49 artiklan 1 kohdan d alakohdan mukaiseen poikkeukseen (yleistä etua koskevat tärkeät syyt)
        [legal-claims] 49 artiklan 1 kohdan e alakohdan mukaiseen poikkeukseen (oikeusvaateen laatiminen, esittäminen tai puolustaminen)
        [vital-interests] 49 artiklan 1 kohdan f alakohdan mukaiseen poikkeukseen (elintärkeiden etujen suojaaminen)
        [public-register] 49 artiklan 1 kohdan g alakohdan mukaiseen poikkeukseen (julkinen rekisteri)
       *[compelling-legitimate-interests] 49 artiklan 1 kohdan toisen alakohdan mukaiseen poikkeukseen (pakottavat oikeutetut edut)
    }, vaikka poikkeukset on tarkoitettu vain satunnaisiin siirtoihin
derogation-routine-label-processor = poikkeus käsittelijälle tehtävässä siirrossa
derogation-routine-label-regular = poikkeus säännöllisissä siirroissa
derogation-routine-help-us = käytä sen sijaan 45 tai 46 artiklan mukaista siirtoperustetta: `mechanism: dpf`, jos { $named ->
        [yes] `{ $recipient }`
       *[other] vastaanottaja
    } on sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti (tarkista sen tiedot osoitteessa dataprivacyframework.gov), muussa tapauksessa `mechanism: sccs` ja vuoden 2021 vakiosopimuslausekkeet (yleensä osa palveluntarjoajan kanssa tehtyä henkilötietojen käsittelysopimusta) tai `mechanism: adequacy`, jos maata koskee komission päätös tietosuojan riittävyydestä; lisää `safeguard_copy:`, jossa kerrotaan, mistä jäljennöksen saa
derogation-routine-help = käytä sen sijaan 45 tai 46 artiklan mukaista siirtoperustetta: `mechanism: sccs` ja vuoden 2021 vakiosopimuslausekkeet (yleensä osa palveluntarjoajan kanssa tehtyä henkilötietojen käsittelysopimusta) tai `mechanism: adequacy`, jos maata koskee komission päätös tietosuojan riittävyydestä; lisää `safeguard_copy:`, jossa kerrotaan, mistä jäljennöksen saa
