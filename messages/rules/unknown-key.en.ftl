# Messages of `unknown-key` (en).
unknown-key-message = unknown key `{ $key }` in { $place }
unknown-key-message-top = unknown key `{ $key }` at the top level
unknown-key-label = not a key of the register format
# $suggestion: "did you mean `name` (nimi)?" (load-did-you-mean).
unknown-key-help-translated = { $suggestion } The keys are English words; the keys allowed here are: { $allowed }
unknown-key-help-closest = did you mean `{ $key }`?
unknown-key-help-allowed = the keys allowed here are: { $allowed }
