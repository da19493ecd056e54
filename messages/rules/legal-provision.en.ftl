# Messages of `legal-provision` (en).
# $basis: legal-obligation or public-task.
legal-provision-message = purpose `{ $purpose }` rests on { $basis ->
        [legal-obligation] a legal obligation
       *[public-task] a public task
    } but does not name the law
legal-provision-label-missing = no `law` given
legal-provision-label-blank = blank
# $lang: the notice's language; the example is notice text.
legal-provision-help = name the act and section in `law:`, e.g. `law: { $lang ->
        [sv] bokföringslagen (1336/1997) 2 kap. 10 §
        [en] Accounting Act (1336/1997), chapter 2, section 10
       *[other] kirjanpitolaki (1336/1997) 2:10
    }`
