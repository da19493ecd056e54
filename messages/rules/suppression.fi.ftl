# Messages of `suppression` (fi).
suppression-message = tarkistusta `{ $rule }` ei ole, joten sitä ei voi vaientaa
suppression-label = tuntematon tarkistuksen tunniste
suppression-help-closest = tarkoititko `{ $rule }`? `seloste rules` luettelee kaikki tunnisteet
suppression-help = `seloste rules` luettelee kaikkien tarkistusten tunnisteet
