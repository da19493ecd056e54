# Messages of `duplicate-key` (sv).
duplicate-key-message = nyckeln `{ $key }` förekommer två gånger i { $place }
duplicate-key-message-same = nyckeln `{ $key }` förekommer två gånger i samma mappning
duplicate-key-label = andra förekomsten
duplicate-key-help = ta bort den ena eller slå ihop deras värden: seloste gissar inte vilken du menade
duplicate-key-concealed = filen upprepar en nyckel i samma mappning, och den ser inte ut som en registerfil eller en organisationsfil
