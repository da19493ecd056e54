# Säännön `automated-decisions` viestit (fi).
automated-decisions-message-missing = selosteessa ei kerrota, onko käytössä automaattista päätöksentekoa tai profilointia
automated-decisions-label-missing = `automated_decisions` puuttuu
automated-decisions-help-missing = lisää `automated_decisions: {"{"}exists: false{"}"}` tai `exists: true` sekä `logic:`, `significance:` ja `consequences:`
# Mitä ei kuvata, sanoina alla olevaan viestiin (partitiivissa).
automated-decisions-logic = logiikkaa
automated-decisions-significance = merkittävyyttä
automated-decisions-consequences = seurauksia
# $n: montako kolmesta puuttuu; $a, $b, $c: ne sanoina.
automated-decisions-message-unexplained = automaattisia päätöksiä tehdään, mutta selosteessa ei kuvata niiden { $n ->
        [1] { $a }
        [2] { $a } eikä { $b }
       *[other] { $a }, { $b } eikä { $c }
    }
automated-decisions-label-unexplained = automaattisia päätöksiä tehdään
# $n: montako avainta puuttuu; $a, $b, $c: avaimet.
automated-decisions-help-unexplained = lisää `automated_decisions`-kohtaan { $n ->
        [1] `{ $a }:`
        [2] `{ $a }:` ja `{ $b }:`
       *[other] `{ $a }:`, `{ $b }:` ja `{ $c }:`
    }: miten päätös tehdään, mitä se merkitsee rekisteröidylle ja mitä siitä seuraa
