# Messages of `dpo-contact` (en).
dpo-contact-message = the data protection officer has no contact details
dpo-contact-label = no e-mail, phone or address
dpo-contact-help = add at least one of `email:`, `phone:` or `address:` to `dpo`
