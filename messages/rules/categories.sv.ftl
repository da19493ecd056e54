# Meddelanden för `categories` (sv).
categories-message-none = uppgifter inhämtas från andra källor (`{ $source }`), men registret anger inga kategorier av personuppgifter
categories-label-none = uppgifterna kommer inte från den registrerade själv
categories-help-none = lägg till `categories:` med en post för varje kategori av personuppgifter (`id:`, `name:`, `retention:`)
categories-message-blank-name = namnet på kategorin `{ $category }` är tomt
categories-label-blank-name = tomt namn
# $lang: dataskyddsbeskrivningens språk; exemplet är text ur beskrivningen.
categories-help-blank-name = ge kategorin ett namn, t.ex. `name: { $lang ->
        [sv] Kontaktuppgifter
        [en] Contact details
       *[other] Yhteystiedot
    }`
