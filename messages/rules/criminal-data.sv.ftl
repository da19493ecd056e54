# Messages of `criminal-data` (sv).
criminal-data-message = kategorin `{ $category }` innehåller personuppgifter som rör fällande domar i brottmål eller överträdelser, men det anges inte vilken lag som tillåter behandlingen eller under vilken myndighets kontroll den sker
criminal-data-label-missing = uppgifter om fällande domar i brottmål och överträdelser
criminal-data-label-blank = tomt
criminal-data-help = lägg till `criminal_authority:` och ange den lag som tillåter behandlingen eller den myndighet under vars kontroll uppgifterna behandlas
