# Messages of `encoding` (fi).
encoding-utf16 = tiedosto on UTF-16-tekstiä; seloste-ohjelma lukee vain UTF-8-tekstiä
encoding-utf16-help = avaa tiedosto editorissa ja tallenna se UTF-8-merkistökoodauksella
encoding-binary = tiedosto on binääritiedosto eikä YAML-tekstiä
encoding-binary-label = NUL-tavu
encoding-binary-help = rekisteritiedostot ovat UTF-8-muodossa tallennettua YAML-tekstiä; tarkista, että annoit oikean tiedoston
encoding-invalid = tiedosto ei ole kelvollista UTF-8-tekstiä
encoding-invalid-label = tämä tavu ei ole UTF-8:aa
encoding-invalid-help = tiedosto on luultavasti tallennettu Latin-1- tai Windows-1252-merkistökoodauksella: tallenna se uudelleen UTF-8-merkistökoodauksella
