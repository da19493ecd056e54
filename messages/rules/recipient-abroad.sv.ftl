# Messages of `recipient-abroad` (sv).

recipient-abroad-message-country = mottagaren `{ $id }` finns i { $country }, utanför EU/EES, men ingen överföring har angetts för den{ $outdated }
recipient-abroad-label-country = mottagare utanför EU/EES
recipient-abroad-help-country = lägg till { $entry } under `transfers` och fyll i grunden för överföringen ({ $us ->
        [yes] `dpf` om mottagaren är certifierad enligt ramen för dataskydd mellan EU och USA, annars `sccs` med `safeguard_copy`
       *[other] `adequacy`, `sccs` med `safeguard_copy`, `bcr`, …
    }), eller rätta landet om uppgifterna stannar inom EU/EES
recipient-abroad-help-catalogue = { $facts }. { $advice }
recipient-abroad-given = {" "}och inte bara till { $country }, som anges i `country`
recipient-abroad-message-vendor = mottagaren `{ $id }` är tjänsten { $named }, genom vilken uppgifter överförs till länder utanför EU/EES{ $known ->
        [yes] {" "}({ $countries })
       *[other] {""}
    }{ $given }, men ingen överföring har angetts för den{ $outdated }
recipient-abroad-label-vendor = tjänst som behandlar uppgifter utanför EU/EES
recipient-abroad-help-vendor = { $facts }. { $advice } Om ert avtal innebär att uppgifterna stannar inom EU/EES, ange det i mottagarens `description` och undertryck detta fynd med det som motivering
recipient-abroad-message-claim = enligt texten överförs inga uppgifter till länder utanför EU/EES, men någon av mottagarna finns utanför
recipient-abroad-label-claim = motsägs av mottagarna
recipient-abroad-help-claim = ange vilka uppgifter som överförs, till vem och på vilken grund, eller ta bort meningen: seloste skriver själv ut överföringarna. Mottagare utanför EU/EES: { $recipients }
recipient-abroad-message-outdated = mottagaren anges med ett namn som inte längre används: { $list }
recipient-abroad-label-outdated = gammalt namn
recipient-abroad-help-outdated = skriv det nuvarande namnet
recipient-abroad-help-outdated-entity = skriv det nuvarande namnet; kunder inom EU/EES ingår avtal om { $named } med { $entity }
recipient-abroad-outdated = ”{ $name }” heter numera { $current }
recipient-abroad-outdated-since = ”{ $name }” heter numera { $current } (sedan { $since })
recipient-abroad-outdated-note = ; dess namn är föråldrat: { $list }
recipient-abroad-join-semicolon = { $a }; { $b }
recipient-abroad-join-and = { $a } och { $b }
recipient-abroad-facts = tjänsteförteckningen i seloste (kontrollerad { $checked }): { $what }; DPF: { $dpf }
recipient-abroad-facts-eu-entity = kunder inom EU/EES ingår avtal med { $entity } i { $country }
recipient-abroad-facts-eu-entity-onward = kunder inom EU/EES ingår avtal med { $entity } i { $country }, men koncernen behandlar uppgifterna också i { $outside }, utanför EU/EES, så en överföring ska ändå beskrivas
recipient-abroad-facts-entity-abroad = kunder inom EU/EES ingår avtal med { $entity } i { $country }, utanför EU/EES
recipient-abroad-facts-processes = { $named } behandlar uppgifterna utanför EU/EES
recipient-abroad-facts-processes-in = { $named } behandlar uppgifterna i { $outside }, utanför EU/EES
recipient-abroad-dpf-certified = { $organisation } var certifierad den { $date }
recipient-abroad-dpf-not-certified = { $organisation } var inte certifierad den { $date }
recipient-abroad-dpf-not-applicable = inte tillämpligt (såvitt känt tar inget amerikanskt koncernbolag emot uppgifterna)
recipient-abroad-dpf-unconfirmed-for = inte bekräftat för { $organisation } (kontrollera DPF-förteckningen)
recipient-abroad-dpf-unconfirmed = inte bekräftat
recipient-abroad-advice-unknown = Lägg till { $entry } under `transfers` för varje land utanför EU/EES som nämns i leverantörens villkor för behandlingen.
recipient-abroad-advice = Lägg till { $entries } under `transfers`.
recipient-abroad-advice-note = Lägg till { $entries } under `transfers` ({ $note }).
recipient-abroad-note-dpf = { $organisation } var certifierad enligt ramen för dataskydd mellan EU och USA den { $date }; kontrollera det på https://www.dataprivacyframework.gov/list
recipient-abroad-note-no-dpf = tjänsteförteckningen kunde inte bekräfta någon DPF-certifiering: skriv `dpf` endast om leverantören finns på https://www.dataprivacyframework.gov/list
