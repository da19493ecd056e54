# Messages of `contact-format` (en).
# $whose: `controller`, `contact-person`, `dpo`, `representative`, `joint` (a joint controller)
# or `rights-requests` (the address for requests about the data subject's rights).

contact-format-message-email = the { $whose ->
        [contact-person] contact person's
        [dpo] data protection officer's
        [representative] representative's
        [joint] joint controller's
        [rights-requests] rights requests
       *[other] controller's
    } e-mail address `{ $value }` is not a valid address
contact-format-label-email = not an e-mail address
contact-format-help-email = give the address in the form `name@domain.fi`, without spaces or a `mailto:`
contact-format-message-phone = the { $whose ->
        [contact-person] contact person's
        [dpo] data protection officer's
        [representative] representative's
        [joint] joint controller's
        [rights-requests] rights requests
       *[other] controller's
    } phone number `{ $value }` is not a valid number
contact-format-label-phone = not a phone number
contact-format-help-phone = give 6 to 15 digits, optionally with spaces, `+`, `-` and parentheses, e.g. `+358 17 266 3800` or `017 266 3800`
