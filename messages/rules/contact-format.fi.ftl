# Messages of `contact-format` (fi).

contact-format-message-email = { $whose ->
        [contact-person] yhteyshenkilön
        [dpo] tietosuojavastaavan
        [representative] rekisterinpitäjän edustajan
        [joint] yhteisrekisterinpitäjän
        [rights-requests] oikeuksien käyttämistä koskevien pyyntöjen
       *[other] rekisterinpitäjän
    } sähköpostiosoite `{ $value }` ei ole kelvollinen osoite
contact-format-label-email = ei sähköpostiosoitteen muotoinen
contact-format-help-email = kirjoita osoite muodossa `nimi@verkkotunnus.fi` ilman välilyöntejä ja ilman `mailto:`-alkua
contact-format-message-phone = { $whose ->
        [contact-person] yhteyshenkilön
        [dpo] tietosuojavastaavan
        [representative] rekisterinpitäjän edustajan
        [joint] yhteisrekisterinpitäjän
        [rights-requests] oikeuksien käyttämistä koskevien pyyntöjen
       *[other] rekisterinpitäjän
    } puhelinnumero `{ $value }` ei ole kelvollinen numero
contact-format-label-phone = ei puhelinnumeron muotoinen
contact-format-help-phone = kirjoita 6–15 numeroa; välilyönnit, `+`, `-` ja sulkeet ovat sallittuja, esimerkiksi `+358 17 266 3800` tai `017 266 3800`
