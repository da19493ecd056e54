# Messages of `representative` (sv).

representative-message-no-name = företrädaren saknar namn
representative-label-no-name = `name` saknas
representative-help-no-name = lägg till `name:` med företrädarens namn (en person eller en organisation)
representative-message-no-contact = företrädaren saknar kontaktuppgifter
representative-label-no-contact = e-postadress, telefonnummer och adress saknas
representative-help-no-contact = lägg till minst en av `email:`, `phone:` eller `address:` under `representative`
representative-message-missing = den personuppgiftsansvarige är etablerad utanför EU/EES (`{ $country }`), men ingen företrädare i unionen har angetts
representative-label-missing = utanför EU/EES
representative-help-missing = lägg till ett avsnitt `representative:` med `name:` och `email:`, `phone:` eller `address:` för företrädaren i unionen
