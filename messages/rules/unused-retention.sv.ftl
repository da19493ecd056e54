# Messages of `unused-retention` (sv).

unused-retention-message-register = registrets gemensamma `retention` gäller ingen uppgiftskategori: varje kategori anger en egen lagringstid eller ingår i en lagringsgrupp
unused-retention-message-group = lagringsgruppen `{ $group }` gäller ingen uppgiftskategori: var och en av dess kategorier anger en egen lagringstid
unused-retention-label = skrivs inte ut i beskrivningen
unused-retention-help-register = ta bort registrets gemensamma `retention` eller ta bort `retention` från de kategorier som den ska gälla, så att den lagringstid som skrivits en gång är den som skrivs ut
unused-retention-help-group = ta bort gruppen `{ $group }` eller ta bort `retention` från dess kategorier, så att gruppens lagringstid tillämpas på dem
