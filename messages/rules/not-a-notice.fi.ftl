# Messages of `not-a-notice` (fi).
not-a-notice-message = tiedosto ei ole rekisteri- eikä organisaatiotiedosto: sen ylätasolla ei ole avainta `meta:` eikä avainta `organisation:`
not-a-notice-help = rekisteritiedosto alkaa `meta:`-kohdalla, ja organisaatiotiedostossa on `organisation: <id>`; jos tämä tiedosto on jotain muuta, anna komennolle vain ne tiedostot tai kansiot, joissa rekisteritiedostosi ovat
not-a-notice-empty = tiedosto on tyhjä
not-a-notice-empty-help = rekisteritiedosto alkaa `meta:`-kohdalla; komento `seloste init` luo pohjan, jonka voit täyttää
not-a-notice-not-a-mapping = tiedoston ylätaso ei ole avainjoukko (`avain: arvo` -rivejä)
not-a-notice-not-a-mapping-help = rekisteritiedosto on avainjoukko, joka alkaa avaimella `meta:`; organisaatiotiedostossa on `organisation: <id>`
