# Messages of `derogation-routine` (sv).

derogation-routine-message-processor = överföringen till { $named ->
        [yes] `{ $recipient }`
       *[other] mottagaren
    }, som är personuppgiftsbiträde, grundar sig på { $ground ->
        [explicit-consent] undantaget i artikel 49.1 a (uttryckligt samtycke)
        [contract-with-subject] undantaget i artikel 49.1 b (avtal med den registrerade)
        [contract-in-interest] undantaget i artikel 49.1 c (avtal i den registrerades intresse)
        [public-interest] undantaget i artikel 49.1 d (viktiga skäl som rör allmänintresset)
        [legal-claims] undantaget i artikel 49.1 e (rättsliga anspråk)
        [vital-interests] undantaget i artikel 49.1 f (grundläggande intressen)
        [public-register] undantaget i artikel 49.1 g (offentligt register)
       *[compelling-legitimate-interests] undantaget i artikel 49.1 andra stycket (tvingande berättigade intressen)
    }, som endast är avsett för tillfälliga överföringar
derogation-routine-message-regular = överföringen till { $named ->
        [yes] `{ $recipient }`
       *[other] mottagaren
    } sker regelbundet men grundar sig på { $ground ->
        [explicit-consent] undantaget i artikel 49.1 a (uttryckligt samtycke)
        [contract-with-subject] undantaget i artikel 49.1 b (avtal med den registrerade)
        [contract-in-interest] undantaget i artikel 49.1 c (avtal i den registrerades intresse)
        [public-interest] undantaget i artikel 49.1 d (viktiga skäl som rör allmänintresset)
        [legal-claims] undantaget i artikel 49.1 e (rättsliga anspråk)
        [vital-interests] undantaget i artikel 49.1 f (grundläggande intressen)
        [public-register] undantaget i artikel 49.1 g (offentligt register)
       *[compelling-legitimate-interests] undantaget i artikel 49.1 andra stycket (tvingande berättigade intressen)
    }, som endast är avsett för tillfälliga överföringar
derogation-routine-label-processor = undantag för ett personuppgiftsbiträde
derogation-routine-label-regular = undantag för regelbundna överföringar
derogation-routine-help-us = använd i stället en grund enligt artikel 45 eller 46: `mechanism: dpf` om { $named ->
        [yes] `{ $recipient }`
       *[other] mottagaren
    } är certifierad enligt ramen för dataskydd mellan EU och USA (kontrollera uppgifterna på dataprivacyframework.gov), annars `mechanism: sccs` med standardavtalsklausulerna från 2021 (oftast en del av personuppgiftsbiträdesavtalet med leverantören) eller `mechanism: adequacy` om det finns ett beslut om adekvat skyddsnivå för landet; lägg till `safeguard_copy:` som anger var de registrerade kan få en kopia av skyddsåtgärderna
derogation-routine-help = använd i stället en grund enligt artikel 45 eller 46: `mechanism: sccs` med standardavtalsklausulerna från 2021 (oftast en del av personuppgiftsbiträdesavtalet med leverantören) eller `mechanism: adequacy` om det finns ett beslut om adekvat skyddsnivå för landet; lägg till `safeguard_copy:` som anger var de registrerade kan få en kopia av skyddsåtgärderna
