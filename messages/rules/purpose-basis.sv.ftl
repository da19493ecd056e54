# Meddelanden för `purpose-basis` (sv).
purpose-basis-message-none = registret anger inga ändamål
purpose-basis-label-none = inga ändamål
purpose-basis-help-none = lägg till `purposes:` med minst ett ändamål som anger `id:`, `name:`, `basis:` och de kategorier (`categories:`) som det använder
purpose-basis-message = för ändamålet `{ $purpose }` anges ingen rättslig grund
purpose-basis-label = `basis` saknas
# Anvisningen enligt vad ändamålet gäller. $lang: dataskyddsbeskrivningens språk (fi, sv eller
# en); lagen i exemplet är text ur beskrivningen.
purpose-basis-help-marketing = detta ändamål är marknadsföring: lägg till `basis: consent` (t.ex. för ett nyhetsbrev som den registrerade prenumererar på; samtycket kan när som helst återkallas) eller `basis: legitimate-interests` med `direct_marketing: true` och intresset i `legitimate_interest:` (t.ex. marknadsföring till befintliga kunder; den registrerade kan när som helst göra invändningar, artikel 21.2). Marknadsföring är inte nödvändig för att fullgöra ett avtal, så `basis: contract` passar inte
purpose-basis-help-bookkeeping = bokföringsskyldigheten följer av lag: lägg till `basis: legal-obligation` och lagen, t.ex. `law: { $lang ->
        [fi] kirjanpitolaki (1336/1997)
        [sv] bokföringslagen (1336/1997)
       *[other] Accounting Act (1336/1997)
    }`
purpose-basis-help-recruitment = lägg till `basis: contract` för behandlingen av ansökningar (åtgärder som vidtas på sökandens begäran innan ett arbetsavtal ingås, artikel 6.1 b); att spara en ansökan för senare lediga tjänster är ett eget ändamål med `basis: consent`
purpose-basis-help-employment = lägg till `basis: contract` för det som arbetsavtalet kräver i anställningsförhållandet (lön, arbetstider) och, som ett separat ändamål, `basis: legal-obligation` med den lag som anger vad arbetsgivaren är skyldig att göra, t.ex. `law: { $lang ->
        [fi] laki yksityisyyden suojasta työelämässä (759/2004)
        [sv] lagen om integritetsskydd i arbetslivet (759/2004)
       *[other] Act on the Protection of Privacy in Working Life (759/2004)
    }`; inte `consent`, eftersom en arbetstagare inte kan ge sitt samtycke frivilligt
purpose-basis-help-membership = lägg till `basis: contract` för ett medlemsregister (medlemskap enligt föreningens stadgar) eller `basis: legal-obligation` med `law: { $lang ->
        [fi] yhdistyslaki (503/1989) 11 §
        [sv] föreningslagen (503/1989) 11 §
       *[other] Associations Act (503/1989), section 11
    }` (den förteckning över medlemmarna som styrelsen ska föra)
purpose-basis-help-other = lägg till `basis:` med ett av värdena consent, contract, legal-obligation, vital-interests, public-task eller legitimate-interests, t.ex. `basis: contract`
