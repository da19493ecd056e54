# Mitä `seloste lsp` (editorin korjausehdotukset) ja `seloste serve` (esikatselu) sanovat
# (suomeksi). Pidä kolmen kielen avaimet samoina (testi tarkistaa).

lsp-action-replace = Korvaa arvolla `{ $value }`
lsp-action-add = Lisää `{ $line }`
lsp-action-suppress = Vaienna `{ $rule }` tässä ja kerro syy
lsp-suppress-reason = TODO: kerro, miksi tämä havainto ei koske tätä kohtaa
lsp-hover-readers = Tätä avainta lukevat säännöt:
lsp-hover-text-readers = Sen tekstit lukevat lisäksi:

## seloste serve
serve-listening = Esikatselu osoitteessa { $url } (sivu latautuu uudelleen, kun tiedosto muuttuu; Ctrl-C lopettaa)
serve-cannot-listen = porttia 127.0.0.1:{ $port } ei voi kuunnella: { $error }
serve-cannot-listen-help = portti voi olla toisen ohjelman käytössä: valitse toinen portti valitsimella --port tai anna --port 0, jolloin käytetään mitä tahansa vapaata porttia
serve-title = Tietosuojaselosteiden esikatselu
serve-reloads = Tämä sivu latautuu uudelleen, kun rekisteri- tai organisaatiotiedosto muuttuu.
serve-registers = Selosteet
serve-no-registers = Yhtään selostetta ei voida vielä näyttää: korjaa alla luetellut virheet ja tallenna.
serve-findings = Havainnot
serve-no-findings = Ei havaintoja.
serve-findings-count = { $n ->
    [0] ei havaintoja
    [one] 1 havainto
   *[other] { $n } havaintoa
}
serve-stale = Rekisterissä on nyt virheitä: alla on sen viimeisin virheetön versio. Korjaa havainnot ja tallenna, niin muutos näkyy.
serve-not-found = Sivua ei löydy
