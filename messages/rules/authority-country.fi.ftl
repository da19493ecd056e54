# Messages of `authority-country` (fi).

authority-country-message-unknown = rekisterinpitäjän sijaintimaata ei ole kerrottu, eikä sitä voi päätellä rekisterinpitäjän osoitteesta tai Y-tunnuksesta
authority-country-label-unknown = mikä maa?
authority-country-help-unknown = lisää `controller`-kohtaan `country:` (esim. `country: FI`) tai kirjoita postiosoitteen loppuun maa (`…, 00100 Helsinki, Suomi`); { $named ->
        [yes] ohjelma vertaa nimettyä valvontaviranomaista siihen
       *[no] silloin selosteeseen tulee sen maan valvontaviranomainen, siihen asti ei mitään valvontaviranomaista
    }
authority-country-message-none = seloste-ohjelmassa ei ole valvontaviranomaista rekisterinpitäjän sijaintimaalle { $country }, eikä rekisterissä nimetä valvontaviranomaista: selosteessa ei nimetä valvontaviranomaista
authority-country-label-none = ei sisäänrakennettua valvontaviranomaista
authority-country-help-none = nimeä valvontaviranomainen, jolle rekisteröity voi tehdä valituksen: `authority:` ja sisäänrakennetun valvontaviranomaisen tunnus (ETA-maan koodi pienin kirjaimin, `gb`, `ch`) tai valvontaviranomainen kirjoitettuna (`name`, `postal_address` ja `web`)
authority-country-message-federal = rekisterinpitäjä on Saksassa, eikä rekisterissä nimetä valvontaviranomaista: selosteeseen tulee liittovaltion tietosuojavaltuutettu (BfDI, `de`), joka valvoo liittovaltion viranomaisia sekä tele- ja postiyrityksiä
authority-country-label-federal = oletuksena liittovaltion valvontaviranomainen
authority-country-help-federal = yritystä tai yhdistystä valvoo sen osavaltion valvontaviranomainen: nimeä se tunnuksella, jossa on `de-` ja osavaltion koodi, esim. `authority: de-by` (Baijeri) tai `authority: de-nw` (Nordrhein-Westfalen); jos BfDI on toimivaltainen, kirjoita `authority: de`
authority-country-message-other = selosteessa nimetyn valvontaviranomaisen { $authority } maa on { $theirs }, mutta rekisterinpitäjän sijaintimaa on { $country }
authority-country-label-other = toisen maan valvontaviranomainen
authority-country-help-other = selosteessa nimetään rekisterinpitäjän sijaintimaan valvontaviranomainen, ellei toinen ole toimivaltainen, esim. päätoimipaikan johtava valvontaviranomainen (56 artikla): jätä `authority` pois, jolloin selosteeseen tulee maan { $country } valvontaviranomainen, tai kerro syy kentässä `authority_reason:`
