# Messages of `recipient-abroad` (fi).

recipient-abroad-message-country = vastaanottaja `{ $id }` sijaitsee EU:n ja ETA:n ulkopuolella, maassa { $country }, mutta sille ei ole ilmoitettu siirtoa{ $outdated }
recipient-abroad-label-country = vastaanottaja EU:n ja ETA:n ulkopuolella
recipient-abroad-help-country = lisää `transfers`-kohtaan { $entry } ja täydennä siirtoperuste ({ $us ->
        [yes] `dpf`, jos vastaanottaja on sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti, muuten `sccs` ja `safeguard_copy`
       *[other] `adequacy`, `sccs` ja `safeguard_copy`, `bcr`, …
    }) tai korjaa maa, jos tiedot pysyvät EU:n tai ETA:n alueella
recipient-abroad-help-catalogue = { $facts }. { $advice }
recipient-abroad-given = {" "}eikä vain `country`-kentässä annettuun maahan { $country }
recipient-abroad-message-vendor = vastaanottaja `{ $id }` on palvelu { $named }, jonka kautta tietoja siirretään EU:n ja ETA:n ulkopuolelle{ $known ->
        [yes] {" "}({ $countries })
       *[other] {""}
    }{ $given }, mutta siirtoa ei ole ilmoitettu{ $outdated }
recipient-abroad-label-vendor = palvelu, joka käsittelee tietoja EU:n ja ETA:n ulkopuolella
recipient-abroad-help-vendor = { $facts }. { $advice } Jos sopimuksenne mukaan tiedot pysyvät vain EU:n tai ETA:n alueella, kerro se vastaanottajan `description`-kentässä ja vaimenna tämä havainto tällä perusteella
recipient-abroad-message-claim = tekstin mukaan tietoja ei siirretä EU:n tai ETA:n ulkopuolelle, vaikka jokin vastaanottajista on niiden ulkopuolella
recipient-abroad-label-claim = ristiriidassa vastaanottajien kanssa
recipient-abroad-help-claim = kerro, mitä tietoja siirretään, kenelle ja millä perusteella, tai poista virke: seloste-ohjelma lisää siirrot selosteeseen itse. EU:n ja ETA:n ulkopuoliset vastaanottajat: { $recipients }
recipient-abroad-message-outdated = vastaanottajasta käytetään vanhentunutta nimeä: { $list }
recipient-abroad-label-outdated = vanhentunut nimi
recipient-abroad-help-outdated = kirjoita nykyinen nimi
recipient-abroad-help-outdated-entity = kirjoita nykyinen nimi; EU- ja ETA-alueen asiakkaat tekevät palvelusta { $named } sopimuksen yhtiön { $entity } kanssa
recipient-abroad-outdated = ”{ $name }” on nykyisin { $current }
recipient-abroad-outdated-since = ”{ $name }” on nykyisin { $current } ({ $since } alkaen)
recipient-abroad-outdated-note = ; sen nimi on vanhentunut: { $list }
recipient-abroad-join-semicolon = { $a }; { $b }
recipient-abroad-join-and = { $a } ja { $b }
recipient-abroad-facts = seloste-ohjelman palveluluettelo (tarkistettu { $checked }): { $what }; DPF: { $dpf }
recipient-abroad-facts-eu-entity = EU- ja ETA-alueen asiakkaat tekevät sopimuksen yhtiön { $entity } kanssa (sijaintimaa { $country })
recipient-abroad-facts-eu-entity-onward = EU- ja ETA-alueen asiakkaat tekevät sopimuksen yhtiön { $entity } kanssa (sijaintimaa { $country }), mutta konserni käsittelee tietoja myös EU:n ja ETA:n ulkopuolella ({ $outside }), joten siirto on silti kuvattava
recipient-abroad-facts-entity-abroad = EU- ja ETA-alueen asiakkaat tekevät sopimuksen EU:n ja ETA:n ulkopuolisen yhtiön { $entity } kanssa (sijaintimaa { $country })
recipient-abroad-facts-processes = { $named } käsittelee tietoja EU:n ja ETA:n ulkopuolella
recipient-abroad-facts-processes-in = { $named } käsittelee tietoja EU:n ja ETA:n ulkopuolella ({ $outside })
recipient-abroad-dpf-certified = { $organisation } oli sertifioitu { $date }
recipient-abroad-dpf-not-certified = { $organisation } ei ollut sertifioitu { $date }
recipient-abroad-dpf-not-applicable = ei sovellu (tiettävästi mikään konsernin yhdysvaltalainen yhtiö ei vastaanota tietoja)
recipient-abroad-dpf-unconfirmed-for = ei vahvistettu yhtiön { $organisation } osalta (tarkista DPF-luettelosta)
recipient-abroad-dpf-unconfirmed = ei vahvistettu
recipient-abroad-advice-unknown = Lisää `transfers`-kohtaan { $entry } jokaista sellaista EU:n ja ETA:n ulkopuolista maata varten, jonka palveluntarjoajan käsittelyehdot mainitsevat.
recipient-abroad-advice = Lisää `transfers`-kohtaan { $entries }.
recipient-abroad-advice-note = Lisää `transfers`-kohtaan { $entries } ({ $note }).
recipient-abroad-note-dpf = { $organisation } oli sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti { $date }; tarkista tilanne osoitteessa https://www.dataprivacyframework.gov/list
recipient-abroad-note-no-dpf = palveluluettelon perusteella DPF-sertifiointia ei voitu vahvistaa: kirjoita `dpf` vain, jos palveluntarjoaja on luettelossa https://www.dataprivacyframework.gov/list
