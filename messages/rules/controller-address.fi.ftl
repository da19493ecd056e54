# Messages of `controller-address` (fi).

controller-address-message = { $kind ->
        [sole-trader] rekisterinpitäjä on yksityinen elinkeinonharjoittaja eli luonnollinen henkilö
        [association] rekisterinpitäjä on yhdistys
       *[company] rekisterinpitäjä on yritys
    }, mutta selosteessa annetaan vain { $only ->
        [phone] puhelinnumero
        [email] sähköpostiosoite
       *[both] sähköpostiosoite ja puhelinnumero
    } eikä postiosoitetta
controller-address-label = ei posti- eikä käyntiosoitetta
controller-address-help = lisää `controller`-kohtaan `postal_address:` (tai `visiting_address:`): { $kind ->
        [sole-trader] toimipaikan osoite tai postilokero, esimerkiksi `postal_address: "{ $lang ->
            [sv] PB 12, 00101 Helsingfors
            [en] P.O. Box 12, FI-00101 Helsinki
           *[other] PL 12, 00101 Helsinki
        }"`
        [association] yhdistyksen postiosoite, esimerkiksi `postal_address: "{ $lang ->
            [sv] c/o sekreteraren, Kylätie 1, 52420 Pellosniemi
            [en] c/o the secretary, Kylätie 1, 52420 Pellosniemi
           *[other] c/o sihteeri, Kylätie 1, 52420 Pellosniemi
        }"`
       *[company] sen posti- tai käyntiosoite, esimerkiksi `postal_address: "{ $lang ->
            [sv] Björkgränden 5, 00100 Helsingfors
            [en] Koivukuja 5, FI-00100 Helsinki
           *[other] Koivukuja 5, 00100 Helsinki
        }"`
    }, joko tähän tai organisaatiotiedostoon
