# Messages of `marketing-on-contract` (en).
# The example interest is quoted in the notice's language ($lang), the same in every catalog.
marketing-on-contract-message-word = purpose `{ $purpose }` is about { $kind ->
        [ads] advertising
        [newsletter] a newsletter
       *[other] marketing
    } ("{ $word }") but rests on the contract basis
marketing-on-contract-message-marked = purpose `{ $purpose }` is marked as direct marketing but rests on the contract basis
marketing-on-contract-label = marketing on the contract basis
marketing-on-contract-help-ads = targeted advertising (tracking pixels, cookies, custom audiences) is not necessary for a contract and needs the person's consent: change `basis:` to `consent`, say how consent is withdrawn, and mark `direct_marketing: true`{ marketing-on-contract-split }
marketing-on-contract-help = marketing is not necessary for performing a contract (EDPB Guidelines 2/2019): change `basis:` to `consent` (people opt in and can withdraw at any time), or, for marketing to your own customers, to `legitimate-interests` with `legitimate_interest: "{ marketing-on-contract-interest }"` and `direct_marketing: true`, so the notice tells people they can object at any time (Art 21(2)){ marketing-on-contract-split }
marketing-on-contract-split = { $split ->
        [yes] ; if the purpose also covers the contract itself (orders, membership), split it: keep that part on `contract` and make the marketing a purpose of its own
       *[other] {""}
    }
marketing-on-contract-interest = { $lang ->
        [fi] Markkinoimme asiakkaillemme vastaavia tuotteita asiakassuhteen aikana.
        [sv] Vi marknadsför liknande produkter till våra kunder under kundförhållandet.
       *[other] We market similar products to our existing customers.
    }
