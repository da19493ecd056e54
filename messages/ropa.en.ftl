# What `seloste ropa` (the record of processing activities, Art 30) says to the officer (English).

ropa-unknown-format = { $out }: cannot tell the format of the record from the file name
ropa-unknown-format-help = end the file name in .xlsx, .csv, .html or .md, or give --format xlsx, csv, html or md
ropa-bad-lang = there is no catalog for the language `{ $lang }`
ropa-bad-lang-help = give --lang one of { $languages }
ropa-out-is-folder = { $out }: this is a folder; --out names the file to write the record into
ropa-out-help = give --out a file name in a folder that exists and can be written to, e.g. --out seloste.xlsx
ropa-cannot-write = { $out }: cannot write the record: { $error }
ropa-no-registers = no register could be read, so there is no record to write
ropa-no-registers-help = give the register files or their folder, and fix the errors shown above
ropa-xlsx-error = the workbook could not be made: { $error }
ropa-done = { $out }: { $activities ->
        [one] 1 processing activity
       *[other] { $activities } processing activities
    } from { $registers ->
        [one] 1 register
       *[other] { $registers } registers
    }
