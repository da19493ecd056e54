# Säännön `references` viestit (fi).
# $kind: purpose, category, source, data-subject tai recipient.
references-message-duplicate = kahdella { $kind ->
        [purpose] käsittelyn tarkoituksella
        [category] henkilötietoryhmällä
        [source] tietolähteellä
        [data-subject] rekisteröityjen ryhmällä
        [retention-group] säilytysaikaryhmällä
       *[recipient] vastaanottajalla
    } on sama tunniste `{ $id }`
references-label-duplicate = toistuva tunniste
references-help-duplicate = anna luettelon jokaiselle kohdalle oma tunniste
references-message-dangling = tunnisteella `{ $id }` ei löydy { $kind ->
        [purpose] käsittelyn tarkoitusta
        [category] henkilötietoryhmää
        [source] tietolähdettä
        [data-subject] rekisteröityjen ryhmää
       *[recipient] vastaanottajaa
    }
references-label-dangling = tuntematon tunniste
references-help-did-you-mean = tarkoititko `{ $id }`?
references-help-none-yet = rekisterissä ei vielä ole yhtään { $kind ->
        [purpose] käsittelyn tarkoitusta
        [category] henkilötietoryhmää
        [source] tietolähdettä
        [data-subject] rekisteröityjen ryhmää
       *[recipient] vastaanottajaa
    }: lisää sellainen tällä tunnisteella
# $ids: luettelon tunnisteet, esim. "contact, orders".
references-help-known = tunnetut tunnisteet: { $ids }
