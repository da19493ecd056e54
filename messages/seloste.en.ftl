# What seloste itself says to the officer (English). Each rule's own messages are in
# rules/<id>.en.ftl. Keep the three languages' keys equal (a test checks).

## The report

# "2 errors, 1 warning in 3 files (2 registers)"
summary-files = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }{ $suppressed ->
        [0] {""}
       *[other] , { $suppressed } suppressed
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    } ({ $registers ->
        [one] 1 register
       *[other] { $registers } registers
    })
report-see = see: { $article }
report-file = file: { $file }
report-also = also: { $place }: { $label }
remaining-heading = What remains ({ $counts }):
remaining-errors = { $n ->
        [one] 1 error
       *[other] { $n } errors
    }
remaining-warnings = { $n ->
        [one] 1 warning
       *[other] { $n } warnings
    }
remaining-line = line { $line }
remaining-lines = lines { $lines }
remaining-lines-more = lines { $lines } and { $more } more
remaining-warning = (warning)
remaining-more-errors = … and { $n } more kinds of error, listed above
remaining-more-warnings = … and { $n } more kinds of warning, listed above
not-checked-heading = Not checked, because it did not load ({ $n }); fix the errors above and run again:
not-checked-line = line { $line }
not-checked-file-line = { $file } line { $line }
not-checked-rules = (so the { $rules } { $n ->
        [one] check
       *[other] checks
    } did not run)
not-checked-more = … and { $n } more
report-help = help: { $help }

## seloste explain, seloste rules

severity-error = error
severity-warning = warning
explain-heading = # { $id } ({ $severity }, { $article })

## Places that repeat a finding

report-same-text = the same text again
report-same-text-labelled = { $label } (the same text again)
