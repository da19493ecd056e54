# Messages of `rights` (en).
rights-message-missing = the notice does not say how people can exercise their rights
rights-label-missing = no `rights_requests` in this register or its organisation file
rights-help-missing = add `rights_requests:` with at least one of `email:`, `phone:`, `address:` or `web_form:`, here or in the organisation file
rights-message-no-channel = `rights_requests` gives no channel for making a request
rights-label-no-channel = no e-mail, phone, address or web form
rights-help-no-channel = add at least one of `email:`, `phone:`, `address:` or `web_form:` to `rights_requests`
