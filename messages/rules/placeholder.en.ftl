# Messages of `placeholder` (en).
placeholder-message = "{ $words }" is a template placeholder that was never filled in
placeholder-label = placeholder
placeholder-help = replace "{ $words }" with the real { $what ->
        [email] e-mail address
        [phone] telephone number
        [web] web address
        [name] name
        [address] address
        [date] date
       *[other] information (the actual name, address, date or e-mail address)
    }, or remove it if it does not apply
placeholder-help-noted = { placeholder-help }. { $note }
