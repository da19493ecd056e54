# Messages of `controller-address` (sv).

controller-address-message = { $kind ->
        [sole-trader] den personuppgiftsansvarige är en enskild näringsidkare, alltså en fysisk person
        [association] den personuppgiftsansvarige är en förening
       *[company] den personuppgiftsansvarige är ett företag
    }, men dataskyddsbeskrivningen anger endast { $only ->
        [phone] ett telefonnummer
        [email] en e-postadress
       *[both] en e-postadress och ett telefonnummer
    } och ingen postadress
controller-address-label = ingen post- eller besöksadress
controller-address-help = lägg till `postal_address:` (eller `visiting_address:`) under `controller`: { $kind ->
        [sole-trader] en företagsadress eller en postbox, till exempel `postal_address: "{ $lang ->
            [sv] PB 12, 00101 Helsingfors
            [en] P.O. Box 12, FI-00101 Helsinki
           *[other] PL 12, 00101 Helsinki
        }"`
        [association] föreningens postadress, till exempel `postal_address: "{ $lang ->
            [sv] c/o sekreteraren, Kylätie 1, 52420 Pellosniemi
            [en] c/o the secretary, Kylätie 1, 52420 Pellosniemi
           *[other] c/o sihteeri, Kylätie 1, 52420 Pellosniemi
        }"`
       *[company] dess post- eller besöksadress, till exempel `postal_address: "{ $lang ->
            [sv] Björkgränden 5, 00100 Helsingfors
            [en] Koivukuja 5, FI-00100 Helsinki
           *[other] Koivukuja 5, 00100 Helsinki
        }"`
    }, här eller i organisationsfilen
