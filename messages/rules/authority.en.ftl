# Messages of `authority` (en).

authority-message-empty = `authority` is empty
authority-message = `{ $value }` is not a supervisory authority seloste knows
authority-label = unknown authority
# $known: the ids of the built-in authorities ("`at`, `be`, …"): an EEA country's code in
# lower case, `de-<Land>` for a German Land's authority, `gb` and `ch`.
authority-help = known authorities: { $known }; left out, the notice names the authority of the controller's country
authority-help-suggestion = did you mean `{ $suggestion }`? known authorities: { $known }; left out, the notice names the authority of the controller's country
authority-message-no-name = the authority written out under `authority` has no name
authority-label-no-name = no name
authority-help-no-name = give the authority's official name under `name:`, or write the id of a built-in authority instead (`authority: fi`)
