# Mitä seloste itse sanoo käyttäjälle (suomi). Kunkin säännön omat viestit ovat
# tiedostoissa rules/<id>.fi.ftl. Kolmen kielen avainten on oltava samat (testi tarkistaa).

## Raportti

summary-files = { $errors ->
        [one] 1 virhe
       *[other] { $errors } virhettä
    }, { $warnings ->
        [one] 1 varoitus
       *[other] { $warnings } varoitusta
    }{ $suppressed ->
        [0] {""}
       *[other] , { $suppressed } vaiennettu
    } { $files ->
        [one] 1 tiedostossa
       *[other] { $files } tiedostossa
    } ({ $registers ->
        [one] 1 rekisteri
       *[other] { $registers } rekisteriä
    })
report-see = katso: { $article }
report-file = tiedosto: { $file }
report-also = myös: { $place }: { $label }
remaining-heading = Korjattavana ({ $counts }):
remaining-errors = { $n ->
        [one] 1 virhe
       *[other] { $n } virhettä
    }
remaining-warnings = { $n ->
        [one] 1 varoitus
       *[other] { $n } varoitusta
    }
remaining-line = rivi { $line }
remaining-lines = rivit { $lines }
remaining-lines-more = rivit { $lines } ja { $more } muuta
remaining-warning = (varoitus)
remaining-more-errors = … ja { $n } muuta virhelajia, lueteltu edellä
remaining-more-warnings = … ja { $n } muuta varoituslajia, lueteltu edellä
not-checked-heading = Tarkistamatta, koska ei latautunut ({ $n }); korjaa edellä luetellut virheet ja aja uudelleen:
not-checked-line = rivi { $line }
not-checked-file-line = { $file } rivi { $line }
not-checked-rules = (joten { $n ->
        [one] tarkistus { $rules } jäi tekemättä
       *[other] tarkistukset { $rules } jäivät tekemättä
    })
not-checked-more = … ja { $n } muuta
report-help = ohje: { $help }

## seloste explain, seloste rules

severity-error = virhe
severity-warning = varoitus
explain-heading = # { $id } ({ $severity }, { $article })

## Paikat, joissa sama löydös toistuu

report-same-text = sama teksti uudelleen
report-same-text-labelled = { $label } (sama teksti uudelleen)
