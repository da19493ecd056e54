# Säännön `sources` viestit (fi).
sources-message-public = tietolähteestä `{ $source }` ei kerrota, onko se yleisesti saatavilla
sources-label-public = `publicly_accessible` puuttuu
sources-help-public = lisää tietolähteeseen `publicly_accessible: true` tai `publicly_accessible: false`
sources-message-category = henkilötietoryhmästä `{ $category }` ei kerrota, mistä tietolähteestä tiedot saadaan
sources-label-category = `sources` puuttuu
# $sources: rekisterin tietolähteiden tunnisteet, esim. "`form`, `ytj`".
sources-help-category = lisää `sources:` ja siihen niiden tietolähteiden tunnisteet, joista tiedot saadaan; rekisterin tietolähteet ovat { $sources }
