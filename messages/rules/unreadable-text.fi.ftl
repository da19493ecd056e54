# Messages of `unreadable-text` (fi).
unreadable-text-message-marks = kentässä `{ $field }` on kirjain, jonka päällä on { $count } tarketta tai yhdistyvää merkkiä (luettavissa on enintään { $max })
unreadable-text-label-marks = samaan kirjaimeen kasattuja merkkejä
unreadable-text-help-marks = poista ylimääräiset merkit: kirjoita sana uudelleen tavallisin tarkkein (mikään kieli ei tarvitse kirjainta kohden muutamaa enempää)
unreadable-text-message-nesting = kentässä `{ $field }` luetteloita ja lainauksia on sisäkkäin { $depth } tasoa (tulostettavissa on enintään { $max })
unreadable-text-label-nesting = liian syvä sisäkkäisyys alkaa tästä
unreadable-text-help-nesting = muokkaa teksti niin, että luetteloita ja lainauksia (`-`, `1.`, `>`) on sisäkkäin enintään { $max } tasoa: käytä yhtä luetteloa, jossa on kokonaisia virkkeitä, tai lihavoituja alkusanoja alaluetteloiden sijaan
