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
# The word before each finding's help in the human report (miette writes "help:").
report-help-word = help
report-help = help: { $help }

## seloste explain, seloste rules

severity-error = error
severity-warning = warning
explain-heading = # { $id } ({ $severity }, { $article })
# After the explanation: the keys of a register the rule reads ($keys: `purposes.basis`, …),
# and a line for a rule that reads every text.
explain-reads = Keys it reads: { $keys }.
explain-reads-texts = It reads every text of the notice.

## The word lists' notes

# The note of a word-list entry (data/wording.yaml, data/special_words.yaml), given there
# in each language: the English text.
word-list-note = { $en }

## Places that repeat a finding

report-same-text = the same text again
report-same-text-labelled = { $label } (the same text again)

## Places in a file, as the load checks and the report's Not-checked list name them: a
## list item by its id (or name), else counted. The `-gen` forms name an item that
## something belongs to (Finnish needs the genitive); in English they are the same words.

place-file = the file
place-key = `{ $key }`
place-key-of = the `{ $key }` of { $chain }
place-entry = entry { $n } of `{ $key }`
place-entry-in = entry { $n } of `{ $key }` in { $chain }
place-in = { $inner } in { $outer }
place-in-gen = { $inner_gen } in { $outer }
# One item of the list `$list`.
place-noun = { $list ->
        [purposes] purpose
        [categories] category
        [data_subjects] data subject group
        [sources] source
        [recipients] recipient
        [transfers] transfer
        [joint_controllers] joint controller
        [suppress] suppression
       *[other] `{ $list }` entry
    }
place-noun-gen = { place-noun }
place-item = { place-noun } `{ $name }`
place-item-gen = { place-item }
# "the 2nd purpose": $n, its last digit $last and last two digits $last2.
place-nth = the { $last2 ->
        [11] { $n }th
        [12] { $n }th
        [13] { $n }th
       *[other] { $last ->
            [1] { $n }st
            [2] { $n }nd
            [3] { $n }rd
           *[other] { $n }th
        }
    } { place-noun }
place-nth-gen = { place-nth }
place-entry-named = entry `{ $name }`
place-entry-named-gen = { place-entry-named }
place-entry-nth = the { $last2 ->
        [11] { $n }th
        [12] { $n }th
        [13] { $n }th
       *[other] { $last ->
            [1] { $n }st
            [2] { $n }nd
            [3] { $n }rd
           *[other] { $n }th
        }
    } entry
place-entry-nth-gen = { place-entry-nth }
place-any-item = an item of `{ $list }`
place-any-item-gen = { place-any-item }

## Words the load checks share

# $first: every suggestion but the last, joined by ", ".
load-did-you-mean = { $n ->
        [one] did you mean { $last }?
       *[other] did you mean { $first } or { $last }?
    }
# The name of month $month (1 to 12), as load-date uses it.
load-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
load-date = { $day } { load-month } { $year }
load-date-days = { load-month } { $year } has { $days } days
load-date-no-month = there is no month { $month } (months are 1 to 12)
# A value the register's types could not read: $value as written.
load-not-a-date = `{ $value }` is not a date in the form YYYY-MM-DD
load-not-a-period = `{ $value }` is not an ISO 8601 period such as P10Y, P6M, P1Y6M or P30D
# $unit: Y, M, W or D.
load-period-part = { $unit ->
        [Y] { $n ->
            [one] { $n } year
           *[other] { $n } years
        }
        [M] { $n ->
            [one] { $n } month
           *[other] { $n } months
        }
        [W] { $n ->
            [one] { $n } week
           *[other] { $n } weeks
        }
       *[D] { $n ->
            [one] { $n } day
           *[other] { $n } days
        }
    }
load-period-and = { $first } { $then }
load-project-folder = seloste reads only files inside the project folder { $folder } ({ $how ->
        [marker] the nearest folder holding seloste.toml
        [git] the top of the git work tree you run seloste in
        [current] the current folder, as no folder above it holds seloste.toml or .git
       *[given] the folder the program gave
    })
load-project-folder-only = seloste reads only files inside the project folder
load-concealed-help = check that you named the right file: a register file starts with `meta:` and an organisation file with `organisation: <id>`. seloste shows nothing of a file that is not one, so open it in an editor to see what it holds

## meta.organisation (reported as `references`)

load-organisation-absolute = the organisation file `{ $path }` is given as an absolute path
load-organisation-absolute-label = an absolute path
load-organisation-absolute-help = write the path relative to this file's folder ({ $folder }), for example `organisation.yaml` or `../shared/organisation.yaml`; { $project }
load-organisation-missing = the organisation file `{ $path }` does not exist
load-organisation-missing-label = no file at this path
load-organisation-missing-help = the path is relative to this file's folder ({ $folder }); correct it or remove `meta.organisation`
load-organisation-link = the organisation file `{ $path }` is a symbolic link (or in a linked folder) that leads outside the project folder { $folder }
load-organisation-outside = the organisation file `{ $path }` is outside the project folder { $folder }: its `..` steps lead out of it
load-organisation-outside-label = leads outside the project folder
load-organisation-outside-help = { $project }: keep the organisation file inside it, as a file rather than a link, and give its path relative to this file's folder ({ $folder })
load-organisation-is-register = `{ $path }` is a register file, not an organisation file
load-organisation-is-register-help = `meta.organisation` must name a file whose top level has `organisation: <id>`

# A date of seloste's own facts (the vendor and transfer catalogues), as the officer's language writes it.
fact-date = { $iso }

## Countries and lists inside findings

# A country inside a sentence: $name is its name from CLDR, $code its ISO code. English puts
# "the" before the names that take it.
country-in-sentence = { $code ->
        [US] the { $name }
        [GB] the { $name }
        [NL] the { $name }
        [PH] the { $name }
        [BS] the { $name }
        [GM] the { $name }
        [MV] the { $name }
        [FO] the { $name }
        [KY] the { $name }
        [IM] the { $name }
        [AE] the { $name }
        [MH] the { $name }
        [SB] the { $name }
        [KM] the { $name }
        [CF] the { $name }
        [DO] the { $name }
        [FK] the { $name }
        [CK] the { $name }
        [VG] the { $name }
        [VI] the { $name }
        [TC] the { $name }
        [CC] the { $name }
        [MP] the { $name }
        [AX] the { $name }
        [PN] the { $name }
       *[other] { $name }
    } ({ $code })
# A code CLDR has no name for.
country-unknown = the country { $code }
# Between the items of a list of countries or names.
list-separator = {", "}

## CI reports: --format github (annotations and the job summary), --format junit

# The job summary's heading, then its table's column headings.
ci-summary-heading = seloste check
ci-summary-file = File
ci-summary-line = Line
ci-summary-severity = Severity
ci-summary-rule = Rule
ci-summary-message = Message
# A suppressed finding's severity cell.
ci-summary-suppressed = { $severity }, suppressed: { $reason }
ci-summary-more = … and { $n } more, left out to keep the job summary within GitHub's 1 MiB; the job's log lists every finding.
# The last line of --format github when GitHub does not show every annotation; $counts
# is e.g. "3 errors, 1 warning".
ci-left-out = GitHub shows at most { $limit } error and { $limit } warning annotations per step; not shown as annotations: { $counts }. { $summary ->
        [yes] Every finding is in the job summary.
       *[no] Every finding is in this log.
    }
ci-summary-failed = could not write the job summary to { $file }: { $error }
# The test case of a file with no findings in --format junit.
ci-junit-clean = no problems
