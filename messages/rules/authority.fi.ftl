# Messages of `authority` (fi).

authority-message-empty = `authority` on tyhjä
authority-message = `{ $value }` ei ole seloste-ohjelman tuntema valvontaviranomainen
authority-label = tuntematon valvontaviranomainen
authority-help = tunnetut valvontaviranomaiset: { $known }; jos jätät `authority`-kentän pois, käytetään tunnusta `fi`
authority-help-suggestion = tarkoititko `{ $suggestion }`? tunnetut valvontaviranomaiset: { $known }; jos jätät `authority`-kentän pois, käytetään tunnusta `fi`
