# Messages of `special-category` (fi).
# A law's name quoted as an example follows the notice's language ($lang), the same in every catalog.
special-category-message-no-condition = henkilötietoryhmä `{ $category }` kuuluu erityisiin henkilötietoryhmiin, mutta sille ei ole ilmoitettu 9 artiklan 2 kohdan mukaista edellytystä
special-category-label-special = erityisiin henkilötietoryhmiin kuuluvia tietoja
special-category-message-stray = henkilötietoryhmälle `{ $category }` on ilmoitettu 9 artiklan 2 kohdan mukainen edellytys, mutta ryhmää ei ole merkitty erityisiin henkilötietoryhmiin kuuluvaksi
special-category-label-stray = edellytys ilman `special`-kenttää
special-category-help-stray = lisää `special:` ja kerro siinä, mihin erityiseen henkilötietoryhmään tiedot kuuluvat (esimerkiksi `special: health`), tai poista `special_condition`
special-category-help-health-care = terveydenhuollon tai sosiaalihuollon palvelujen tuottajan potilaiden tai asiakkaiden terveystiedot: lisää `special_condition: health-care` (9 artiklan 2 kohdan h alakohta) ja mainitse käsittelyn tarkoituksen kohdassa `law:` laki, esimerkiksi `law: { special-category-law-patients }`
special-category-help-members = uskonnollisen, poliittisen, filosofisen tai ammattiyhdistystoimintaan liittyvän voittoa tavoittelemattoman yhteisön (seurakunnan, puolueen tai ammattiliiton) omien jäsenten tiedot: lisää `special_condition: not-for-profit-members` (9 artiklan 2 kohdan d alakohta); tietoja ei saa luovuttaa yhteisön ulkopuolelle ilman suostumusta
special-category-help-employment = työnantajan käsittelemät erityisiin henkilötietoryhmiin kuuluvat tiedot (esimerkiksi sairauspoissaolot ja työterveyshuolto): lisää `special_condition: employment-law` (9 artiklan 2 kohdan b alakohta), kun laki edellyttää käsittelyä, esimerkiksi `{ special-category-law-working-life }`; muuhun käsittelyyn tarvitaan `special_condition: explicit-consent` (9 artiklan 2 kohdan a alakohta)
special-category-help = lisää `special_condition:` ja siihen 9 artiklan 2 kohdan mukainen edellytys, joka sallii käsittelyn: yleensä `special_condition: explicit-consent` (nimenomainen suostumus, 9 artiklan 2 kohdan a alakohta; esimerkiksi ruokavaliot tai allergiat, jotka rekisteröity itse ilmoittaa) tai tilanteeseen sopiva edellytys (`health-care` terveydenhuollon palvelujen tuottajalle, `employment-law` työnantajan velvoitteisiin, `not-for-profit-members` uskonnollisen, poliittisen tai ammattiyhdistystoimintaan liittyvän yhteisön jäsenille)
special-category-law-patients = { $lang ->
        [fi] laki potilaan asemasta ja oikeuksista (785/1992)
        [sv] lagen om patientens ställning och rättigheter (785/1992)
       *[other] Act on the Status and Rights of Patients (785/1992)
    }
special-category-law-working-life = { $lang ->
        [fi] laki yksityisyyden suojasta työelämässä (759/2004)
        [sv] lagen om integritetsskydd i arbetslivet (759/2004)
       *[other] Act on the Protection of Privacy in Working Life (759/2004)
    }
