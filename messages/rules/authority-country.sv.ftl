# Messages of `authority-country` (sv).

authority-country-message-unknown = den personuppgiftsansvariges land anges inte och framgår inte av dess adress eller FO-nummer
authority-country-label-unknown = vilket land?
authority-country-help-unknown = lägg till `country:` under `controller` (t.ex. `country: FI`) eller avsluta postadressen med landet (`…, 00100 Helsingfors, Finland`); { $named ->
        [yes] då jämför seloste den angivna tillsynsmyndigheten med det
       *[no] då anger seloste det landets tillsynsmyndighet, tills dess ingen
    }
authority-country-message-none = seloste har ingen tillsynsmyndighet för { $country }, den personuppgiftsansvariges land, och registret anger ingen: beskrivningen anger ingen tillsynsmyndighet
authority-country-label-none = ingen inbyggd tillsynsmyndighet
authority-country-help-none = ange den tillsynsmyndighet som den registrerade kan lämna in klagomål till: `authority:` med koden för en inbyggd myndighet (ett EES-lands kod med små bokstäver, `gb`, `ch`) eller utskriven med `name`, `postal_address` och `web`
authority-country-message-federal = den personuppgiftsansvarige finns i Tyskland och registret anger ingen tillsynsmyndighet: beskrivningen anger den federala dataskyddsombudsmannen (BfDI, `de`), som utövar tillsyn över federala myndigheter samt tele- och postföretag
authority-country-label-federal = den federala myndigheten som standard
authority-country-help-federal = ett företag eller en förening står under tillsyn av delstatens myndighet: ange den med `de-` och delstatens kod, t.ex. `authority: de-by` (Bayern) eller `authority: de-nw` (Nordrhein-Westfalen); om BfDI är behörig, skriv `authority: de`
authority-country-message-other = beskrivningen anger { $authority }, en tillsynsmyndighet i { $theirs }, men den personuppgiftsansvarige finns i { $country }
authority-country-label-other = ett annat lands tillsynsmyndighet
authority-country-help-other = en beskrivning anger tillsynsmyndigheten i den personuppgiftsansvariges land om inte en annan är behörig, t.ex. den ansvariga tillsynsmyndigheten för det huvudsakliga verksamhetsstället (artikel 56): utelämna `authority` så anges myndigheten i { $country }, eller ange skälet i `authority_reason:`
