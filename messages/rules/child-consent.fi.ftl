# Säännön `child-consent` viestit (fi).
# $group: lapsia sisältävän rekisteröityjen ryhmän tunniste; $purpose: suostumukseen perustuvan verkkopalvelun tarkoituksen tunniste.
child-consent-message = ryhmään `{ $group }` kuuluu lapsia ja käsittelyn tarkoitus `{ $purpose }` on suostumukseen perustuva verkkopalvelu, mutta selosteesta ei käy ilmi, miten huoltaja antaa suostumuksen sellaisen lapsen puolesta, joka ei vielä voi antaa sitä itse
child-consent-label = lapsia, ei `guardian_consent`-kohtaa
child-consent-help = lisää ryhmälle `guardian_consent:`: miten huoltajan suostumus pyydetään ja varmistetaan, kun lapsi ei ole täyttänyt 13 vuotta (tietosuojalaki 5 §), esim. ”Alle 13-vuotiaan lapsen puolesta suostumuksen antaa huoltaja palvelussa vahvan sähköisen tunnistautumisen jälkeen.”
