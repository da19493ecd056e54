# Messages of `purpose-basis` (en).
purpose-basis-message-none = the register states no purposes
purpose-basis-label-none = no purposes
purpose-basis-help-none = add `purposes:` with at least one entry giving `id:`, `name:`, `basis:` and the `categories:` it uses
purpose-basis-message = purpose `{ $purpose }` has no legal basis
purpose-basis-label = no `basis`
# The help, by what the purpose is about. $lang: the notice's language (fi, sv or en); the
# law in the example is notice text.
purpose-basis-help-marketing = this purpose is marketing: add `basis: consent` (e.g. for a newsletter people subscribe to; they can withdraw consent at any time) or `basis: legitimate-interests` with `direct_marketing: true` and the interest in `legitimate_interest:` (e.g. marketing to existing customers; people can object at any time, Art 21(2)). Marketing is not necessary for a contract, so not `basis: contract`
purpose-basis-help-bookkeeping = bookkeeping is required by law: add `basis: legal-obligation` with the law, e.g. `law: { $lang ->
        [fi] kirjanpitolaki (1336/1997)
        [sv] bokföringslagen (1336/1997)
       *[other] Accounting Act (1336/1997)
    }`
purpose-basis-help-recruitment = for handling applications add `basis: contract` (steps taken at the applicant's request before an employment contract, Art 6(1)(b)); keeping an application for later openings needs its own purpose with `basis: consent`
purpose-basis-help-employment = for an employment add `basis: contract` for what the employment contract needs (pay, working hours) and, as a separate purpose, `basis: legal-obligation` with the law for what the employer must do by law, e.g. `law: { $lang ->
        [fi] laki yksityisyyden suojasta työelämässä (759/2004)
        [sv] lagen om integritetsskydd i arbetslivet (759/2004)
       *[other] Act on the Protection of Privacy in Working Life (759/2004)
    }`; not `consent`, which an employee cannot give freely
purpose-basis-help-membership = for a member register add `basis: contract` (membership under the association's rules) or `basis: legal-obligation` with `law: { $lang ->
        [fi] yhdistyslaki (503/1989) 11 §
        [sv] föreningslagen (503/1989) 11 §
       *[other] Associations Act (503/1989), section 11
    }` (the list of members the board must keep)
purpose-basis-help-other = add `basis:` with one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests, e.g. `basis: contract`
