# Meddelanden för `provision-requirement` (sv).
provision-requirement-message-no-sources = dataskyddsbeskrivningen anger inga källor, så uppgifterna anses komma från den registrerade själv, men den anger inte om han eller hon är skyldig att lämna dem
provision-requirement-label-no-sources = `provision` saknas och inga källor anges
provision-requirement-message-from-person = uppgifter samlas in från den registrerade själv (källan `{ $source }`), men dataskyddsbeskrivningen anger inte om han eller hon är skyldig att lämna dem
provision-requirement-label-from-person = samlas in från den registrerade
provision-requirement-help-missing = lägg till `provision:` med `requirement:` (statutory, contractual, contract-prerequisite eller voluntary), `obligatory:` och `consequences:`, det vill säga vad som händer om uppgifterna inte lämnas
provision-requirement-message-requirement = `provision` anger inte om tillhandahållandet av uppgifterna är ett lagstadgat eller avtalsenligt krav eller frivilligt
provision-requirement-label-requirement = `requirement` saknas
provision-requirement-help-requirement = lägg till `requirement:` med statutory, contractual, contract-prerequisite eller voluntary
provision-requirement-message-consequences = enligt dataskyddsbeskrivningen är tillhandahållandet av uppgifterna ett krav, men den anger inte vad som händer om uppgifterna inte lämnas
provision-requirement-label-consequences = `consequences` saknas
# $lang: dataskyddsbeskrivningens språk (fi, sv eller en); exemplet är text ur beskrivningen.
provision-requirement-help-consequences = lägg till `consequences:` som anger vad som händer om den registrerade inte lämnar uppgifterna, t.ex. ”{ $lang ->
        [fi] Ilman yhteystietoja tilausta ei toimiteta.
        [sv] Utan kontaktuppgifter kan beställningen inte levereras.
       *[other] Without contact details the order cannot be delivered.
    }”
provision-requirement-message-voluntary-obligatory = `provision` säger att det är frivilligt att lämna uppgifterna och också att den registrerade är skyldig att lämna dem
provision-requirement-label-voluntary-obligatory = `obligatory: true` med `requirement: voluntary`
provision-requirement-help-voluntary-obligatory = om uppgifterna får lämnas bort, skriv `obligatory: false`; om en lag eller ett avtal förpliktar den registrerade att lämna dem, ändra `requirement:` till statutory eller contractual; om uppgifterna bara behövs för att ingå ett avtal, skriv `requirement: contract-prerequisite`
