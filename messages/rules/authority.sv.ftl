# Messages of `authority` (sv).

authority-message-empty = `authority` är tom
authority-message = `{ $value }` är ingen tillsynsmyndighet som seloste känner till
authority-label = okänd tillsynsmyndighet
authority-help = kända tillsynsmyndigheter: { $known }; utelämna `authority` så används `fi`
authority-help-suggestion = menade du `{ $suggestion }`? kända tillsynsmyndigheter: { $known }; utelämna `authority` så används `fi`
