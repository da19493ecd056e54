# Messages of `control-characters` (sv).
control-characters-message = texten innehåller { $kind ->
        [bidi] ett tecken som styr skrivriktningen
       *[other] ett osynligt styrtecken
    } (U+{ $code })
control-characters-label = dolt tecken i den här texten
control-characters-help = ta bort tecknet (det syns inte i de flesta redigeringsprogram; skriv vid behov in texten på nytt)
