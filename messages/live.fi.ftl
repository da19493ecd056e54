# Mitä `seloste lsp` (editorin korjausehdotukset) ja `seloste serve` (esikatselu) sanovat
# (suomeksi). Pidä kolmen kielen avaimet samoina (testi tarkistaa).

lsp-action-replace = Korvaa arvolla `{ $value }`
lsp-action-suppress = Vaienna `{ $rule }` tässä ja kerro syy
lsp-suppress-reason = TODO: kerro, miksi tämä havainto ei koske tätä kohtaa
