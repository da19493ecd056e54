# What `seloste lsp` (the editor's code actions) and `seloste serve` (the preview) say
# (English). Keep the three languages' keys equal (a test checks).

# A code action: write this value where the finding is.
lsp-action-replace = Replace with `{ $value }`
# A code action: add this key and value to the item the finding is in.
lsp-action-add = Add `{ $line }`
# A code action: add a `suppress:` entry for the rule in the item the finding is in.
lsp-action-suppress = Silence `{ $rule }` here, with a reason
# The reason the new `suppress:` entry gets, for the officer to replace.
lsp-suppress-reason = TODO: say why this finding does not apply here
# On hover over a key, above the list of the rules that read it (id and one-line summary).
lsp-hover-readers = Rules that read this key:
# After it: the rules that read every text (vague wording, placeholders…), by id only.
lsp-hover-text-readers = Every text in it is also read by:

## seloste serve
# The first line `seloste serve` prints: where the preview is.
serve-listening = Preview at { $url } (it is reloaded when a file changes; Ctrl-C stops it)
serve-cannot-listen = cannot listen on 127.0.0.1:{ $port }: { $error }
serve-cannot-listen-help = another program may be using the port: choose another with --port, or --port 0 for any free one
serve-title = Preview of the privacy notices
serve-reloads = This page is reloaded when a register or organisation file changes.
serve-registers = Notices
serve-no-registers = No notice can be shown yet: fix the errors below and save.
serve-findings = Findings
serve-no-findings = No findings.
serve-findings-count = { $n ->
    [0] no findings
    [one] 1 finding
   *[other] { $n } findings
}
# Above a notice whose register has errors now.
serve-stale = The register has errors now: below is its last version without errors. Fix the findings and save to see the change.
serve-not-found = Page not found
