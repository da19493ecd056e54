# Messages of `authority` (sv).

authority-message-empty = `authority` är tom
authority-message = `{ $value }` är ingen tillsynsmyndighet som seloste känner till
authority-label = okänd tillsynsmyndighet
authority-help = kända tillsynsmyndigheter: { $known }; utelämnas `authority` anges tillsynsmyndigheten i det land där den personuppgiftsansvarige är etablerad
authority-help-suggestion = menade du `{ $suggestion }`? kända tillsynsmyndigheter: { $known }; utelämnas `authority` anges tillsynsmyndigheten i det land där den personuppgiftsansvarige är etablerad
authority-message-no-name = tillsynsmyndigheten under `authority` saknar namn
authority-label-no-name = inget namn
authority-help-no-name = ange myndighetens officiella namn under `name:`, eller skriv i stället koden för en inbyggd tillsynsmyndighet (`authority: fi`)
