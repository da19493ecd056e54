# Messages of `business-id` (fi).

business-id-message-format = { $whose ->
        [joint] yhteisrekisterinpitäjän
       *[other] rekisterinpitäjän
    } Y-tunnus `{ $id }` ei ole muotoa NNNNNNN-C
business-id-label-format = ei Y-tunnuksen muotoinen
business-id-help-format = kirjoita Y-tunnus muodossa seitsemän numeroa, yhdysmerkki ja tarkistusnumero, esimerkiksi `business_id: 0276398-4`
business-id-message-never-issued = { $whose ->
        [joint] yhteisrekisterinpitäjän
       *[other] rekisterinpitäjän
    } Y-tunnusta `{ $id }` ei voi olla olemassa: näille numeroille ei ole kelvollista tarkistusnumeroa
business-id-label-never-issued = virheellinen Y-tunnus
business-id-help-never-issued = tarkista numerot yritys- ja yhteisötietojärjestelmästä (ytj.fi)
business-id-message-check-digit = { $whose ->
        [joint] yhteisrekisterinpitäjän
       *[other] rekisterinpitäjän
    } Y-tunnuksen `{ $id }` tarkistusnumero on väärä
business-id-label-check-digit = väärä tarkistusnumero
business-id-help-check-digit = tarkista numerot yritys- ja yhteisötietojärjestelmästä (ytj.fi); näillä seitsemällä numerolla tarkistusnumero olisi { $digit }
