# Messages of `vague-retention` (sv).
# The help's examples are in the language of the notice's text ($lang), the same in every catalog.
vague-retention-message = ”{ $words }” säger inte läsaren hur länge uppgifterna lagras
vague-retention-label = vag lagringstid
vague-retention-help = ange en lagringstid (`period`) och den händelse som den räknas från (`from`), till exempel `period: P2Y`, `from: { vague-retention-from }`, eller konkreta kriterier: den lag som fastställer lagringstiden (”{ vague-retention-law }”) eller den händelse som avslutar den (”{ vague-retention-event }”)
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
vague-retention-message-minimum = en minimitid (`at_least: true`) talar inte om för läsaren när uppgifterna raderas
vague-retention-label-minimum = en minimitid, inte en övre gräns
vague-retention-help-minimum = ange under `criteria:` när uppgifterna raderas efter minimitiden, till exempel ”materialet förstörs under året efter att lagringstiden har löpt ut”
