# Vad `seloste build` och de som skapar utdata säger när en beskrivning inte kan skrivas
# (svenska): utdatamappen, mallarna, katalogerna och PDF-filen. Text från annat håll
# (mallmotorns och systemets feltext, sökvägar) kommer in som argument.

## Bygget

build-bad-id = registrets id `{ $id }` kan inte användas som mappnamn
build-bad-lang = språkkoden `{ $lang }` kan inte användas som filnamn
build-bad-base-url = --base-url { $url } är ingen webbadress som seloste kan länka till
build-bad-base-url-help = ange adressen där utdatamappen publiceras, med https:// eller http:// i början (eller en sökväg som börjar med /), utan mellanslag, citattecken eller vinkelparenteser, t.ex. --base-url https://exempel.fi/dataskydd/
build-register-failed = { $id }: { $error }
build-index-not-updated = { $out }: indexsidorna uppdaterades inte, för att ingen beskrivning ska falla bort från dem bara för att dess filer inte kunde skrivas
build-index-not-updated-help = åtgärda problemen ovan och kör bygget på nytt
build-path-error = { $path }: { $error }

## Utdatamappen (--out)

out-link = { $path }: detta är en symbolisk länk, och seloste skriver aldrig via en länk i utdatamappen (länken kan peka vart som helst)
out-link-help = ta bort länken eller välj en annan mapp med --out
out-not-folder = { $path }: detta är en fil och inte en mapp, så beskrivningarna kan inte skrivas dit
out-not-folder-help = flytta bort filen eller välj en annan mapp med --out
out-cannot-create = { $path }: mappen kan inte skapas: { $error }
out-cannot-create-help = kontrollera att mappen ovanför finns och att det går att skriva i den, eller välj en annan mapp med --out
out-cannot-use = { $path }: mappen kan inte användas: { $error }
out-choose-another-help = välj en annan mapp med --out
out-keeps-changing = { $path }: mappen ändras hela tiden
out-lock-cannot-open = { $path }: låsfilen kan inte öppnas: { $error }
out-lock-cannot-open-help = ta bort den om den är en länk eller något annat än en vanlig fil, eller välj en annan mapp med --out
out-lock-not-file = { $path }: låsfilen är inte en vanlig fil
out-lock-not-file-help = ta bort den eller välj en annan mapp med --out
out-busy = { $path }: ett annat seloste-bygge skriver i den här mappen just nu
out-busy-help = vänta tills det är klart och kör sedan bygget på nytt, eller välj en annan mapp med --out
out-cannot-lock = { $path }: filen kan inte låsas: { $error }
out-cannot-write = { $path }: filen kan inte skrivas: { $error }; de filer som skrevs tidigare lämnades orörda
out-disk-full-help = frigör utrymme på disken (eller be om en större diskkvot) och kör sedan bygget på nytt
out-cannot-write-help = kontrollera att det går att skriva i utdatamappen och kör sedan bygget på nytt

## Mallarna (--templates)

template-unreadable = mallfilen { $file } kan inte läsas ({ $error }); rätta eller ta bort den
template-link-outside = mallfilen { $file } är en länk till { $target }, utanför mallmappen; kopiera filen till mallmappen i stället för att länka till den
# $kind: Folder, Fifo, Socket, Device eller Other.
template-not-regular = mallfilen { $file } är inte en vanlig fil utan { $kind ->
        [Folder] en mapp
        [Fifo] en namngiven pipe
        [Socket] en socket
        [Device] en enhetsfil
       *[other] en specialfil
    }; ersätt den med en textfil eller ta bort den
template-too-large = mallfilen { $file } är större än { $kib } KiB; en mall är normalt några kilobyte: förkorta den
template-range-not-whole = range() behöver ett heltal som är minst 0 för `{ $key }`, inte { $value }
template-range-needs = range() behöver argumentet `{ $key }=`
template-range-too-many = range() bad om { $count } tal; en beskrivnings mallar får använda högst { $budget } tal sammanlagt: gå i stället igenom beskrivningens egna listor
template-filter-too-big = filtret `{ $name }` gav mer än { $mib } MiB text, fast en hel beskrivning normalt är mycket kortare: kontrollera mallens slingor och `set`-taggar
template-function-too-big = funktionen `{ $name }` gav mer än { $mib } MiB text, fast en hel beskrivning normalt är mycket kortare: kontrollera mallens slingor och `set`-taggar
template-forbidden-function = mallen { $template } anropar `{ $function }()`, som inte kan användas i seloste-mallar (endast { $allowed }): ta bort anropet
template-growing-set = mallen { $template } sätter `{ $key }` utifrån två eller flera variabler som också sätts, vilket kan fördubbla värdet vid varje varv i en slinga: bygg i stället upp texten direkt i mallens utdata
template-loop = mallarna inkluderar eller anropar sig själva i en cirkel ({ $cycle }), som aldrig skulle ta slut: ta bort den inkludering eller det anrop som leder tillbaka
template-too-deep = mallarnas inkluderingar och makroanrop är nästlade i mer än { $limit } nivåer ({ $path } …): minska nästlingen
template-too-deep-from = mallarnas inkluderingar och makroanrop är nästlade i mer än { $limit } nivåer, räknat från { $from }: minska nästlingen
template-folder-missing = mallmappen { $dir } finns inte
template-syntax = mallen kunde inte tolkas: { $error }; rätta mallen i mallmappen eller ta bort den, så används den inbyggda mallen
template-t-needs-key = t() behöver argumentet key="…"
template-t-needs-lang = t() behöver argumentet lang=…
template-no-catalog = det finns ingen katalog för språket `{ $lang }`
template-no-catalog-add = det finns ingen katalog för språket `{ $lang }`: lägg till filen templates/locales/{ $lang }.ftl
template-rendering = mallen { $name } kunde inte behandlas: { $error }; rätta { $name } (eller den mall som den inkluderar) i mallmappen eller ta bort den, så används den inbyggda mallen
template-output-too-large = beskrivningen som mallen { $name } gav är större än { $mib } MiB, fast en beskrivning normalt är mycket kortare: kontrollera mallens slingor
template-context = mallens uppgifter kunde inte sammanställas: { $error }
# Mallmotorns egna ord ($text) och vad den anger som orsak.
template-cause = { $text }: { $cause }

## Beskrivningarnas kataloger (templates/locales/<språk>.ftl)

catalog-syntax = { $origin }: { $count ->
        [one] katalogen innehåller ett syntaxfel: { $error }
       *[other] katalogen innehåller { $count } syntaxfel, det första: { $error }
    }
catalog-not-language = { $origin }: `{ $lang }` är inte en språkkod
catalog-add = { $origin }: { $error }
catalog-no-message = katalogen för språket `{ $lang }` har inget meddelande `{ $key }`
catalog-no-value = meddelandet `{ $key }` i katalogen för språket `{ $lang }` har inget värde
catalog-format = meddelandet `{ $key }` i katalogen för språket `{ $lang }`: { $error }

## PDF

pdf-failed = PDF-filen för { $id } ({ $lang }) kunde inte skapas: { $error }
pdf-fonts = de PDF-typsnitt som följer med seloste kunde inte läsas
pdf-template = PDF-mallen { $file }, rad { $line }: { $error }
pdf-template-no-line = PDF-mallen { $file }: { $error }
pdf-export = PDF-filen kunde inte skrivas enligt sin standard: { $error }
pdf-internal = PDF-biblioteket misslyckades: { $error }
