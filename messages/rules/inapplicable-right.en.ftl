# Messages of `inapplicable-right` (en).
# $text: the words of the notice; $right: portability, withdraw-consent or objection.
inapplicable-right-message = "{ $text }" promises { $right ->
        [portability] data portability (Art 20)
        [withdraw-consent] withdrawal of consent (Art 7(3))
       *[objection] the right to object (Art 21)
    }, which does not apply to this register
inapplicable-right-label = right that does not apply
inapplicable-right-help = { $right ->
        [portability] it applies only to processing based on consent or a contract
        [withdraw-consent] no purpose of this register is based on consent
       *[objection] it applies only to a public task, legitimate interests or direct marketing
    }; delete the sentence (seloste prints the rights that apply), or correct the purposes' `basis`
