# Meddelanden från `changelog` (sv).
changelog-message-effective-before-updated = versionen börjar gälla ({ $effective }) innan den skrevs ({ $updated })
changelog-label-effective-before-updated = före `updated`
changelog-help-effective-before-updated = `effective` är det datum då versionen börjar gälla: samma som `updated` eller senare; utelämna det när versionen gäller genast
changelog-message-no-notice-time = den väsentliga ändringen från { $date } börjar gälla { $effective }, { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} senare: de registrerade ska informeras i förväg
changelog-label-no-notice-time = väsentlig ändring utan varseltid
changelog-help-no-notice-time = sätt `meta.effective` minst { $minimum } dagar efter postens datum och informera de registrerade om ändringen före dess; om ändringen inte är väsentlig, skriv `material: false`
