# Messages of `duplicate-key` (fi).
duplicate-key-message = { $place }: avain `{ $key }` on kahteen kertaan
duplicate-key-message-same = avain `{ $key }` on kahteen kertaan samassa avainjoukossa
duplicate-key-label = toinen esiintymä
duplicate-key-help = poista toinen niistä tai yhdistä niiden arvot: seloste-ohjelma ei arvaa, kumpaa tarkoitit
duplicate-key-concealed = tiedostossa on sama avain kahteen kertaan samassa avainjoukossa, eikä tiedosto näytä rekisteri- tai organisaatiotiedostolta
