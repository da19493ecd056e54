# Messages of `unknown-key` (sv).
unknown-key-message = okänd nyckel `{ $key }` i { $place }
unknown-key-message-top = okänd nyckel `{ $key }` på filens översta nivå
unknown-key-label = ingen nyckel i registerformatet
# $suggestion: "menade du `name` (namn)?" (load-did-you-mean).
unknown-key-help-translated = { $suggestion } Nycklarna är engelska ord; här är följande nycklar tillåtna: { $allowed }
unknown-key-help-closest = menade du `{ $key }`?
unknown-key-help-allowed = här är följande nycklar tillåtna: { $allowed }
