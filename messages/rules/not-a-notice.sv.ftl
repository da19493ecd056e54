# Messages of `not-a-notice` (sv).
not-a-notice-message = filen är varken en registerfil eller en organisationsfil: dess översta nivå har varken `meta:` eller `organisation:`
not-a-notice-help = en registerfil börjar med ett `meta:`-avsnitt och en organisationsfil har `organisation: <id>`; om filen är något annat, ange bara de filer eller mappar som innehåller dina register
not-a-notice-empty = filen är tom
not-a-notice-empty-help = en registerfil börjar med ett `meta:`-avsnitt; kör `seloste init` för att få en mall att fylla i
not-a-notice-not-a-mapping = filens översta nivå är inte en mappning av nycklar
not-a-notice-not-a-mapping-help = en registerfil är en mappning som börjar med `meta:`; en organisationsfil har `organisation: <id>`
