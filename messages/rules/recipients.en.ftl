# Messages of `recipients` (en).
recipients-message = recipient `{ $recipient }` has no name
recipients-label = no `name`
recipients-help-organisation = add `name:` with the recipient's name, e.g. `name: Tilitoimisto Laskuri Oy`, here or in the organisation file's recipient `{ $recipient }`
recipients-help = add `name:` with the recipient's name, e.g. `name: Tilitoimisto Laskuri Oy`, or a specific category with `is_category: true`
