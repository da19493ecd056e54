# Messages of `suppression` (sv).
suppression-message = det finns ingen kontroll `{ $rule }` som kan undantas
suppression-label = okänt kontroll-id
suppression-help-closest = menade du `{ $rule }`? `seloste rules` listar id:na för alla kontroller
suppression-help = `seloste rules` listar id:na för alla kontroller
