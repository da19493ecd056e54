# Messages of `vague-retention` (fi).
# The help's examples are in the language of the notice's text ($lang), the same in every catalog.
vague-retention-message = ”{ $words }” ei kerro lukijalle, kuinka kauan tietoja säilytetään
vague-retention-label = epämääräinen säilytysaika
vague-retention-help = ilmoita säilytysaika (`period`) ja tapahtuma, josta se lasketaan (`from`), esimerkiksi `period: P2Y`, `from: { vague-retention-from }`, tai konkreettiset kriteerit: laki, jossa säilytysajasta säädetään (”{ vague-retention-law }”), tai tapahtuma, johon säilytys päättyy (”{ vague-retention-event }”)
vague-retention-help-noted = { vague-retention-help }. { $note }
vague-retention-from = { $lang ->
        [fi] jäsenyyden päättymisestä
        [sv] medlemskapets upphörande
       *[other] the end of the membership
    }
vague-retention-law = { $lang ->
        [fi] kuusi vuotta tilikauden päättymisestä, kirjanpitolain (1336/1997) 2 luvun 10 §
        [sv] sex år från räkenskapsperiodens slut, 2 kap. 10 § i bokföringslagen (1336/1997)
       *[other] six years from the end of the financial year, Accounting Act 1336/1997 ch. 2 s. 10
    }
vague-retention-event = { $lang ->
        [fi] takuuajan päättyminen
        [sv] garantitidens slut
       *[other] the end of the warranty period
    }
vague-retention-message-minimum = vähimmäisaika (`at_least: true`) ei kerro lukijalle, milloin tiedot poistetaan
vague-retention-label-minimum = vähimmäisaika eikä enimmäisaika
vague-retention-help-minimum = kerro kohdassa `criteria:`, milloin tiedot poistetaan vähimmäisajan jälkeen, esimerkiksi ”aineisto hävitetään säilytysajan päättymistä seuraavan vuoden aikana”
