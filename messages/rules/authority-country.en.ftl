# Messages of `authority-country` (en).
# $named: `yes` when the register or organisation file names an authority, else `no`;
# $country, $theirs: countries (named in the officer's language); $authority: the
# authority named (``ie`` or a name written out).

authority-country-message-unknown = the controller's country is not stated and cannot be read from its address or business ID
authority-country-label-unknown = which country?
authority-country-help-unknown = add `country:` to `controller` (e.g. `country: FI`) or end its postal address with the country (`…, 00100 Helsinki, Finland`); { $named ->
        [yes] seloste then checks the named authority against it
       *[no] seloste then names that country's supervisory authority: until then the notice names none
    }
authority-country-message-none = seloste has no supervisory authority for { $country }, the controller's country, and the register names none: the notice names no authority
authority-country-label-none = no built-in authority
authority-country-help-none = name the authority people may complain to: `authority:` with the id of a built-in one (an EEA country's code in lower case, `gb`, `ch`), or written out with its `name`, `postal_address` and `web`
authority-country-message-federal = the controller is in Germany and the register names no authority: the notice names the Federal Commissioner (BfDI, `de`), who supervises federal public bodies and telecommunications and postal companies
authority-country-label-federal = the federal authority by default
authority-country-help-federal = a company or association is supervised by its Land's authority: name it by `de-` and the Land's code, e.g. `authority: de-by` (Bavaria) or `authority: de-nw` (North Rhine-Westphalia); if the BfDI is competent, write `authority: de`
authority-country-message-other = the notice names { $authority }, a supervisory authority of { $theirs }, but the controller is in { $country }
authority-country-label-other = another country's authority
authority-country-help-other = a notice names the authority of the controller's country unless another is competent, e.g. the lead supervisory authority of its main establishment (Art 56): leave `authority` out to name that of { $country }, or give the reason in `authority_reason:`
