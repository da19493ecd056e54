# Meddelanden för `legal-provision` (sv).
# $basis: legal-obligation eller public-task.
legal-provision-message = ändamålet `{ $purpose }` grundar sig på { $basis ->
        [legal-obligation] en rättslig förpliktelse
       *[public-task] en uppgift av allmänt intresse eller myndighetsutövning
    }, men lagen anges inte
legal-provision-label-missing = `law` saknas
legal-provision-label-blank = tomt
# $lang: dataskyddsbeskrivningens språk; exemplet är text ur beskrivningen.
legal-provision-help = ange lagen och paragrafen i `law:`, t.ex. `law: { $lang ->
        [sv] bokföringslagen (1336/1997) 2 kap. 10 §
        [en] Accounting Act (1336/1997), chapter 2, section 10
       *[other] kirjanpitolaki (1336/1997) 2:10
    }`
