# Messages of `special-category` (sv).
# A law's name quoted as an example follows the notice's language ($lang), the same in every catalog.
special-category-message-no-condition = kategorin `{ $category }` hör till de särskilda kategorierna av personuppgifter, men inget villkor enligt artikel 9.2 anges
special-category-label-special = särskilda kategorier av personuppgifter
special-category-message-stray = för kategorin `{ $category }` anges ett villkor enligt artikel 9.2, men kategorin är inte markerad som en särskild kategori av personuppgifter
special-category-label-stray = villkor utan `special`
special-category-help-stray = lägg till `special:` och ange vilken särskild kategori av personuppgifter det gäller (till exempel `special: health`), eller ta bort `special_condition`
special-category-help-health-care = hälsouppgifter om patienter eller klienter hos en anordnare av hälso- och sjukvård eller socialvård: lägg till `special_condition: health-care` (artikel 9.2 h) och ange lagen under ändamålet, till exempel `law: { special-category-law-patients }`
special-category-help-members = uppgifter om medlemmar i ett organ som inte drivs i vinstsyfte och som har ett religiöst, politiskt, filosofiskt eller fackligt syfte (en församling, ett parti eller ett fackförbund, om de egna medlemmarna): lägg till `special_condition: not-for-profit-members` (artikel 9.2 d); uppgifterna får inte lämnas ut utanför organet utan samtycke
special-category-help-employment = uppgifter i särskilda kategorier som en arbetsgivare behandlar (till exempel sjukfrånvaro och företagshälsovård): lägg till `special_condition: employment-law` (artikel 9.2 b) när en lag kräver behandlingen, till exempel `{ special-category-law-working-life }`; all annan behandling kräver `special_condition: explicit-consent` (artikel 9.2 a)
special-category-help = lägg till `special_condition:` med det villkor i artikel 9.2 som tillåter behandlingen: oftast `special_condition: explicit-consent` (uttryckligt samtycke, artikel 9.2 a; till exempel specialkost eller allergier som den registrerade själv uppger) eller det villkor som passar (`health-care` för en vårdgivare, `employment-law` för en arbetsgivares skyldigheter, `not-for-profit-members` för medlemmarna i en religiös, politisk eller facklig sammanslutning)
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
