# Messages of `criminal-data` (sv).
criminal-data-message = kategorin `{ $category }` innehåller personuppgifter som rör fällande domar i brottmål eller överträdelser, men varken den lag eller den myndighet som tillåter behandlingen anges
criminal-data-label-missing = uppgifter om fällande domar och överträdelser
criminal-data-label-blank = tom
criminal-data-help = lägg till `criminal_authority:` och ange den lag som tillåter behandlingen eller den myndighet under vars kontroll uppgifterna behandlas
