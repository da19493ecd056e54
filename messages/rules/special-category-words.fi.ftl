# Messages of `special-category-words` (fi).
special-category-words-message = henkilötietoryhmässä `{ $category }` mainitaan { special-category-words-kind } (”{ $word }”), mutta ryhmää ei ole merkitty `special:`-kentällä
special-category-words-label = tässä mainitaan { special-category-words-kind }
special-category-words-also = myös ”{ $word }”
special-category-words-help = jos henkilötietoryhmään kuuluu tällaisia tietoja, merkitse se `special: { $special }` ja ilmoita 9 artiklan 2 kohdan mukainen edellytys, tässä todennäköisesti `special_condition: { $condition }`: { special-category-words-condition }; jos ei kuulu (sanoilla kerrotaan, mitä ei kerätä), sano se selvästi tai vaienna tämä tarkistus tämän henkilötietoryhmän osalta ja kerro syy
special-category-words-help-noted = jos henkilötietoryhmään kuuluu tällaisia tietoja, merkitse se `special: { $special }` ja ilmoita 9 artiklan 2 kohdan mukainen edellytys, tässä todennäköisesti `special_condition: { $condition }`: { special-category-words-condition }; { $note }; jos ei kuulu (sanoilla kerrotaan, mitä ei kerätä), sano se selvästi tai vaienna tämä tarkistus tämän henkilötietoryhmän osalta ja kerro syy
special-category-words-kind = { $special ->
        [health] terveystietoja
        [genetic] geneettisiä tietoja
        [biometric] biometrisiä tietoja
        [religious-or-philosophical-beliefs] uskonnollista tai filosofista vakaumusta
        [political-opinions] poliittisia mielipiteitä
        [trade-union-membership] ammattiliittoon kuulumista
        [racial-or-ethnic-origin] rotua tai etnistä alkuperää
        [sex-life-or-orientation] seksuaalista käyttäytymistä tai suuntautumista
       *[other] erityisiin henkilötietoryhmiin kuuluvia tietoja
    }
special-category-words-condition = { $condition ->
        [explicit-consent] rekisteröidyn nimenomainen suostumus (9 artiklan 2 kohdan a alakohta), joka pyydetään erikseen, esimerkiksi lomakkeella, jolla tiedot annetaan
        [health-care] salassapitovelvollisten ammattihenkilöiden antama terveydenhuolto tai sosiaalihuolto (9 artiklan 2 kohdan h alakohta) ja sitä koskeva laki
        [employment-law] työnantajan työoikeuteen, sosiaaliturvaan ja sosiaaliseen suojeluun liittyvät velvollisuudet (9 artiklan 2 kohdan b alakohta) ja niistä säätävä laki
        [not-for-profit-members] voittoa tavoittelemattoman yhteisön omien jäsenten tietojen käsittely sen toiminnassa (9 artiklan 2 kohdan d alakohta), kun tietoja ei luovuteta yhteisön ulkopuolelle ilman suostumusta
       *[other] 9 artiklan 2 kohdan mukainen edellytys, joka sallii käsittelyn
    }
