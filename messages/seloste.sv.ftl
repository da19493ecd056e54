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
       *[other] , { $suppressed } undantagna
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
remaining-more-errors = … och { $n } andra typer av fel, se ovan
remaining-more-warnings = … och { $n } andra typer av varningar, se ovan
not-checked-heading = Följande kunde inte läsas in och kontrollerades därför inte ({ $n }); rätta felen ovan och kör igen:
not-checked-line = rad { $line }
not-checked-file-line = { $file } rad { $line }
not-checked-rules = ({ $n ->
        [one] kontrollen
       *[other] kontrollerna
    } { $rules } kördes inte)
not-checked-more = … och { $n } till
# The word before each finding's help in the human report (miette writes "help:").
report-help-word = hjälp
report-help = hjälp: { $help }

## seloste explain, seloste rules

severity-error = fel
severity-warning = varning
explain-heading = # { $id } ({ $severity }, { $article })
explain-reads = Nycklar som regeln läser: { $keys }.
explain-reads-texts = Regeln läser alla texter i dataskyddsbeskrivningen.

## Ordlistornas anmärkningar

# Anmärkningen till en post i en ordlista (data/wording.yaml, data/special_words.yaml),
# som där ges på varje språk: den svenska texten.
word-list-note = { $sv }

## Ställen där samma fynd upprepas

report-same-text = samma text även här
report-same-text-labelled = { $label } (samma text även här)

## Ställen i en fil, så som laddningskontrollerna och rapportens lista över det som inte
## kontrollerades anger dem: en post i en lista med sitt id (eller namn), annars med sitt
## nummer. `-gen`-formerna behövs på finska; på svenska är de samma ord.

place-file = filen
place-key = `{ $key }`
place-key-of = `{ $key }` i { $chain }
place-entry = post { $n } i `{ $key }`
place-entry-in = post { $n } i `{ $key }` i { $chain }
place-in = { $inner } i { $outer }
place-in-gen = { $inner_gen } i { $outer }
# En post i listan `$list`, i obestämd form ("ändamål nr 2").
place-noun = { $list ->
        [purposes] ändamål
        [categories] personuppgiftskategori
        [data_subjects] kategori av registrerade
        [sources] källa
        [recipients] mottagare
        [transfers] överföring
        [joint_controllers] gemensamt personuppgiftsansvarig
        [suppress] undantag
       *[other] post i `{ $list }`
    }
place-noun-gen = { place-noun }
place-item = { $list ->
        [purposes] ändamålet `{ $name }`
        [categories] personuppgiftskategorin `{ $name }`
        [data_subjects] kategorin av registrerade `{ $name }`
        [sources] källan `{ $name }`
        [recipients] mottagaren `{ $name }`
        [transfers] överföringen `{ $name }`
        [joint_controllers] den gemensamt personuppgiftsansvarige `{ $name }`
        [suppress] undantaget `{ $name }`
       *[other] posten `{ $name }` i `{ $list }`
    }
place-item-gen = { place-item }
place-nth = { $list ->
        [purposes] ändamål nr { $n }
        [categories] personuppgiftskategori nr { $n }
        [data_subjects] kategori av registrerade nr { $n }
        [sources] källa nr { $n }
        [recipients] mottagare nr { $n }
        [transfers] överföring nr { $n }
        [joint_controllers] gemensamt personuppgiftsansvarig nr { $n }
        [suppress] undantag nr { $n }
       *[other] post nr { $n } i `{ $list }`
    }
place-nth-gen = { place-nth }
place-entry-named = posten `{ $name }`
place-entry-named-gen = { place-entry-named }
place-entry-nth = post nr { $n }
place-entry-nth-gen = { place-entry-nth }
place-any-item = en post i `{ $list }`
place-any-item-gen = { place-any-item }

## Ord som laddningskontrollerna delar

load-did-you-mean = { $n ->
        [one] menade du { $last }?
       *[other] menade du { $first } eller { $last }?
    }
