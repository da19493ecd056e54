# Messages of `vague-wording` (sv).
# The help's examples are in the language of the notice's text ($lang), the same in every catalog.
vague-wording-message = ”{ $word }” lämnar läsaren i ovisshet om vad som faktiskt görs med uppgifterna
vague-wording-label = vagt uttryck
vague-wording-help = berätta vad som faktiskt görs, till exempel ”{ vague-wording-example-good }” i stället för ”{ vague-wording-example-bad }”; om det görs endast i vissa fall, ange vilka
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
