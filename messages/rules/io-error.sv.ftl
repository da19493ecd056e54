# Messages of `io-error` (sv).
io-error-message = det går inte att läsa { $path }: { $reason }
# $error: operativsystemets egen (ofta engelska) text; $kind: not-found, denied eller other.
io-error-system = { $kind ->
        [not-found] filen finns inte
        [denied] du har inte rätt att läsa den
       *[other] { $error }
    }
io-error-help = kontrollera att sökvägen finns och att du har rätt att läsa den
io-error-not-regular-help = seloste läser registerfiler, som är vanliga filer: ange själva filen, eller ta bort den här
io-error-folder-not-file = det är en mapp, inte en fil
io-error-fifo = det är ett namngivet rör (FIFO), inte en vanlig fil
io-error-socket = det är en socket, inte en vanlig fil
io-error-device = det är en enhetsfil, inte en vanlig fil
io-error-not-regular = det är inte en vanlig fil
io-error-folder = det går inte att läsa mappen { $path }: { $error }
io-error-folder-help = kontrollera att mappen finns och att du har rätt att läsa den
io-error-no-project = projektmappen hittas inte, eftersom den aktuella mappen inte kan läsas: { $error }
io-error-no-project-help = kör seloste i projektmappen, dvs. den mapp där dina register finns
