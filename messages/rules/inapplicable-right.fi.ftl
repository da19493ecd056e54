# Säännön `inapplicable-right` viestit (fi).
# $text: selosteen sanat; $right: portability, withdraw-consent tai objection.
inapplicable-right-message = ”{ $text }” lupaa { $right ->
        [portability] oikeuden siirtää tiedot järjestelmästä toiseen (20 artikla)
        [withdraw-consent] oikeuden peruuttaa suostumus (7 artiklan 3 kohta)
       *[objection] vastustamisoikeuden (21 artikla)
    }, mutta se ei koske tätä rekisteriä
inapplicable-right-label = oikeus, joka ei koske tätä rekisteriä
inapplicable-right-help = { $right ->
        [portability] oikeus koskee vain suostumukseen tai sopimukseen perustuvaa käsittelyä
        [withdraw-consent] mikään tämän rekisterin käsittelyn tarkoituksista ei perustu suostumukseen
       *[objection] oikeus koskee vain yleistä etua koskevaan tehtävään tai oikeutettuun etuun perustuvaa käsittelyä sekä suoramarkkinointia
    }; poista virke (seloste-ohjelma lisää sovellettavat oikeudet selosteeseen itse) tai korjaa käsittelyn tarkoitusten `basis`
