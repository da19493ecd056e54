# Messages of `controller-address` (en).
# $kind: `sole-trader`, `association` or `company`; $only: the contacts given, `phone`,
# `email` or `both`; $lang: the notice's language, that of the example address.

controller-address-message = { $kind ->
        [sole-trader] the controller is a sole trader, a natural person,
        [association] the controller is an association
       *[company] the controller is a company
    } but the notice gives only { $only ->
        [phone] a phone number
        [email] an e-mail address
       *[both] an e-mail address and a phone number
    } and no postal address
controller-address-label = no postal or street address
controller-address-help = add `postal_address:` (or `visiting_address:`) to `controller`: { $kind ->
        [sole-trader] a business address or a P.O. box, e.g. `postal_address: "{ $lang ->
            [sv] PB 12, 00101 Helsingfors
            [en] P.O. Box 12, FI-00101 Helsinki
           *[other] PL 12, 00101 Helsinki
        }"`
        [association] the association's postal address, e.g. `postal_address: "{ $lang ->
            [sv] c/o sekreteraren, Kylätie 1, 52420 Pellosniemi
            [en] c/o the secretary, Kylätie 1, 52420 Pellosniemi
           *[other] c/o sihteeri, Kylätie 1, 52420 Pellosniemi
        }"`
       *[company] its postal or street address, e.g. `postal_address: "{ $lang ->
            [sv] Björkgränden 5, 00100 Helsingfors
            [en] Koivukuja 5, FI-00100 Helsinki
           *[other] Koivukuja 5, 00100 Helsinki
        }"`
    }, here or in the organisation file
