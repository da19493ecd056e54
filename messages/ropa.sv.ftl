# Vad `seloste ropa` (registret över behandling, artikel 30) säger till användaren (svenska).

ropa-unknown-format = { $out }: registrets format framgår inte av filnamnet
ropa-unknown-format-help = låt filnamnet sluta på .xlsx, .csv, .html eller .md, eller ange --format xlsx, csv, html eller md
ropa-bad-lang = det finns ingen översättningsfil för språket `{ $lang }`
ropa-bad-lang-help = ange något av följande med --lang: { $languages }
ropa-out-is-folder = { $out }: detta är en mapp; --out ska ange filen som registret skrivs till
ropa-out-help = ange med --out ett filnamn i en mapp som finns och som går att skriva i, till exempel --out register.xlsx
ropa-cannot-write = { $out }: registret kan inte skrivas: { $error }
ropa-no-registers = inget register kunde läsas, så det finns inget register över behandling att skriva
ropa-no-registers-help = ange registerfilerna eller deras mapp och rätta felen som visas ovan
ropa-xlsx-error = arbetsboken kunde inte skapas: { $error }
ropa-done = { $out }: { $activities } behandlingar från { $registers } register
