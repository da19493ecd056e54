# Messages of `authority` (en).

authority-message-empty = `authority` is empty
authority-message = `{ $value }` is not a supervisory authority seloste knows
authority-label = unknown authority
# $known_en, $known_fi, $known_sv: the known authorities, "`fi` (name)", with their names in
# each language; use your own language's.
authority-help = known authorities: { $known_en }; leave `authority` out to use `fi`
authority-help-suggestion = did you mean `{ $suggestion }`? known authorities: { $known_en }; leave `authority` out to use `fi`
