# Messages of `retention` (fi).
# The examples quote notice text: the event a period runs from is in the notice's language(s) ($lang), the same in every catalog.
retention-message-missing = henkilötietoryhmän `{ $category }` säilytysaikaa ei ole ilmoitettu
retention-label-missing = `retention` puuttuu
retention-help-missing = lisää `retention:` ja siihen säilytysaika ja ajankohta, josta se lasketaan, esimerkiksi { $example }, tai `until:` / `criteria:`
retention-message-empty = henkilötietoryhmän `{ $category }` säilytystiedoissa ei ole säilytysaikaa, päättymistapahtumaa eikä kriteerejä
retention-label-blank-criteria = tyhjät kriteerit
retention-label-empty = ei säilytysaikaa, `until`-tapahtumaa eikä kriteerejä
retention-help-empty = lisää säilytysaika ja ajankohta, josta se lasketaan, esimerkiksi { $example }, tai `until: consent-withdrawn` tai `criteria:`, jossa kuvataan, mikä säilytysajan määrää
retention-message-zero = henkilötietoryhmän `{ $category }` säilytysaika on nolla
retention-label-zero = säilytysaika nolla
retention-help-zero = ilmoita todellinen säilytysaika, esimerkiksi `period: P6M`; jos tietoja ei säilytetä lainkaan, kerro se kohdassa `criteria:`
retention-message-no-from = henkilötietoryhmän `{ $category }` säilytysajasta ei käy ilmi, mistä tapahtumasta se lasketaan
retention-label-no-from = säilytysajan alkamisajankohta puuttuu
retention-help-no-from = lisää `from:` ja siihen tapahtuma, josta säilytysaika lasketaan, esimerkiksi `from: { $from }`
retention-example-marketing = `retention: {"{"}until: consent-withdrawn{"}"}` (kunnes rekisteröity peruuttaa suostumuksensa; `until: objection`, kun käsittelyn oikeusperuste on oikeutettu etu)
retention-example-bookkeeping = `retention: {"{"}period: P6Y, from: { $from }{"}"}` (tositteet kuusi vuotta ja kirjanpitokirjat kymmenen vuotta, kirjanpitolain 2 luvun 10 §)
retention-from-event = { $kind ->
        [bookkeeping] { $lang ->
            [fi] tilikauden päättymisestä
            [sv] räkenskapsperiodens slut
           *[other] the end of the financial year
        }
        [membership] { $lang ->
            [fi] jäsenyyden päättymisestä
            [sv] medlemskapets upphörande
           *[other] the end of the membership
        }
        [recruitment] { $lang ->
            [fi] rekrytoinnin päättymisestä
            [sv] rekryteringens avslutande
           *[other] the end of the recruitment
        }
        [employment] { $lang ->
            [fi] työsuhteen päättymisestä
            [sv] anställningens upphörande
           *[other] the end of the employment
        }
       *[other] { $lang ->
            [fi] asiakkuuden päättymisestä
            [sv] kundrelationens upphörande
           *[other] the end of the customer relationship
        }
    }
retention-from-pair = { $lang }: { $event }
retention-from-two = {"{"}{ $first }, { $second }{"}"}
retention-from-three = {"{"}{ $first }, { $second }, { $third }{"}"}
retention-example-period = `retention: {"{"}period: { $period }, from: { $from }{"}"}`
