# Säännön `recipient-named` viestit (fi).
# $role: processor, tai unknown, kun vastaanottajan roolia ei ole annettu.
recipient-named-message = { $role ->
        [processor] henkilötietojen käsittelijä
       *[other] vastaanottaja
    } `{ $recipient }` ilmoitetaan vain vastaanottajaryhmänä
recipient-named-label = vastaanottajaryhmä, ei nimetty vastaanottaja
recipient-named-help-processor = rekisterinpitäjällä on sopimus jokaisen henkilötietojen käsittelijän kanssa, joten nimeä käsittelijä: kirjoita yrityksen nimi kohtaan `name:` ja poista `is_category: true`
recipient-named-help-unknown = jos vastaanottaja käsittelee tietoja rekisterinpitäjän lukuun sopimuksen perusteella (henkilötietojen käsittelijä), sen nimi on tiedossa: kirjoita yrityksen nimi kohtaan `name:` ja poista `is_category: true`. Jos vastaanottaja päättää tietojen käsittelystä itse ja vaihtuu tapauksittain (esim. rekisteröidyn oma työnantaja tai vakuutusyhtiö), lisää `role: controller` (tai `authority`) ja kuvaa vastaanottajaryhmä mahdollisimman täsmällisesti
