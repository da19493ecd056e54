# Meddelanden för `automated-decisions` (sv).
automated-decisions-message-missing = dataskyddsbeskrivningen anger inte om automatiserat beslutsfattande eller profilering förekommer
automated-decisions-label-missing = `automated_decisions` saknas
automated-decisions-help-missing = lägg till `automated_decisions: {"{"}exists: false{"}"}`, eller `exists: true` med `logic:`, `significance:` och `consequences:`
# Det som inte förklaras, som ord i meddelandet nedan.
automated-decisions-logic = logik
automated-decisions-significance = betydelse
automated-decisions-consequences = följder
# $n: hur många av de tre som saknas; $a, $b, $c: de i ord.
automated-decisions-message-unexplained = automatiserade beslut fattas, men dataskyddsbeskrivningen förklarar inte deras { $n ->
        [1] { $a }
        [2] { $a } och { $b }
       *[other] { $a }, { $b } och { $c }
    }
automated-decisions-label-unexplained = automatiserade beslut fattas
# $n: hur många nycklar som saknas; $a, $b, $c: nycklarna.
automated-decisions-help-unexplained = lägg till { $n ->
        [1] `{ $a }:`
        [2] `{ $a }:` och `{ $b }:`
       *[other] `{ $a }:`, `{ $b }:` och `{ $c }:`
    } under `automated_decisions`: hur beslutet fattas, vad det innebär för den registrerade och vilka följder det får
