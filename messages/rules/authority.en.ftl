# Messages of `authority` (en).

authority-message-empty = `authority` is empty
authority-message = `{ $value }` is not a supervisory authority seloste knows
authority-label = unknown authority
# $known: the ids of the built-in authorities ("`at`, `be`, …"): an EEA country's code in
# lower case, `de-<Land>` for a German Land's authority, `gb` and `ch`.
authority-help = known authorities: { $known }; leave `authority` out to use `fi`
authority-help-suggestion = did you mean `{ $suggestion }`? known authorities: { $known }; leave `authority` out to use `fi`
