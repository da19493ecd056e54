# Säännön `rights` viestit (fi).
rights-message-missing = selosteessa ei kerrota, miten rekisteröity voi käyttää oikeuksiaan
rights-label-missing = `rights_requests` puuttuu sekä tästä rekisteristä että sen organisaatiotiedostosta
rights-help-missing = lisää `rights_requests:` ja siihen ainakin yksi seuraavista: `email:`, `phone:`, `address:` tai `web_form:`, joko tähän rekisteriin tai organisaatiotiedostoon
rights-message-no-channel = `rights_requests`-kohdassa ei kerrota, mitä kautta pyynnön voi esittää
rights-label-no-channel = ei sähköpostiosoitetta, puhelinnumeroa, osoitetta eikä verkkolomaketta
rights-help-no-channel = lisää `rights_requests`-kohtaan ainakin yksi seuraavista: `email:`, `phone:`, `address:` tai `web_form:`
