# Vad `seloste lsp` (editorns snabbkorrigeringar) och `seloste serve` (förhandsvisningen)
# säger (på svenska). Håll nycklarna lika i de tre språken (ett test kontrollerar det).

lsp-action-replace = Ersätt med `{ $value }`
lsp-action-add = Lägg till `{ $line }`
lsp-action-suppress = Tysta `{ $rule }` här och ange skälet
lsp-suppress-reason = TODO: ange varför detta fynd inte gäller här
lsp-hover-readers = Regler som läser den här nyckeln:
lsp-hover-text-readers = Dess texter läses dessutom av:

## seloste serve
serve-listening = Förhandsvisning på { $url } (sidan laddas om när en fil ändras; Ctrl-C avslutar)
serve-cannot-listen = kan inte lyssna på 127.0.0.1:{ $port }: { $error }
serve-cannot-listen-help = porten kan användas av ett annat program: välj en annan port med --port, eller ange --port 0 för vilken ledig port som helst
serve-title = Förhandsvisning av dataskyddsbeskrivningarna
serve-reloads = Sidan laddas om när en register- eller organisationsfil ändras.
serve-registers = Beskrivningar
serve-no-registers = Ingen beskrivning kan visas ännu: rätta felen nedan och spara.
serve-findings = Fynd
serve-no-findings = Inga fynd.
serve-findings-count = { $n ->
    [0] inga fynd
    [one] 1 fynd
   *[other] { $n } fynd
}
serve-stale = Registret innehåller nu fel: nedan visas dess senaste version utan fel. Rätta fynden och spara för att se ändringen.
serve-not-found = Sidan hittades inte
