# What `seloste lsp` (the editor's code actions) and `seloste serve` (the preview) say
# (English). Keep the three languages' keys equal (a test checks).

# A code action: write this value where the finding is.
lsp-action-replace = Replace with `{ $value }`
# A code action: add a `suppress:` entry for the rule in the item the finding is in.
lsp-action-suppress = Silence `{ $rule }` here, with a reason
# The reason the new `suppress:` entry gets, for the officer to replace.
lsp-suppress-reason = TODO: say why this finding does not apply here
