# Messages of `representative` (fi).

representative-message-no-name = rekisterinpitäjän edustajalta puuttuu nimi
representative-label-no-name = ei `name`-kenttää
representative-help-no-name = lisää `name:` ja sen arvoksi edustajan nimi (henkilö tai organisaatio)
representative-message-no-contact = rekisterinpitäjän edustajalta puuttuvat yhteystiedot
representative-label-no-contact = ei sähköpostiosoitetta, puhelinnumeroa eikä osoitetta
representative-help-no-contact = lisää `representative`-kohtaan ainakin yksi kentistä `email:`, `phone:` tai `address:`
representative-message-missing = rekisterinpitäjä on sijoittautunut EU:n tai ETA:n ulkopuolelle (`{ $country }`), mutta sen edustajaa unionissa ei ole nimetty
representative-label-missing = EU:n tai ETA:n ulkopuolella
representative-help-missing = lisää `representative:`-kohta, jossa on unionissa olevan edustajan `name:` sekä `email:`, `phone:` tai `address:`
