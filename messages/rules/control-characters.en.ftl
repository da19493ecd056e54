# Messages of `control-characters` (en).
control-characters-message = the text contains { $kind ->
        [bidi] a bidirectional text control character
       *[other] an invisible control character
    } (U+{ $code })
control-characters-label = hidden character in this text
control-characters-help = delete the character (it is invisible in most editors: retype the text if needed)
