# Messages of `controller-identity` (fi).

controller-identity-message-missing = selosteessa ei nimetä rekisterinpitäjää
controller-identity-label-missing = tässä rekisterissä tai sen organisaatiotiedostossa ei ole `controller`-kohtaa
controller-identity-help-missing = lisää `controller:`-kohta, jossa on `name:` ja jokin yhteystieto, kuten `email:`, `phone:` tai `postal_address:`, joko tähän tai organisaatiotiedostoon
controller-identity-message-no-name = rekisterinpitäjän nimi on tyhjä
controller-identity-label-no-name = tyhjä nimi
controller-identity-help-no-name = kirjoita rekisterinpitäjän virallinen nimi, esimerkiksi `name: { $lang ->
        [sv] Exempel Ab
        [en] Example Ltd
       *[other] Esimerkki Oy
    }`
controller-identity-message-no-contact = rekisterinpitäjän yhteystiedot puuttuvat
controller-identity-label-no-contact = ei osoitetta, sähköpostiosoitetta eikä puhelinnumeroa
controller-identity-help-no-contact = lisää `controller`-kohtaan ainakin yksi kentistä `visiting_address:`, `postal_address:`, `email:` tai `phone:`
