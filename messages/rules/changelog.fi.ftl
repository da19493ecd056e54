# Säännön `changelog` viestit (fi).
changelog-message-effective-before-updated = versio tulee voimaan ({ $effective }) ennen kuin se on laadittu ({ $updated })
changelog-label-effective-before-updated = ennen `updated`-päivää
changelog-help-effective-before-updated = `effective` on päivä, jona tämä versio tulee voimaan: sama kuin `updated` tai myöhempi; jätä se pois, kun versio on voimassa heti
changelog-message-no-notice-time = { $date } tehty olennainen muutos tulee voimaan { $effective }, { $days ->
    [one] 1 päivä
   *[other] { $days } päivää
} myöhemmin: rekisteröidyille on kerrottava muutoksesta etukäteen
changelog-label-no-notice-time = olennainen muutos ilman ennakkoilmoitusaikaa
changelog-help-no-notice-time = aseta `meta.effective` vähintään { $minimum } päivää merkinnän päivämäärän jälkeen ja kerro muutoksesta rekisteröidyille ennen sitä; jos muutos ei ole olennainen, kirjoita `material: false`
