# Messages of `suppression` (sv).
suppression-message = det finns ingen kontroll `{ $rule }` som kan undantas
suppression-label = okänt kontroll-id
suppression-help-closest = menade du `{ $rule }`? `seloste rules` listar alla id
suppression-help = `seloste rules` listar id för alla kontroller
