# Messages of `placeholder` (sv).
placeholder-message = ”{ $words }” är en platshållare från mallen som aldrig har fyllts i
placeholder-label = platshållare
placeholder-help = ersätt ”{ $words }” med { $what ->
        [email] den riktiga e-postadressen
        [phone] det riktiga telefonnumret
        [web] den riktiga webbadressen
        [name] det riktiga namnet
        [address] den riktiga adressen
        [date] det riktiga datumet
       *[other] den riktiga uppgiften (det faktiska namnet, adressen, datumet eller e-postadressen)
    } eller ta bort den om den inte gäller detta register
placeholder-help-noted = { placeholder-help }. { $note }
