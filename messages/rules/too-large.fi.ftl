# Messages of `too-large` (fi).
too-large-message = tiedoston koko on { $size } tavua; seloste-ohjelma lukee enintään { $limit } tavun rekisteritiedostoja
too-large-message-more = tiedoston koko on yli { $limit } tavua; seloste-ohjelma lukee enintään { $limit } tavun rekisteritiedostoja
too-large-help = rekisteri on tavallisesti muutaman kilotavun kokoinen: jaa tiedosto tai siirrä yhteiset tiedot organisaatiotiedostoon
