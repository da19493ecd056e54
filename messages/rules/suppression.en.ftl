# Messages of `suppression` (en).
suppression-message = there is no rule `{ $rule }` to suppress
suppression-label = unknown rule id
suppression-help-closest = did you mean `{ $rule }`? `seloste rules` lists every id
suppression-help = `seloste rules` lists every rule id
