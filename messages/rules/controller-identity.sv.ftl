# Messages of `controller-identity` (sv).

controller-identity-message-missing = dataskyddsbeskrivningen anger inte vem som är personuppgiftsansvarig
controller-identity-label-missing = ingen `controller` i det här registret eller i dess organisationsfil
controller-identity-help-missing = lägg till ett avsnitt `controller:` med `name:` och en kontaktuppgift, till exempel `email:`, `phone:` eller `postal_address:`, här eller i organisationsfilen
controller-identity-message-no-name = den personuppgiftsansvariges namn är tomt
controller-identity-label-no-name = tomt namn
controller-identity-help-no-name = ange den personuppgiftsansvariges officiella namn, till exempel `name: { $lang ->
        [sv] Exempel Ab
        [en] Example Ltd
       *[other] Esimerkki Oy
    }`
controller-identity-message-no-contact = den personuppgiftsansvarige saknar kontaktuppgifter
controller-identity-label-no-contact = adress, e-postadress och telefonnummer saknas
controller-identity-help-no-contact = lägg till minst en av `visiting_address:`, `postal_address:`, `email:` eller `phone:` under `controller`
