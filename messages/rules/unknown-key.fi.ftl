# Messages of `unknown-key` (fi).
unknown-key-message = { $place }: tuntematon avain `{ $key }`
unknown-key-message-top = tuntematon avain `{ $key }` tiedoston ylätasolla
unknown-key-label = rekisterimuodossa ei ole tätä avainta
# $suggestion: "tarkoititko `name` (nimi)?" (load-did-you-mean).
unknown-key-help-translated = { $suggestion } Avaimet ovat englanninkielisiä sanoja; tässä sallitut avaimet ovat: { $allowed }
unknown-key-help-closest = tarkoititko `{ $key }`?
unknown-key-help-allowed = tässä sallitut avaimet ovat: { $allowed }
