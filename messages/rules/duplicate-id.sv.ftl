# Messages of `duplicate-id` (sv).
duplicate-id-message = registrets id `{ $id }` är också id för { $files }
duplicate-id-label = används också av ett annat register
duplicate-id-help = ge ett av registren ett annat `meta.id` (dess sidor publiceras under `<out>/{ $id }/`), eller ta bort den fil som är en gammal kopia
duplicate-id-related = `{ $id }` används också här
