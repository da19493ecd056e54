# Messages of `adequacy-country` (fi).

adequacy-country-message-dpf-only = maata { $country } koskevaa yleistä päätöstä tietosuojan riittävyydestä ei ole: päätös kattaa vain EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (Data Privacy Framework) mukaisesti sertifioidut organisaatiot
adequacy-country-label-dpf-only = ei yleistä riittävyyspäätöstä
adequacy-country-help-dpf-only = jos vastaanottaja on sertifioitu EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti ({ $list }), kirjoita `mechanism: dpf`; muussa tapauksessa käytä vakiosopimuslausekkeita (`mechanism: sccs`, komission täytäntöönpanopäätös { $number })
adequacy-country-message-not-yet = maata { $country } koskevaa päätöstä tietosuojan riittävyydestä sovelletaan vasta { $from } alkaen
adequacy-country-label-not-yet = ei vielä voimassa
adequacy-country-help-not-yet = käytä { $from } asti muuta suojatoimea, esimerkiksi vakiosopimuslausekkeita (komission täytäntöönpanopäätös { $number })
adequacy-country-message-expired = maata { $country } koskevan päätöksen tietosuojan riittävyydestä voimassaolo päättyi { $until }
adequacy-country-label-expired = riittävyyspäätös ei ole enää voimassa
adequacy-country-help-expired = tarkista, onko päätöksen voimassaoloa jatkettu (ja päivitä data/transfers.yaml); muussa tapauksessa käytä vakiosopimuslausekkeita (komission täytäntöönpanopäätös { $number })
adequacy-country-message-none = Euroopan komissio ei ole tehnyt maata { $country } koskevaa päätöstä tietosuojan riittävyydestä
adequacy-country-label-none = ei riittävyyspäätöstä
adequacy-country-help-none = käytä vakiosopimuslausekkeita (`mechanism: sccs`, komission täytäntöönpanopäätös { $number }) tai muuta EU:n yleisen tietosuoja-asetuksen 46 artiklan mukaista suojatoimea; päätös tietosuojan riittävyydestä on tehty seuraavien maiden osalta: { $list }
adequacy-country-message-dpf-elsewhere = EU:n ja Yhdysvaltojen välinen tietosuojakehys kattaa vain Yhdysvalloissa olevat vastaanottajat, ei maassa { $country } olevia
adequacy-country-label-dpf-elsewhere = vastaanottaja ei ole Yhdysvalloissa
adequacy-country-help-own-decision = maata { $country } koskee oma päätös tietosuojan riittävyydestä: kirjoita `mechanism: adequacy`
adequacy-country-help-dpf-elsewhere = käytä vakiosopimuslausekkeita (`mechanism: sccs`, komission täytäntöönpanopäätös { $number }) tai korjaa maa, jos vastaanottaja on Yhdysvalloissa
