# Messages of `dpo-required` (en).
dpo-required-message = the controller is a public authority but no data protection officer is named
dpo-required-label = public authority
dpo-required-help = add a `dpo:` section with the officer's `name:` and `email:` or `phone:`
