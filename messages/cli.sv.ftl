# Det som kommandona skriver i terminalen (svenska). Rapportens ord finns i seloste.sv.ftl.

cli-error = fel: { $text }
cli-help = hjälp: { $text }
check-no-project = projektmappen hittas inte: den aktuella mappen kan inte läsas: { $error }
check-no-project-help = kör seloste i projektmappen, dvs. den mapp där dina register finns
explain-no-rule = det finns ingen kontroll `{ $rule }`
explain-did-you-mean = menade du `{ $id }`? `seloste rules` listar alla kontroller
explain-list-rules = `seloste rules` listar id:na för alla kontroller
build-not-built = byggdes inte: `{ $id }` innehåller fel (eventuella tidigare filer lämnades orörda)
build-withdrawn = borttaget: `{ $id }`: registret finns inte längre (eller har fått ett annat id), så de sidor som seloste skrev för det har tagits bort
build-done = byggde { $notices ->
        [one] 1 dataskyddsbeskrivning
       *[other] { $notices } dataskyddsbeskrivningar
    }, { $files ->
        [one] 1 fil
       *[other] { $files } filer
    } i { $out }{ $reused ->
        [0] {""}
        [one] , 1 oförändrad dataskyddsbeskrivning behölls
       *[other] , { $reused } oförändrade dataskyddsbeskrivningar behölls
    }, på { $seconds } s
templates-not-empty = { $dir } finns redan och är inte tom; ange en ny mapp
templates-written = de inbyggda mallarna och katalogerna skrevs till { $dir }; använd dem med `seloste build --templates { $dir }`
templates-cannot-write = kan inte skriva { $dir }: { $error }
man-cannot-write = kan inte skriva man-sidan: { $error }
init-bad-lang = ange språkkoderna för --lang åtskilda med kommatecken, t.ex. `fi,en` (två eller tre små bokstäver per kod)
init-exists = { $name } finns redan; `seloste init` skriver aldrig över en fil. Ange ett annat filnamn eller flytta först den befintliga filen.
init-no-folder = mappen { $dir } finns inte; skapa den först
init-cannot-render = mallen kunde inte skapas: { $error }
init-cannot-write = kan inte skriva { $name }: { $error }
init-wrote = skrev { $name }. Nästa steg: öppna filen i en textredigerare med stöd för YAML-scheman (VS Codes YAML-tillägg läser den första raden), ersätt varje TODO med de verkliga uppgifterna, ta bort kommentarstecknen på raderna `basis:`, `period:` och `requirement:` och kör `seloste check { $name }` tills inga fel rapporteras; `seloste explain <kontroll>` förklarar varje fynd, och `seloste build { $name } --out dist` skapar dataskyddsbeskrivningen.
init-no-schema = obs: ingen { $schema } hittades i filens mapp eller ovanför den; den första raden i { $name } berättar hur du kan lägga till den som hjälp i textredigeraren.
# Decimaltecknet i tal som seloste skriver ut ("2,30 s").
decimal-separator = {","}
config-unreadable = konfigurationsfilen { $path } kan inte läsas: { $error }
config-unknown-key = { $place }: konfigurationen har ingen nyckel `{ $key }`
config-did-you-mean = menade du `{ $key }`?
config-keys-here = nycklarna här är: { $keys }
config-invalid = { $place }: { $error }
config-invalid-help = `seloste config` skriver ut en giltig konfiguration och `seloste schema --config-file` formen för varje nyckel
config-bad-language = { $place }: seloste talar fi, sv och en, inte `{ $lang }`
config-bad-language-help = skriv `language = "fi"`, `"sv"` eller `"en"`, eller utelämna nyckeln så att språket följer LC_ALL, LC_MESSAGES eller LANG
config-unknown-rule = { $place }: det finns ingen kontroll `{ $rule }`
config-fixed-rule = { $place }: kontrollen `{ $rule }` kan inte stängas av eller ges en annan allvarlighetsgrad
config-fixed-rule-help = den rapporterar en fil som inte kunde läsas, och en fil som inte kan läsas kan inte kontrolleras; rätta filen eller utelämna den med `exclude`
config-bad-glob = { $place }: `{ $glob }` är inte ett sökmönster som seloste kan använda: { $error }
check-matched-nothing = varning: { $path } innehåller ingen register- eller organisationsfil (ingenting kontrollerades där)
check-cannot-write = rapporten kan inte skrivas till { $path }: { $error }
build-no-out = utdatamapp saknas: ange den med `--out`
build-no-out-help = eller skriv in den en gång för alla i seloste.toml: `[build]` och under den `out = "public/notices"`
