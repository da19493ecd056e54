# Vad `seloste lsp` (editorns snabbkorrigeringar) och `seloste serve` (förhandsvisningen)
# säger (på svenska). Håll nycklarna lika i de tre språken (ett test kontrollerar det).

lsp-action-replace = Ersätt med `{ $value }`
lsp-action-suppress = Tysta `{ $rule }` här och ange skälet
lsp-suppress-reason = TODO: ange varför detta fynd inte gäller här
