# Messages of `vague-wording` (fi).
# The help's examples are in the language of the notice's text ($lang), the same in every catalog.
vague-wording-message = ”{ $word }” jättää lukijan arvailemaan, mitä tiedoilla todella tehdään
vague-wording-label = epämääräinen ilmaus
vague-wording-help = kerro, mitä todella tehdään, esimerkiksi ”{ vague-wording-example-good }” eikä ”{ vague-wording-example-bad }”; jos näin tehdään vain joissakin tapauksissa, mainitse ne
vague-wording-help-noted = { vague-wording-help }. { $note }
vague-wording-example-good = { $lang ->
        [fi] Käytämme yhteystietojasi uutiskirjeen lähettämiseen
        [sv] Vi använder din e-postadress för att skicka nyhetsbrevet
       *[other] we use your e-mail address to send the newsletter
    }
vague-wording-example-bad = { $lang ->
        [fi] Tietoja voidaan käyttää markkinointiin
        [sv] Uppgifterna kan komma att användas för marknadsföring
       *[other] we may use some data for marketing
    }
