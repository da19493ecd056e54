# Messages of `old-law-concept` (sv).
# The quoted words and examples of the help follow the language of the notice's text ($lang).
old-law-concept-message-ground = ”{ $words }” är en grund för behandling enligt den upphävda personuppgiftslagen
old-law-concept-label-ground = grund enligt upphävd lag
old-law-concept-help-ground = ange i stället den rättsliga grunden enligt artikel 6.1 i dataskyddsförordningen: medlemskap eller kundförhållande (`basis: contract`), ett konkret angivet berättigat intresse (`basis: legitimate-interests`{ $lang ->
        [fi] , t.ex. ”seuran tiedottaminen entisille jäsenille”
       *[other] {""}
    }) eller samtycke (`basis: consent`); { $lang ->
        [fi] ”asiallinen yhteys”
        [sv] ”sakligt samband”
       *[other] ”appropriate connection”
    } var en grund för behandling enligt 8 § i den upphävda personuppgiftslagen
old-law-concept-message-section = ”{ $words }” anger en paragraf i den upphävda personuppgiftslagen som grund för behandlingen
old-law-concept-label-section = paragraf i upphävd lag som grund
old-law-concept-help-section = ange den rättsliga grunden enligt artikel 6.1 i dataskyddsförordningen (till exempel `basis: contract` för { $lang ->
        [fi] ett medlemskap
        [sv] ett medlemskap
       *[other] ett kundförhållande
    }, `basis: legal-obligation` med den lag som kräver behandlingen) och, för särskilda kategorier av personuppgifter, villkoret enligt artikel 9.2; hänvisa vid behov till dataskyddslagen (1050/2018{ $lang ->
        [fi] , på finska ”tietosuojalaki”
        [sv] {""}
       *[other] , på engelska ”Data Protection Act”
    }), inte till personuppgiftslagen
old-law-concept-message-access = ”{ $words }” begränsar rätten till tillgång på samma sätt som den upphävda personuppgiftslagen
old-law-concept-label-access = begränsning enligt upphävd lag
old-law-concept-help-access = ta bort begränsningen att uppgifterna kan begäras endast en gång om året: enligt artikel 15 i dataskyddsförordningen kan den registrerade begära sina uppgifter kostnadsfritt, till exempel ”{ old-law-concept-access-example }”; en avgift eller en vägran är tillåten endast om begäran är uppenbart ogrundad eller orimlig (artikel 12.5)
old-law-concept-access-example = { $lang ->
        [fi] Voit pyytää jäljennöksen tiedoistasi maksutta.
        [sv] Du kan begära en kopia av dina uppgifter kostnadsfritt.
       *[other] You can ask for a copy of your data free of charge.
    }
