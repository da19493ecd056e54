# Messages of `transfer-safeguard` (sv).

transfer-safeguard-message-no-country = överföringen anger inget land
transfer-safeguard-message-no-country-to = överföringen till `{ $recipient }` anger inget land
transfer-safeguard-label-no-country = land saknas
transfer-safeguard-help-no-country = lägg till `country:` med ISO-koden för det land dit uppgifterna överförs, till exempel `country: US`
transfer-safeguard-message-eu = { $country } hör till { $area ->
        [eea] EES
       *[other] EU
    }: det här är ingen överföring till ett land utanför EU/EES
transfer-safeguard-label-eu = EU- eller EES-land
transfer-safeguard-help-eu = ingen överföring: ta bort posten. Uppgifter som behandlas inom EU/EES kräver inga skyddsåtgärder för överföring; ange mottagaren endast under `recipients`
transfer-safeguard-message-lacks-mechanism = det anges inte på vilken grund uppgifterna överförs
transfer-safeguard-message-lacks-mechanism-to = det anges inte på vilken grund uppgifterna överförs till `{ $recipient }`
transfer-safeguard-label-no-mechanism = grund för överföringen saknas
transfer-safeguard-help-no-mechanism = lägg till `mechanism:`: `adequacy` om det finns ett beslut om adekvat skyddsnivå för landet { $country }, `dpf` för mottagare i USA som är certifierade enligt ramen för dataskydd mellan EU och USA, `sccs` för standardavtalsklausulerna i kommissionens genomförandebeslut { $number }, `bcr`, `code-of-conduct`, `certification` eller `derogation` med grunden enligt artikel 49.1 i dataskyddsförordningen
transfer-safeguard-help-no-mechanism-no-country = lägg till `mechanism:`: `adequacy` om det finns ett beslut om adekvat skyddsnivå för mottagarlandet, `dpf` för mottagare i USA som är certifierade enligt ramen för dataskydd mellan EU och USA, `sccs` för standardavtalsklausulerna i kommissionens genomförandebeslut { $number }, `bcr`, `code-of-conduct`, `certification` eller `derogation` med grunden enligt artikel 49.1 i dataskyddsförordningen
transfer-safeguard-message-no-copy = beskrivningen anger inte var man kan få en kopia av { $what ->
        [sccs] standardavtalsklausulerna
        [bcr] de bindande företagsbestämmelserna
        [code-of-conduct] uppförandekoden
       *[other] certifieringen
    }
transfer-safeguard-label-no-copy = uppgift om kopia saknas
transfer-safeguard-help-no-copy = lägg till `safeguard_copy:` som anger var man kan få en kopia, till exempel { $lang ->
        [fi] ”Kopion vakiosopimuslausekkeista saa tietosuojavastaavalta”
        [sv] ”En kopia av standardavtalsklausulerna fås av dataskyddsombudet”
       *[other] ”A copy of the clauses is available from our DPO”
    }, eller en webbadress
transfer-safeguard-message-no-derogation = överföringen grundar sig på ett undantag, men det anges inte vilket
transfer-safeguard-label-no-derogation = grund för undantaget saknas
transfer-safeguard-help-no-derogation = lägg till `derogation:` med grunden enligt artikel 49.1: explicit-consent, contract-with-subject, contract-in-interest, public-interest, legal-claims, vital-interests, public-register eller compelling-legitimate-interests
