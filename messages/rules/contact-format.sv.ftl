# Messages of `contact-format` (sv).

contact-format-message-email = e-postadressen `{ $value }` för { $whose ->
        [contact-person] kontaktpersonen
        [dpo] dataskyddsombudet
        [representative] företrädaren
        [joint] en gemensamt personuppgiftsansvarig
        [rights-requests] begäranden som gäller de registrerades rättigheter
       *[other] den personuppgiftsansvarige
    } är ingen giltig adress
contact-format-label-email = ingen e-postadress
contact-format-help-email = skriv adressen i formen `namn@domän.fi`, utan mellanslag och utan `mailto:`
contact-format-message-phone = telefonnumret `{ $value }` för { $whose ->
        [contact-person] kontaktpersonen
        [dpo] dataskyddsombudet
        [representative] företrädaren
        [joint] en gemensamt personuppgiftsansvarig
        [rights-requests] begäranden som gäller de registrerades rättigheter
       *[other] den personuppgiftsansvarige
    } är inget giltigt nummer
contact-format-label-phone = inget telefonnummer
contact-format-help-phone = skriv 6–15 siffror, med mellanslag, `+`, `-` och parenteser om du vill, till exempel `+358 17 266 3800` eller `017 266 3800`
