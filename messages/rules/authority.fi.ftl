# Messages of `authority` (fi).

authority-message-empty = `authority` on tyhjä
authority-message = `{ $value }` ei ole seloste-ohjelman tuntema valvontaviranomainen
authority-label = tuntematon valvontaviranomainen
authority-help = tunnetut valvontaviranomaiset: { $known }; jos jätät `authority`-kentän pois, selosteeseen tulee rekisterinpitäjän sijaintimaan valvontaviranomainen
authority-help-suggestion = tarkoititko `{ $suggestion }`? tunnetut valvontaviranomaiset: { $known }; jos jätät `authority`-kentän pois, selosteeseen tulee rekisterinpitäjän sijaintimaan valvontaviranomainen
authority-message-no-name = `authority`-kohdan valvontaviranomaiselta puuttuu nimi
authority-label-no-name = ei nimeä
authority-help-no-name = kirjoita `name:`-kenttään valvontaviranomaisen virallinen nimi tai käytä sen sijaan sisäänrakennetun valvontaviranomaisen tunnusta (`authority: fi`)
