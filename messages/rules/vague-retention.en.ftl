# Messages of `vague-retention` (en).
# The help's examples are in the language of the notice's text ($lang), the same in every catalog.
vague-retention-message = "{ $words }" does not tell the reader how long the data is kept
vague-retention-label = vague retention
vague-retention-help = give a `period` and the event it runs `from` (e.g. `period: P2Y`, `from: { vague-retention-from }`), or concrete criteria: the law that sets the period ("{ vague-retention-law }") or the event that ends it ("{ vague-retention-event }")
vague-retention-help-noted = { vague-retention-help }. { $note }
vague-retention-from = { $lang ->
        [fi] jäsenyyden päättymisestä
        [sv] medlemskapets upphörande
       *[other] the end of the membership
    }
vague-retention-law = { $lang ->
        [fi] kuusi vuotta tilikauden päättymisestä, kirjanpitolaki 1336/1997 2:10
        [sv] sex år från räkenskapsperiodens slut, 2 kap. 10 § i bokföringslagen (1336/1997)
       *[other] six years from the end of the financial year, Accounting Act 1336/1997 ch. 2 s. 10
    }
vague-retention-event = { $lang ->
        [fi] takuuajan päättyminen
        [sv] garantitidens slut
       *[other] the end of the warranty period
    }
vague-retention-message-minimum = a minimum period (`at_least: true`) does not tell the reader when the data is deleted
vague-retention-label-minimum = a minimum, not a limit
vague-retention-help-minimum = say in `criteria:` when the data is deleted after the minimum, e.g. "the material is destroyed in the year after the period ends"
