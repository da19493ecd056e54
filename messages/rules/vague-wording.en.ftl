# Messages of `vague-wording` (en).
# The help's examples are in the language of the notice's text ($lang), the same in every catalog.
vague-wording-message = "{ $word }" leaves the reader guessing what is actually done
vague-wording-label = vague word
vague-wording-help = say what is actually done, e.g. "{ vague-wording-example-good }" rather than "{ vague-wording-example-bad }"; if it happens only in some cases, name them
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
