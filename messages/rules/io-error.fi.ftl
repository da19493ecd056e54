# Messages of `io-error` (fi).
io-error-message = tiedostoa { $path } ei voi lukea: { $reason }
# $error: käyttöjärjestelmän oma (usein englanninkielinen) teksti; $kind: not-found, denied tai other.
io-error-system = { $kind ->
        [not-found] sitä ei ole olemassa
        [denied] sinulla ei ole oikeutta lukea sitä
       *[other] { $error }
    }
io-error-help = tarkista, että polku on olemassa ja että sinulla on oikeus lukea se
io-error-not-regular-help = seloste-ohjelma lukee vain tavallisia tiedostoja: anna itse tiedosto tai poista tämä
io-error-folder-not-file = se on kansio eikä tiedosto
io-error-fifo = se on nimetty putki (FIFO) eikä tavallinen tiedosto
io-error-socket = se on pistoke (socket) eikä tavallinen tiedosto
io-error-device = se on laitetiedosto eikä tavallinen tiedosto
io-error-not-regular = se ei ole tavallinen tiedosto
io-error-folder = kansiota { $path } ei voi lukea: { $error }
io-error-folder-help = tarkista, että kansio on olemassa ja että sinulla on oikeus lukea se
io-error-no-project = projektikansiota ei löydy, koska nykyistä kansiota ei voi lukea: { $error }
io-error-no-project-help = aja seloste projektikansiossa eli siinä kansiossa, jossa rekisteritiedostosi ovat
