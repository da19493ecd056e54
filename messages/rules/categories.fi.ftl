# Säännön `categories` viestit (fi).
categories-message-none = tietoja saadaan muista lähteistä (`{ $source }`), mutta rekisterissä ei luetella henkilötietoryhmiä
categories-label-none = tietoja ei saada rekisteröidyltä itseltään
categories-help-none = lisää `categories:` ja siihen oma kohta kullekin henkilötietoryhmälle (`id:`, `name:`, `retention:`)
categories-message-blank-name = henkilötietoryhmän `{ $category }` nimi on tyhjä
categories-label-blank-name = tyhjä nimi
# $lang: selosteen kieli; esimerkki on selosteen tekstiä.
categories-help-blank-name = anna henkilötietoryhmälle nimi, esim. `name: { $lang ->
        [sv] Kontaktuppgifter
        [en] Contact details
       *[other] Yhteystiedot
    }`
