# Messages of `representative` (en).

representative-message-no-name = the representative has no name
representative-label-no-name = no `name`
representative-help-no-name = add `name:` with the representative's name (a person or an organisation)
representative-message-no-contact = the representative has no contact details
representative-label-no-contact = no e-mail, phone or address
representative-help-no-contact = add at least one of `email:`, `phone:` or `address:` to `representative`
representative-message-missing = the controller is established outside the EU/EEA (`{ $country }`) but no representative in the EU is named
representative-label-missing = outside the EU/EEA
representative-help-missing = add a `representative:` section with the EU representative's `name:` and `email:`, `phone:` or `address:`