load-month = { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    }
load-date = { $day } { load-month } { $year }
load-date-days = { load-month } { $year } har { $days } dagar
load-date-no-month = det finns ingen månad { $month } (månaderna är 1–12)
# Ett värde som registrets typer inte kunde läsa: $value som det är skrivet.
load-not-a-date = `{ $value }` är inte ett giltigt datum i formen ÅÅÅÅ-MM-DD
load-not-a-period = `{ $value }` är inte en tidsperiod i formatet ISO 8601 (t.ex. P10Y, P6M, P1Y6M eller P30D)
load-period-part = { $unit ->
        [Y] { $n } år
        [M] { $n ->
            [one] { $n } månad
           *[other] { $n } månader
        }
        [W] { $n ->
            [one] { $n } vecka
           *[other] { $n } veckor
        }
       *[D] { $n ->
            [one] { $n } dag
           *[other] { $n } dagar
        }
    }
load-period-and = { $first } { $then }
load-project-folder = seloste läser bara filer i projektmappen { $folder } ({ $how ->
        [marker] projektmappen är närmaste mapp som innehåller seloste.toml
        [git] projektmappen är roten av det git-arbetsträd där du kör seloste
        [current] projektmappen är den aktuella mappen, eftersom ingen mapp ovanför den innehåller seloste.toml eller .git
       *[given] projektmappen angavs av programmet
    })
load-project-folder-only = seloste läser bara filer i projektmappen
load-concealed-help = kontrollera att du angav rätt fil: en registerfil börjar med `meta:` och en organisationsfil har `organisation: <id>`. seloste visar ingenting av innehållet i en annan fil, så öppna filen i en textredigerare om du vill se vad den innehåller

## meta.organisation (rapporteras av kontrollen `references`)

load-organisation-absolute = organisationsfilen `{ $path }` anges med en absolut sökväg
load-organisation-absolute-label = en absolut sökväg
load-organisation-absolute-help = ange sökvägen i förhållande till den här filens mapp ({ $folder }), till exempel `organisation.yaml` eller `../shared/organisation.yaml`; { $project }
load-organisation-missing = organisationsfilen `{ $path }` finns inte
load-organisation-missing-label = ingen fil med den här sökvägen
load-organisation-missing-help = sökvägen utgår från den här filens mapp ({ $folder }); rätta den eller ta bort `meta.organisation`
load-organisation-link = organisationsfilen `{ $path }` är en symbolisk länk (eller ligger i en länkad mapp) som leder utanför projektmappen { $folder }
load-organisation-outside = organisationsfilen `{ $path }` ligger utanför projektmappen { $folder }: sökvägens `..`-steg leder ut ur mappen
load-organisation-outside-label = leder utanför projektmappen
load-organisation-outside-help = { $project }: placera organisationsfilen i projektmappen, som en vanlig fil och inte som en länk, och ange dess sökväg i förhållande till den här filens mapp ({ $folder })
load-organisation-is-register = `{ $path }` är en registerfil, inte en organisationsfil
load-organisation-is-register-help = `meta.organisation` ska ange en fil vars översta nivå har `organisation: <id>`

# A date of seloste's own facts (the vendor and transfer catalogues), as the officer's language writes it.
fact-date = { $day }.{ $month }.{ $year }

## Länder och listor i anmärkningarna

# Ett land inne i en mening: $name är landets namn (CLDR), $code dess ISO-kod.
country-in-sentence = { $name } ({ $code })
# En kod som CLDR inte har något namn för.
country-unknown = { $code }
# Mellan leden i en lista.
list-separator = {", "}

## CI-rapporter: --format github (anteckningar och jobbsammanfattningen), --format junit

ci-summary-heading = seloste check
ci-summary-file = Fil
ci-summary-line = Rad
ci-summary-severity = Allvarlighet
ci-summary-rule = Regel
ci-summary-message = Meddelande
ci-summary-suppressed = { $severity }, undantagen: { $reason }
ci-summary-more = … och { $n } till, utelämnade för att jobbsammanfattningen ska hålla sig inom GitHubs gräns på 1 MiB; jobbets logg listar alla fynd.
ci-left-out = GitHub visar högst { $limit } fel- och { $limit } varningsanteckningar per steg; inte visade som anteckningar: { $counts }. { $summary ->
        [yes] Alla fynd finns i jobbsammanfattningen.
       *[no] Alla fynd finns i den här loggen.
    }
ci-summary-failed = jobbsammanfattningen kunde inte skrivas till { $file }: { $error }
ci-junit-clean = inga problem
