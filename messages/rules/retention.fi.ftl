# Messages of `retention` (fi).
# The examples quote notice text: the event a period runs from is in the notice's language(s) ($lang), the same in every catalog.
retention-message-missing = henkilötietoryhmän `{ $category }` säilytysaikaa ei ole ilmoitettu
retention-label-missing = `retention` puuttuu
retention-help-missing = lisää `retention:` ja siihen säilytysaika ja ajankohta, josta se lasketaan, esimerkiksi { $example }, tai `until:` / `criteria:`; usean henkilötietoryhmän yhteinen säilytysaika kirjoitetaan kerran kohtaan `retention_groups:` tai ylätasolle
retention-message-empty = { $owner } säilytystiedoissa ei ole säilytysaikaa, päättymistapahtumaa eikä kriteerejä
retention-label-blank-criteria = tyhjät kriteerit
retention-label-empty = ei säilytysaikaa, `until`-tapahtumaa eikä kriteerejä
retention-help-empty = lisää säilytysaika ja ajankohta, josta se lasketaan, esimerkiksi { $example }, tai `until: consent-withdrawn` tai `criteria:`, jossa kuvataan, mikä säilytysajan määrää
retention-message-zero = { $owner } säilytysaika on nolla
retention-label-zero = säilytysaika nolla
retention-help-zero = ilmoita todellinen säilytysaika, esimerkiksi `period: P6M`; jos tietoja ei säilytetä lainkaan, kerro se kohdassa `criteria:`
retention-message-no-from = { $owner } säilytysajasta ei käy ilmi, mistä tapahtumasta se lasketaan
retention-label-no-from = säilytysajan alkamisajankohta puuttuu
retention-help-no-from = lisää `event:` ja siihen tapahtuma, josta säilytysaika lasketaan, esimerkiksi `event: { $event }` (seloste kirjoittaa sen kullekin kielelle), tai `from:` ja tapahtuma sanoin, esimerkiksi `from: { $from }`
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
retention-owner = { $kind ->
        [group] säilytysryhmän `{ $id }`
        [register] koko rekisterin
       *[category] henkilötietoryhmän `{ $id }`
    }
retention-message-event-and-from = { $owner } säilytystiedoissa on sekä `event` että `from`
retention-label-event-and-from = kaksi alkamisajankohtaa
retention-help-event-and-from = jätä toinen: `event` valmiille tapahtumalle, `from` sanoin kirjoitetulle tapahtumalle
retention-message-past-until = { $owner } säilytysaika päättyy { $date }, ja päivä on jo mennyt
retention-label-past-until = päättymispäivä on mennyt
retention-help-past-until = jos tiedot on poistettu, poista ne myös selosteesta; jos niitä säilytetään yhä, ilmoita uusi päättymispäivä tai nyt sovellettava säilytysaika
retention-message-two-groups = henkilötietoryhmä `{ $category }` kuuluu kahteen säilytysryhmään, `{ $first }` ja `{ $second }`
retention-label-two-groups = myös toisessa ryhmässä
retention-help-two-groups = mainitse henkilötietoryhmä vain yhdessä ryhmässä tai anna sille oma `retention:`, joka menee ryhmän säilytysajan edelle
retention-example-event = `retention: {"{"}period: { $period }, event: { $event }{"}"}`
retention-message-period-and-until = { $owner } säilytystiedoissa on sekä säilytysaika (`period`) että `until`
retention-label-period-and-until = kaksi päättymistapaa
retention-help-period-and-until = jätä se, joka päättää säilytyksen; jos kumpi tahansa voi päättää sen, jätä `period` ja kerro kohdassa `criteria:`, mikä muu päättää säilytyksen ja kumpi on ensin
