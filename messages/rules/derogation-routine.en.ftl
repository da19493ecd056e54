# Messages of `derogation-routine` (en).
# $named: `yes` when the transfer names its recipient ($recipient, its id), else `no`.
# $ground: the Art 49 derogation, as written in the register (`explicit-consent`, …).

derogation-routine-message-processor = the transfer to { $named ->
        [yes] `{ $recipient }`
       *[other] the recipient
    }, a processor, relies on the derogation of { $ground ->
        [explicit-consent] explicit consent (Art 49(1)(a))
        [contract-with-subject] a contract with the person (Art 49(1)(b))
        [contract-in-interest] a contract in the person's interest (Art 49(1)(c))
        [public-interest] important reasons of public interest (Art 49(1)(d))
        [legal-claims] legal claims (Art 49(1)(e))
        [vital-interests] vital interests (Art 49(1)(f))
        [public-register] a public register (Art 49(1)(g))
       *[compelling-legitimate-interests] compelling legitimate interests (Art 49(1), second subparagraph)
    }, which is for occasional transfers only
derogation-routine-message-regular = the transfer to { $named ->
        [yes] `{ $recipient }`
       *[other] the recipient
    } happens regularly but relies on the derogation of { $ground ->
        [explicit-consent] explicit consent (Art 49(1)(a))
        [contract-with-subject] a contract with the person (Art 49(1)(b))
        [contract-in-interest] a contract in the person's interest (Art 49(1)(c))
        [public-interest] important reasons of public interest (Art 49(1)(d))
        [legal-claims] legal claims (Art 49(1)(e))
        [vital-interests] vital interests (Art 49(1)(f))
        [public-register] a public register (Art 49(1)(g))
       *[compelling-legitimate-interests] compelling legitimate interests (Art 49(1), second subparagraph)
    }, which is for occasional transfers only
derogation-routine-label-processor = derogation for a processor
derogation-routine-label-regular = derogation for regular transfers
derogation-routine-help-us = use an Art 45 or 46 mechanism instead: `mechanism: dpf` if { $named ->
        [yes] `{ $recipient }`
       *[other] the recipient
    } is certified under the EU-US Data Privacy Framework (check its entry on dataprivacyframework.gov), otherwise `mechanism: sccs` with the standard contractual clauses of 2021 (usually part of the provider's data processing agreement), or `mechanism: adequacy` if the country has an adequacy decision; add `safeguard_copy:` saying where people get a copy
derogation-routine-help = use an Art 45 or 46 mechanism instead: `mechanism: sccs` with the standard contractual clauses of 2021 (usually part of the provider's data processing agreement), or `mechanism: adequacy` if the country has an adequacy decision; add `safeguard_copy:` saying where people get a copy
