# Messages of `controller-identity` (en).

controller-identity-message-missing = the notice does not name the controller
controller-identity-label-missing = no `controller` in this register or its organisation file
controller-identity-help-missing = add a `controller:` section with `name:` and a contact such as `email:`, `phone:` or `postal_address:`, here or in the organisation file
controller-identity-message-no-name = the controller's name is blank
controller-identity-label-no-name = blank name
# $lang: the notice's language; the example name is written in it.
controller-identity-help-no-name = give the controller's official name, e.g. `name: { $lang ->
        [sv] Exempel Ab
        [en] Example Ltd
       *[other] Esimerkki Oy
    }`
controller-identity-message-no-contact = the controller has no contact details
controller-identity-label-no-contact = no address, e-mail or phone
controller-identity-help-no-contact = add at least one of `visiting_address:`, `postal_address:`, `email:` or `phone:` to `controller`
