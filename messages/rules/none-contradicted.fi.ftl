# Messages of `none-contradicted` (fi).

none-contradicted-message-transfer = `recipients: none` kertoo, ettei tietoja luovuteta kenellekään, mutta siirto vie niitä vastaanottajalle `{ $to }`
none-contradicted-label-transfer = siirto on luovutus
none-contradicted-help-transfer = kirjoita vastaanottaja `recipients`-kohtaan `none`-sanan sijaan (rivi { $line }) tai poista siirto, jos tietoja ei sinne lähetetä
none-contradicted-message-service = `recipients: none` kertoo, ettei tietoja luovuteta kenellekään, mutta tekstissä mainitaan { $named }, palvelu, joka käsittelee tietoja asiakkaidensa lukuun
none-contradicted-label-service = palvelu, joka saa tietoja
none-contradicted-help-service = henkilötietojen käsittelijä on vastaanottaja: kirjoita { $named } `recipients`-kohtaan `none`-sanan sijaan (rivi { $line }) ja sille `role: processor`; jos teksti vain mainitsee palvelun eikä se saa tämän rekisterin tietoja, vaienna havainto tässä ja kerro syy
none-contradicted-message-organisation = `transfers: none` kertoo, ettei tietoja siirretä EU:n tai ETA:n ulkopuolelle, mutta organisaatiotiedostossa on siirto vastaanottajalle `{ $recipient }`, jota tämä rekisteri käyttää
none-contradicted-label-organisation = siirto, joka koskee tätä rekisteriä
none-contradicted-help-organisation = poista `transfers: none` (rivi { $line }), jolloin organisaatiotiedoston siirto tulee selosteeseen, tai lakkaa käyttämästä vastaanottajaa tässä rekisterissä
none-contradicted-message-abroad = `transfers: none` kertoo, ettei tietoja siirretä EU:n tai ETA:n ulkopuolelle, mutta vastaanottaja `{ $id }` sijaitsee maassa { $country }
none-contradicted-label-abroad = vastaanottaja EU:n tai ETA:n ulkopuolella
none-contradicted-help-abroad = korvaa `transfers: none` (rivi { $line }) esimerkiksi kohdalla `- {"{"}recipient: { $id }, country: { $country }, mechanism: …{"}"}` tai korjaa vastaanottajan maa, jos tiedot pysyvät EU:n tai ETA:n alueella
