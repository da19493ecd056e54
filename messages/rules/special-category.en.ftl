# Messages of `special-category` (en).
# A law's name quoted as an example follows the notice's language ($lang), the same in every catalog.
special-category-message-no-condition = category `{ $category }` is special-category data but gives no Art 9(2) condition
special-category-label-special = special-category data
special-category-message-stray = category `{ $category }` gives an Art 9(2) condition but is not marked as special-category data
special-category-label-stray = condition without `special`
special-category-help-stray = add `special:` saying which kind of special-category data this is (e.g. `special: health`), or remove `special_condition`
special-category-help-health-care = health data of patients or clients kept by a health or social care provider: add `special_condition: health-care` (Art 9(2)(h)) and give the law in the purpose, e.g. `law: { special-category-law-patients }`
special-category-help-members = members' data kept by a not-for-profit body with a religious, political, philosophical or trade-union aim (a parish, party or union, for its own members): add `special_condition: not-for-profit-members` (Art 9(2)(d)); the data must not be disclosed outside the body without consent
special-category-help-employment = an employer's special-category data (e.g. sick leave, occupational health): add `special_condition: employment-law` (Art 9(2)(b)) where a law requires it, e.g. `{ special-category-law-working-life }`; anything else needs `special_condition: explicit-consent` (Art 9(2)(a))
special-category-help = add `special_condition:` with the Art 9(2) condition that permits it: usually `special_condition: explicit-consent` (Art 9(2)(a), e.g. dietary needs or allergies people tell you of), or the one that fits (`health-care` for a care provider, `employment-law` for an employer's obligations, `not-for-profit-members` for the members of a religious, political or trade-union association)
special-category-law-patients = { $lang ->
        [fi] laki potilaan asemasta ja oikeuksista (785/1992)
        [sv] lagen om patientens ställning och rättigheter (785/1992)
       *[other] Act on the Status and Rights of Patients (785/1992)
    }
special-category-law-working-life = { $lang ->
        [fi] laki yksityisyyden suojasta työelämässä (759/2004)
        [sv] lagen om integritetsskydd i arbetslivet (759/2004)
       *[other] Act on the Protection of Privacy in Working Life (759/2004)
    }
