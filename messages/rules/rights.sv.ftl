# Meddelanden för `rights` (sv).
rights-message-missing = dataskyddsbeskrivningen anger inte hur den registrerade kan utöva sina rättigheter
rights-label-missing = `rights_requests` saknas både i detta register och i dess organisationsfil
rights-help-missing = lägg till `rights_requests:` med minst en av `email:`, `phone:`, `address:` eller `web_form:`, antingen här eller i organisationsfilen
rights-message-no-channel = `rights_requests` anger inte hur en begäran kan framställas
rights-label-no-channel = varken e-postadress, telefonnummer, adress eller webbformulär
rights-help-no-channel = lägg till minst en av `email:`, `phone:`, `address:` eller `web_form:` under `rights_requests`
