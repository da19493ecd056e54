# Det som seloste själv säger till användaren (svenska). Varje regels egna meddelanden
# finns i rules/<id>.sv.ftl. De tre språkens nycklar ska vara desamma (ett test kontrollerar).

## Rapporten

summary-files = { $errors ->
        [one] 1 fel
       *[other] { $errors } fel
    }, { $warnings ->
        [one] 1 varning
       *[other] { $warnings } varningar
    }{ $suppressed ->
        [0] {""}
       *[other] , { $suppressed } undertryckta
    } i { $files ->
        [one] 1 fil
       *[other] { $files } filer
    } ({ $registers ->
        [one] 1 register
       *[other] { $registers } register
    })
report-see = se: { $article }
report-file = fil: { $file }
report-also = även: { $place }: { $label }
remaining-heading = Att åtgärda ({ $counts }):
remaining-errors = { $n ->
        [one] 1 fel
       *[other] { $n } fel
    }
remaining-warnings = { $n ->
        [one] 1 varning
       *[other] { $n } varningar
    }
remaining-line = rad { $line }
remaining-lines = rader { $lines }
remaining-lines-more = rader { $lines } och { $more } till
remaining-warning = (varning)
remaining-more-errors = … och { $n } andra slags fel, se ovan
remaining-more-warnings = … och { $n } andra slags varningar, se ovan
not-checked-heading = Inte kontrollerat, eftersom det inte kunde läsas in ({ $n }); rätta felen ovan och kör igen:
not-checked-line = rad { $line }
not-checked-file-line = { $file } rad { $line }
not-checked-rules = (så kontrollen { $rules } { $n ->
        [one] gjordes inte
       *[other] gjordes inte
    })
not-checked-more = … och { $n } till
report-help = hjälp: { $help }

## seloste explain, seloste rules

severity-error = fel
severity-warning = varning
explain-heading = # { $id } ({ $severity }, { $article })

## Ställen där samma fynd upprepas

report-same-text = samma text igen
report-same-text-labelled = { $label } (samma text igen)
