# Messages of `placeholder` (fi).
placeholder-message = ”{ $words }” on mallipohjan paikkamerkki, jota ei ole täytetty
placeholder-label = paikkamerkki
placeholder-help = korvaa ”{ $words }” { $what ->
        [email] oikealla sähköpostiosoitteella
        [phone] oikealla puhelinnumerolla
        [web] oikealla verkko-osoitteella
        [name] oikealla nimellä
        [address] oikealla osoitteella
        [date] oikealla päivämäärällä
       *[other] oikealla tiedolla (todellisella nimellä, osoitteella, päivämäärällä tai sähköpostiosoitteella)
    } tai poista se, jos se ei koske tätä rekisteriä
placeholder-help-noted = { placeholder-help }. { $note }
